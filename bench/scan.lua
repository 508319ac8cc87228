-- scan.lua DIR JOBS [MODE]: scans DIR with the engine's worker threads and
-- prints one line: files, bytes, claims kept, wall seconds, MB/s and the peak
-- resident size (VmHWM), to show that memory follows the claims kept, not
-- the bytes read. Run by bench/run.sh; wall time comes from the monotonic
-- clock through date(1), since Lua has none.
--
-- MODE measures the scan cache (build/bench-xdg/), each in a process of
-- its own as a user's next session would be:
--   write     a scan that writes the cache (any old one removed first)
--   rescan    a scan of the folder unchanged since: every file from the cache
--   touch     the mtime of 1% of the files changed, then a rescan
--   restore   the corpus as the cache holds it (no walk, no parse), and the
--             first read of every file's claims after it
package.cpath = "build/lua5.4/?.so;" .. package.cpath
local core = require("deepseek_claims.core")
local dir, jobs, mode = arg[1], tonumber(arg[2] or "1"), arg[3]

local function now()
    local p = io.popen("date +%s.%N")
    local t = tonumber(p:read("l"))
    p:close()
    return t
end

local function peak_kib()
    local f = io.open("/proc/self/status")
    if not f then return 0 end
    for line in f:lines() do
        local kib = line:match("^VmHWM:%s+(%d+)")
        if kib then
            f:close()
            return tonumber(kib)
        end
    end
    f:close()
    return 0
end

-- the cache where Neovim started in DIR looks for it (bench/restore.lua):
-- XDG_CACHE_HOME=build/bench-xdg, DIR as an absolute path
local cache
if mode then
    local p = io.popen("cd " .. dir .. " && pwd")
    dir = p:read("l")
    p:close()
    cache = core.cache_path("build/bench-xdg/nvim/deepseek-claims", dir)
end
if mode == "write" then os.remove(cache) end
if mode == "touch" then -- every 100th file, by name
    local list = io.popen("ls " .. dir)
    local i, names = 0, {}
    for name in list:lines() do
        i = i + 1
        if i % 100 == 0 then names[#names + 1] = dir .. "/" .. name end
    end
    list:close()
    os.execute("touch " .. table.concat(names, " "))
end

local t0 = now()
local job = core.scan(dir, { jobs = jobs, cache = cache, restore = mode == "restore" })
local corpus = job:wait()
local secs = now() - t0
local p = job:poll()
local claims = 0
for _, f in ipairs(corpus:files()) do
    claims = claims + f.claims
end
local peak = peak_kib() * 1024
if not mode then
    print(
        string.format(
            "scan jobs=%d: %d files, %.1f MB, %d claims kept, %.2f s, %.1f MB/s, peak RSS %.1f MB (%.2f times the bytes)",
            jobs,
            p.files_done,
            p.bytes / 1e6,
            claims,
            secs,
            p.bytes / 1e6 / secs,
            peak / 1e6,
            peak / p.bytes
        )
    )
    os.exit(0)
end

local f = io.open(cache, "rb")
local size = f and f:seek("end") or 0
if f then f:close() end
local first_read = ""
if mode == "restore" then -- every file's claims read once: the bodies come from the cache then
    local t1 = now()
    local n = #corpus:about("Nvidia H800")
    first_read = string.format(", then a first corpus:about() over every file %.3f s (%d claims)", now() - t1, n)
end
-- issue 13's targets: the rescan of an unchanged folder under 0.5 s, the restore under 100 ms
local TARGET = { rescan = 0.5, restore = 0.1 }
local target = TARGET[mode] and string.format(" [%.0f%% of the %g s target]", secs / TARGET[mode] * 100, TARGET[mode])
    or ""
print(
    string.format(
        "cache %-7s jobs=%d: %d files (%d from the cache), %d claims, %.3f s%s%s; cache %s%s, %.1f MB",
        mode,
        jobs,
        #corpus,
        p.cached,
        claims,
        secs,
        target,
        first_read,
        p.cache or "?",
        p.cache_written and ", written" or "",
        size / 1e6
    )
)
