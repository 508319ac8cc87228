-- tests/lua/run.lua: the Lua test suite, under Lua 5.4 and LuaJIT alike.
--
--   lua5.4 tests/lua/run.lua [-v] [PATTERN]     luajit tests/lua/run.lua [-v] [PATTERN]
--
-- -v names each test before it runs (to find one that hangs or crashes).
-- Runs every tests/lua/test_*.lua (only the tests whose "file: name" contains
-- PATTERN, when given) and ends with exactly one line
-- "<interp>: N passed, N failed"; exits non-zero when a test failed.
--
-- A test file returns function(T); T.test(name, fn) registers a test and the
-- assertions below raise on failure, so the first failing assertion ends its
-- test. The engine is loaded from the build matching this interpreter.

local function dirname(path)
    return path:match("^(.*)/[^/]*$") or "."
end
local HERE = dirname(arg and arg[0] or "tests/lua/run.lua")
local ROOT = HERE == "tests/lua" and "." or HERE:match("^(.+)/tests/lua$") or (HERE .. "/../..")
if ROOT:sub(1, 1) ~= "/" then -- absolute, so that tests may cd elsewhere
    local p = io.popen("pwd")
    local cwd = p:read("*l")
    p:close()
    ROOT = ROOT == "." and cwd or (cwd .. "/" .. ROOT)
    HERE = cwd .. "/" .. HERE
end

local IS54 = _VERSION == "Lua 5.4"
local INTERP = IS54 and "lua5.4" or (rawget(_G, "jit") and "luajit" or "lua5.1")

package.path = ROOT .. "/lua/?.lua;" .. HERE .. "/?.lua;" .. package.path
-- DSC_CPATH points at another build of the module (tools/sanitize.sh: ASan).
package.cpath = (os.getenv("DSC_CPATH") and os.getenv("DSC_CPATH") .. ";" or "")
    .. (IS54 and ROOT .. "/build/lua5.4/?.so;" or ROOT .. "/lua/?.so;")
    .. package.cpath

local T = { root = ROOT, here = HERE, interp = INTERP, is54 = IS54 }

---------------------------------------------------------------------------
-- Shell helpers
---------------------------------------------------------------------------

function T.quote(s)
    return "'" .. tostring(s):gsub("'", "'\\''") .. "'"
end

local tmpdir
-- A scratch directory for this run, removed at the end.
function T.tmpdir()
    if not tmpdir then
        local p = io.popen("mktemp -d 2>/dev/null || echo /tmp/dsc-lua-tests-$$")
        tmpdir = p:read("*l")
        p:close()
        os.execute("mkdir -p " .. T.quote(tmpdir))
    end
    return tmpdir
end

function T.write_file(path, content)
    local f = assert(io.open(path, "wb"))
    f:write(content)
    f:close()
    return path
end

-- The paths a shell glob (quoted as the caller needs) matches, sorted.
function T.ls(glob)
    local p = io.popen("ls -d " .. glob .. " 2>/dev/null")
    local files = {}
    for line in p:read("*a"):gmatch("[^\n]+") do
        files[#files + 1] = line
    end
    p:close()
    table.sort(files)
    return files
end

-- The non-empty lines of s.
function T.lines(s)
    local out = {}
    for l in s:gmatch("[^\n]+") do
        out[#out + 1] = l
    end
    return out
end

function T.read_file(path)
    local f = io.open(path, "rb")
    if not f then return nil end
    local s = f:read("*a")
    f:close()
    return s
end

-- Runs a shell command; returns stdout, stderr and the exit status (which
-- io.popen():close() does not give on LuaJIT, hence the echo).
function T.run(cmd)
    local errfile = T.tmpdir() .. "/run.stderr"
    local p = io.popen("(" .. cmd .. ") 2>" .. T.quote(errfile) .. '; echo "__rc=$?"')
    local out = p:read("*a")
    p:close()
    local rc = tonumber(out:match("__rc=(%d+)%s*$"))
    out = out:gsub("__rc=%d+%s*$", "")
    return out, T.read_file(errfile) or "", rc
end

---------------------------------------------------------------------------
-- Assertions
---------------------------------------------------------------------------

local function show(v)
    if type(v) == "string" then return string.format("%q", v) end
    return tostring(v)
end
T.show = show

local function fail(msg, what, level)
    error((what and (what .. ": ") or "") .. msg, (level or 2) + 1)
end

function T.ok(cond, what)
    if not cond then fail("expected a true value, got " .. show(cond), what, 2) end
    return cond
end

function T.eq(got, want, what)
    if got ~= want then fail("got " .. show(got) .. ", want " .. show(want), what, 2) end
end

-- Numbers equal within a relative 1e-9.
function T.near(got, want, what)
    if type(got) ~= "number" or math.abs(got - want) > 1e-9 * math.max(1, math.abs(want)) then
        fail("got " .. show(got) .. ", want " .. show(want), what, 2)
    end
end

-- s contains the plain substring sub.
function T.contains(s, sub, what)
    if type(s) ~= "string" or not s:find(sub, 1, true) then
        fail(show(s) .. " does not contain " .. show(sub), what, 2)
    end
end

-- fn(...) raises; returns the message (which must contain `pattern`, plain).
function T.raises(pattern, fn, ...)
    local ok, err = pcall(fn, ...)
    if ok then fail("expected an error containing " .. show(pattern) .. ", none raised", nil, 2) end
    if pattern and not tostring(err):find(pattern, 1, true) then
        fail("error " .. show(tostring(err)) .. " does not contain " .. show(pattern), nil, 2)
    end
    return tostring(err)
end

-- Deep equality for plain data (tables compared key by key).
local function deep_eq(a, b)
    if type(a) ~= "table" or type(b) ~= "table" then return a == b end
    for k, v in pairs(a) do
        if not deep_eq(v, b[k]) then return false end
    end
    for k in pairs(b) do
        if a[k] == nil then return false end
    end
    return true
end

local function dump(v, depth)
    depth = depth or 0
    if type(v) ~= "table" then return show(v) end
    if depth > 3 then return "{...}" end
    local keys = {}
    for k in pairs(v) do
        keys[#keys + 1] = k
    end
    table.sort(keys, function(x, y)
        return tostring(x) < tostring(y)
    end)
    local parts = {}
    for _, k in ipairs(keys) do
        local key = (type(k) == "number" and k <= #v) and "" or (tostring(k) .. "=")
        parts[#parts + 1] = key .. dump(v[k], depth + 1)
    end
    return "{" .. table.concat(parts, ", ") .. "}"
end
T.dump = dump

function T.same(got, want, what)
    if not deep_eq(got, want) then fail("got " .. dump(got) .. ", want " .. dump(want), what, 2) end
end

-- The sorted values of a list, for comparing sets.
function T.sorted(list)
    local out = {}
    for i, v in ipairs(list or {}) do
        out[i] = v
    end
    table.sort(out)
    return out
end

---------------------------------------------------------------------------
-- The modules under test
---------------------------------------------------------------------------

T.json = require("deepseek_claims.lib.json")

local core_ok, core_or_err = pcall(require, "deepseek_claims.core")
T.core_error = not core_ok and tostring(core_or_err) or nil

-- The engine, or a failure of the calling test when it is not built.
function T.core()
    if not core_ok then error("the engine module did not load (run make): " .. T.core_error:gsub("\n.*", ""), 2) end
    return core_or_err
end

---------------------------------------------------------------------------
-- Running
---------------------------------------------------------------------------

local tests = {}
local current_file

function T.test(name, fn)
    tests[#tests + 1] = { name = current_file .. ": " .. name, fn = fn }
end

local function test_files()
    return T.ls(T.quote(HERE) .. "/test_*.lua")
end

local function load_files()
    local loaded = 0
    for _, path in ipairs(test_files()) do
        current_file = path:match("([^/]+)%.lua$")
        local chunk, err = loadfile(path)
        if not chunk then
            T.test("load", function()
                error(err, 0)
            end)
        else
            local ok, register = pcall(chunk)
            if ok and type(register) == "function" then
                local rok, rerr = pcall(register, T)
                if not rok then
                    T.test("register", function()
                        error(rerr, 0)
                    end)
                end
            else
                T.test("load", function()
                    error(tostring(register), 0)
                end)
            end
        end
        loaded = loaded + 1
    end
    return loaded
end

local function main()
    local verbose, pattern = false, nil
    for _, a in ipairs(arg or {}) do
        if a == "-v" then
            verbose = true
        else
            pattern = a
        end
    end
    load_files()
    local passed, failed = 0, 0
    for _, t in ipairs(tests) do
        if not pattern or t.name:find(pattern, 1, true) then
            if verbose then
                io.write("---- ", t.name, "\n")
                io.flush()
            end
            local ok, err = xpcall(t.fn, function(e)
                return type(e) == "string" and e or dump(e)
            end)
            if ok then
                passed = passed + 1
            else
                failed = failed + 1
                io.write("FAIL ", t.name, "\n     ", tostring(err):gsub("\n", "\n     "), "\n")
            end
            collectgarbage()
        end
    end
    if tmpdir then os.execute("rm -rf " .. T.quote(tmpdir)) end -- made by T.tmpdir()
    io.write(INTERP, ": ", passed, " passed, ", failed, " failed\n")
    os.exit(failed == 0 and 0 or 1)
end

main()
