-- scan.lua DIR JOBS: scans DIR with the engine's worker threads and prints
-- one line: files, bytes, claims kept, wall seconds, MB/s and the peak
-- resident size (VmHWM), to show that memory follows the claims kept, not
-- the bytes read. Run by bench/run.sh; wall time comes from the monotonic
-- clock through date(1), since Lua has none.
package.cpath = "build/lua5.4/?.so;" .. package.cpath
local core = require("deepseek_claims.core")
local dir, jobs = arg[1], tonumber(arg[2] or "1")

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

local t0 = now()
local job = core.scan(dir, { jobs = jobs })
local corpus = job:wait()
local secs = now() - t0
local p = job:poll()
local claims = 0
for _, f in ipairs(corpus:files()) do
    claims = claims + f.claims
end
local peak = peak_kib() * 1024
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
