-- deepseek_claims.lib.fileio: reading files, safe writes and the ledger lock,
-- shared by the CLI (Lua 5.4) and Neovim (LuaJIT); no vim.*.
--
--   local fileio = require("deepseek_claims.lib.fileio")
--   local text, err, missing = fileio.read(path)      -- text, or nil, message, missing?
--   local how, err = fileio.write_atomic(path, text)  -- "replaced" | "created" | "direct"
--   local r1, r2 = fileio.with_lock(path, fn [, { wait = ms }])
--       -- fn() runs holding the lock of path; nil, message, why when it cannot
--       -- be taken (why: "busy" while another process holds it, "readonly")
--
-- What plain Lua cannot do (stat, symlinks, fsync, fchmod/fchown, flock)
-- is in the engine module (src/fileops.c, core.file_*). A write replaces a
-- regular file atomically (temporary file, fsync, rename, fsync of the
-- folder), keeping its mode and owner and writing through a symlink to its
-- target; devices, FIFOs and /dev/stdout are written directly. The lock is
-- flock on PATH.lock: the kernel drops it when its holder dies, so a crash
-- never leaves a stale lock, and nothing ever breaks a lock by timeout.

local M = {}

local unpack = table.unpack or unpack -- 5.2+ / 5.1
local function pack(...)
    return { n = select("#", ...), ... }
end

-- The engine module, loaded on first use; nil and a message when it is not built.
local core_mod
local function core()
    if core_mod == nil then
        local ok, c = pcall(require, "deepseek_claims.core")
        core_mod = ok and type(c) == "table" and c.file_write and c or false
    end
    if not core_mod then
        return nil, "the engine module deepseek_claims.core is not built (run make): it does the file writes"
    end
    return core_mod
end

--- How long with_lock waits for another process's save by default (ms).
M.DEFAULT_WAIT = 5000

function M.dirname(path)
    local d = path:match("^(.*)/[^/]*$")
    if d == nil then return "." end
    if d == "" then return "/" end
    return d
end

function M.basename(path)
    return path:match("([^/]*)$")
end

-- "path: No such file or directory" -> "No such file or directory".
local function reason(err, path)
    err = tostring(err or "unknown error")
    local p = path .. ": "
    if err:sub(1, #p) == p then err = err:sub(#p + 1) end
    return err
end

--- The bytes of a file. Returns text, or nil, message, missing (true when
--- the file does not exist, so callers can treat that case apart).
--- A directory is an error, not an empty file.
function M.read(path)
    local f, err, code = io.open(path, "rb")
    if not f then return nil, path .. ": " .. reason(err, path), code == 2 end
    local text, rerr, rcode = f:read("*a")
    f:close()
    if text == nil then
        if rcode == 21 then return nil, path .. ": is a directory, not a file", false end
        return nil, path .. ": " .. reason(rerr, path), false
    end
    return text
end

--- What is at path (symlinks followed): "file", "directory", "fifo",
--- "character device", ..., or nil when nothing is (or it cannot be told).
--- Never opens the path, so a FIFO or a terminal cannot block it.
function M.type(path)
    local c = core()
    if not c then return nil end
    local st = c.file_stat(path)
    return st and st.type or nil
end

--- True when path names an existing directory.
function M.is_dir(path)
    return M.type(path) == "directory"
end

local READ_ONLY = { EACCES = true, EPERM = true, EROFS = true }

-- Why a file in dir cannot be created, in words; the second value says
-- "readonly" when the folder refuses writes.
local function why_not_in(dir, msg, code)
    if code == "ENOENT" then return "cannot write: directory " .. dir .. " does not exist" end
    if code == "ENOTDIR" then return "cannot write: " .. dir .. " is not a directory" end
    if READ_ONLY[code] then
        return "cannot write: the folder " .. dir .. " is read-only (" .. tostring(msg):gsub("^.-: ", "") .. ")",
            "readonly"
    end
    return "cannot write in " .. dir .. ": " .. tostring(msg)
end

--- Writes text to path (see the header). Returns how ("replaced",
--- "created" or "direct"), or nil, a message and why ("readonly" when the
--- file or its folder refuses writes); on failure the file is untouched.
function M.write_atomic(path, text)
    local c, cerr = core()
    if not c then return nil, path .. ": " .. cerr end
    local how, msg, code = c.file_write(path, text)
    if how then return how end
    local step = tostring(msg):match("^(.-): ") or ""
    if code == "EISDIR" then return nil, "cannot write " .. path .. ": it is a directory" end
    if step == "create a temporary file" then
        local target = c.file_target(path) or path
        local words, why = why_not_in(M.dirname(target), msg, code)
        return nil, path .. ": " .. words, why
    end
    if step == "open" and READ_ONLY[code] then
        return nil,
            path .. ": cannot write: the file is read-only (" .. tostring(msg):gsub("^.-: ", "") .. ")",
            "readonly"
    end
    if step == "open" and (code == "ENOENT" or code == "ENOTDIR") then
        return nil, path .. ": " .. why_not_in(M.dirname(path), msg, code)
    end
    return nil, path .. ": cannot " .. tostring(msg)
end
M.write = M.write_atomic

--- The lock file of path: beside the file its symlinks lead to, so every
--- name of one ledger shares one lock.
function M.lock_path(path)
    local c, cerr = core()
    if not c then return nil, cerr end
    local target, msg = c.file_target(path)
    if not target then return nil, path .. ": " .. tostring(msg) end
    return target .. ".lock"
end

-- The lock of path, or nil, message, why ("busy", "readonly").
local function take(path, wait)
    local c, cerr = core()
    if not c then return nil, path .. ": " .. cerr end
    local lockfile, lerr = M.lock_path(path)
    if not lockfile then return nil, lerr end
    local lock, msg, code, holder = c.file_lock(lockfile, wait)
    if lock then return lock end
    if code == "EWOULDBLOCK" then
        local who = holder and (" (process " .. string.format("%d", holder) .. ")") or ""
        return nil, path .. ": another save" .. who .. " is writing it; try again", "busy"
    end
    local words, why = why_not_in(M.dirname(lockfile), msg, code)
    return nil, path .. ": " .. words, why
end

--- Runs fn() while holding the lock of path and returns what fn returns.
--- opts.wait: ms to wait while another process holds it (default
--- M.DEFAULT_WAIT; 0 tries once, for callers that must not block, such as
--- Neovim's main loop). Returns nil, message, why when the lock cannot be
--- taken: why is "busy" (another save holds it) or "readonly".
function M.with_lock(path, fn, opts)
    local wait = opts and opts.wait or M.DEFAULT_WAIT
    local lock, err, why = take(path, wait)
    if not lock then return nil, err, why end
    -- fn may raise: the lock must go in every case
    local res = pack(pcall(fn))
    lock:unlock()
    if not res[1] then error(res[2], 0) end
    return unpack(res, 2, res.n)
end

return M
