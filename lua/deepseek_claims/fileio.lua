-- deepseek_claims.fileio: reading files, atomic writes and a lock, in pure
-- Lua (no vim.*) so the CLI and Neovim share them.
--
--   local fileio = require("deepseek_claims.fileio")
--   local text, err, missing = fileio.read(path)   -- text, or nil, message, missing?
--   local ok, err = fileio.write_atomic(path, text)  -- temp file + os.rename
--   local ok, err = fileio.with_lock(path, fn, env)  -- fn() runs holding path..".lock"
--
-- The lock is a directory (mkdir is atomic and fails when it exists; pure
-- Lua has no O_EXCL). `env` lets a caller that has better primitives pass
-- them: { mkdir = fn(path) -> true|nil, rmdir = fn(path), sleep = fn(ms),
-- timeout = ms }. Neovim passes libuv's; plain Lua falls back to the shell.

local M = {}

local unpack = table.unpack or unpack   -- 5.2+ / 5.1
local function pack(...) return { n = select("#", ...), ... } end

local function shell_quote(s)
    return "'" .. tostring(s):gsub("'", "'\\''") .. "'"
end

function M.dirname(path)
    local d = path:match("^(.*)/[^/]*$")
    if d == nil then return "." end
    if d == "" then return "/" end
    return d
end

function M.basename(path)
    return path:match("([^/]*)$")
end

-- os.execute returns true/nil on 5.2+ and a status number on 5.1/LuaJIT.
local function execute_ok(cmd)
    local r = os.execute(cmd)
    return r == true or r == 0
end

local default_env = {
    mkdir = function(path) return execute_ok("mkdir " .. shell_quote(path) .. " 2>/dev/null") end,
    rmdir = function(path) return os.remove(path) end,   -- remove() takes empty directories
    sleep = function(ms) execute_ok("sleep " .. string.format("%.3f", ms / 1000)) end,
    timeout = 5000,
}

local function env_of(env)
    env = env or {}
    return {
        mkdir = env.mkdir or default_env.mkdir,
        rmdir = env.rmdir or default_env.rmdir,
        sleep = env.sleep or default_env.sleep,
        timeout = env.timeout or default_env.timeout,
    }
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
    if not f then
        return nil, path .. ": " .. reason(err, path), code == 2
    end
    local text, rerr, rcode = f:read("*a")
    f:close()
    if text == nil then
        if rcode == 21 then return nil, path .. ": is a directory, not a file", false end
        return nil, path .. ": " .. reason(rerr, path), false
    end
    return text
end

--- True when path names an existing directory.
function M.is_dir(path)
    local f = io.open(path, "rb")
    if not f then return false end
    local ok, _, code = f:read(0)
    f:close()
    return ok == nil and code == 21
end

-- A name no other process picks: time, clock and a fresh table's address
-- (math.random is seeded alike in every LuaJIT process).
local function unique()
    local addr = tostring({}):match("0x(%x+)") or tostring({}):match("(%x+)$") or "0"
    return string.format("%d.%s.%d", os.time(), addr, math.floor(os.clock() * 1e6))
end

-- Why a file in dir cannot be created, in words.
local function why_not_writable(dir, err)
    if not M.is_dir(dir) then
        local f = io.open(dir, "rb")
        if f then f:close() return "cannot write: " .. dir .. " is not a directory" end
        return "cannot write: directory " .. dir .. " does not exist"
    end
    return "cannot write in " .. dir .. ": " .. reason(err, "")
end

--- Writes text to path atomically: a temporary file in the same directory,
--- then os.rename over path. Readers see the old or the new content, never
--- a half-written file. Returns true, or nil and a message; on failure the
--- original file is untouched.
function M.write_atomic(path, text)
    if M.is_dir(path) then return nil, "cannot write " .. path .. ": it is a directory" end
    local dir = M.dirname(path)
    local tmp = dir .. "/." .. M.basename(path) .. "." .. unique() .. ".tmp"
    local f, err = io.open(tmp, "wb")
    if not f then return nil, path .. ": " .. why_not_writable(dir, err) end
    local ok, werr = f:write(text)
    local cok, cerr = f:close()
    if not ok or not cok then
        os.remove(tmp)
        return nil, path .. ": write failed: " .. reason(werr or cerr, tmp)
    end
    local rok, rerr = os.rename(tmp, path)
    if not rok then
        os.remove(tmp)
        return nil, path .. ": cannot replace the file: " .. reason(rerr, tmp)
    end
    return true
end

--- Runs fn() while holding the lock path..".lock" and returns what fn
--- returns. Waits (env.sleep) while another process holds it; after
--- env.timeout ms the lock is taken to be stale (a crashed writer) and is
--- broken once. Returns nil, message when the lock cannot be taken.
function M.with_lock(path, fn, env)
    env = env_of(env)
    local dir = M.dirname(path)
    if not M.is_dir(dir) then
        return nil, path .. ": " .. why_not_writable(dir)
    end
    local lock = path .. ".lock"
    local waited, delay, broken = 0, 5, false
    while not env.mkdir(lock) do
        if waited >= env.timeout then
            if broken then
                return nil, path .. ": locked by another process; remove " .. lock ..
                    " if no other save is running"
            end
            broken = true
            env.rmdir(lock)
            waited = 0
        else
            env.sleep(delay)
            waited = waited + delay
            delay = math.min(delay * 2, 50)
        end
    end
    -- fn may raise: the lock must go in every case
    local res = pack(pcall(fn))
    env.rmdir(lock)
    if not res[1] then error(res[2], 0) end
    return unpack(res, 2, res.n)
end

return M
