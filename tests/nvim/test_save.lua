-- Saving to a ledger from Neovim (issue 9, item 5): several Neovims saving
-- at once lose nothing, a save never sleeps on the main loop while another
-- process holds the lock, and a read-only folder is named at once. The
-- other processes are real: child Neovims and a Lua 5.4 lock holder.
local T = dofile(vim.fn.fnamemodify(debug.getinfo(1, "S").source:sub(2), ":p:h") .. "/harness.lua")

local uv = vim.uv or vim.loop

local function write_file(path, text)
    local f = assert(io.open(path, "wb"))
    f:write(text)
    f:close()
end

local function entries(path)
    return require("deepseek_claims.lib.ledger").load(path, { must_exist = true })
end

-- A ledger of count seed entries.
local function seed(path, count)
    local lines = {}
    for i = 1, count do
        lines[i] = string.format('{"id":"seed-%d","text":"Seed claim %d about DeepSeek.","about":["DeepSeek"]}', i, i)
    end
    write_file(path, table.concat(lines, "\n") .. "\n")
end

-- Runs a child Neovim (this one's binary) on a Lua file, with env; returns
-- a table that gets .out and .code when it ends.
local function child(script, env, prefix)
    local job = { out = "" }
    local cmd = vim.list_extend(vim.deepcopy(prefix or {}), {
        vim.v.progpath,
        "--headless",
        "--clean",
        "-u",
        "NONE",
        "-i",
        "NONE",
        "-n",
        "--cmd",
        "set rtp^=" .. T.root,
        "-c",
        "luafile " .. script,
    })
    job.id = vim.fn.jobstart(cmd, {
        env = env,
        on_stdout = function(_, data)
            job.out = job.out .. table.concat(data, "\n")
        end,
        on_stderr = function(_, data)
            job.out = job.out .. table.concat(data, "\n")
        end,
        on_exit = function(_, code)
            job.code = code
        end,
    })
    T.ok(job.id > 0, "child started")
    return job
end

-- uv.sleep replaced by a counter for the duration of fn (a sleep is the
-- main loop standing still).
local function counting_sleeps(fn)
    local sleeps, real = 0, uv.sleep
    uv.sleep = function(...)
        sleeps = sleeps + 1
        return real(...)
    end
    local ok, err = pcall(fn)
    uv.sleep = real
    if not ok then error(err, 0) end
    return sleeps
end

-- The script a child Neovim runs: waits for the go file, saves one entry
-- through save.write and prints "ok ID" or "err ID message".
local SAVER = [[
local path, id, go = os.getenv('DSC_LEDGER'), os.getenv('DSC_ID'), os.getenv('DSC_GO')
vim.wait(20000, function() return (vim.uv or vim.loop).fs_stat(go) ~= nil end, 2)
local said = false
local function done(written, where)
  if said then return end
  said = true
  io.stdout:write((written and 'ok ' or 'err ') .. id .. ' ' .. tostring(where) .. '\n')
  io.stdout:flush()
  vim.cmd('qall!')
end
local w, where = require('deepseek_claims.save').write({ id = id, text = 'Claim ' .. id .. ' about DeepSeek.' }, path, done)
if w ~= nil or where ~= nil then done(w, where) end
]]

T.test("three Neovims saving at once over a stale lock land three entries", function()
    local dir = T.tmpdir .. "/three"
    vim.fn.mkdir(dir, "p")
    local path = dir .. "/ledger.jsonl"
    seed(path, 3000)
    vim.fn.mkdir(path .. ".lock", "p") -- left by an older version or a killed save
    local script = dir .. "/saver.lua"
    write_file(script, SAVER)
    local go = dir .. "/go"
    local jobs = {}
    for _, id in ipairs({ "n1", "n2", "n3" }) do
        jobs[#jobs + 1] = child(script, { DSC_LEDGER = path, DSC_ID = id, DSC_GO = go })
    end
    T.sleep(200) -- let them start and wait for the go
    write_file(go, "")
    T.ok(
        T.wait(function()
            for _, j in ipairs(jobs) do
                if j.code == nil then return false end
            end
            return true
        end, 20000),
        "the children ended"
    )
    local out = ""
    for _, j in ipairs(jobs) do
        out = out .. j.out
    end
    for _, id in ipairs({ "n1", "n2", "n3" }) do
        T.contains(out, "ok " .. id, "child " .. id .. " saved")
    end
    local L = entries(path)
    T.eq(#L.problems, 0)
    T.eq(#L.entries, 3003, "three entries landed")
end)

T.test("a save while another process holds the lock never sleeps on the main loop", function()
    local dir = T.tmpdir .. "/busy"
    vim.fn.mkdir(dir, "p")
    local path = dir .. "/ledger.jsonl"
    seed(path, 1)
    -- a Lua 5.4 process takes the lock and keeps it until "release" appears
    local holder = dir .. "/hold.lua"
    write_file(
        holder,
        table.concat({
            "package.cpath = " .. string.format("%q", T.root .. "/build/lua5.4/?.so;") .. " .. package.cpath",
            "local core = require('deepseek_claims.core')",
            "local lock = assert(core.file_lock(arg[1] .. '.lock'))",
            "io.open(arg[1] .. '.held', 'w'):close()",
            "while not io.open(arg[1] .. '.release') do os.execute('sleep 0.02') end",
            "lock:unlock()",
        }, "\n")
    )
    local hold = vim.fn.jobstart({ "lua5.4", holder, path })
    T.ok(hold > 0)
    T.ok(
        T.wait(function()
            return uv.fs_stat(path .. ".held") ~= nil
        end, 5000),
        "the holder took the lock"
    )
    local result
    local sleeps = counting_sleeps(function()
        require("deepseek_claims.save").write({ id = "mine", text = "Saved while busy." }, path, function(w, where)
            result = { w, where }
        end)
    end)
    T.eq(sleeps, 0, "no sleep on the main loop")
    T.eq(result, nil, "not saved yet: the lock is held")
    T.sleep(100) -- the main loop runs; the save retries from a timer
    T.eq(result, nil, "still waiting")
    T.eq(#entries(path).entries, 1)
    write_file(path .. ".release", "")
    T.ok(
        T.wait(function()
            return result ~= nil
        end, 5000),
        "saved once the lock was released"
    )
    T.ok(result[1], "saved: " .. tostring(result[2]))
    T.eq(result[1].id, "mine")
    T.eq(#entries(path).entries, 2)
end)

T.test('a read-only ledger folder says "read-only" at once, without waiting', function()
    -- root writes anywhere: the save runs in a child Neovim as nobody
    local root = uv.getuid and uv.getuid() == 0
    -- a folder of its own under /tmp (tempname()'s folders are private to this user)
    local dir = assert(uv.fs_mkdtemp("/tmp/dsc-ro-XXXXXX"))
    vim.fn.mkdir(dir .. "/home", "p")
    vim.fn.mkdir(dir .. "/ledgers", "p")
    local path = dir .. "/ledgers/ledger.jsonl"
    seed(path, 1)
    local script = dir .. "/ro.lua"
    write_file(
        script,
        [[
local uv = vim.uv or vim.loop
local sleeps, real = 0, uv.sleep
uv.sleep = function(...) sleeps = sleeps + 1 return real(...) end
local result
require('deepseek_claims.save').write({ id = 'x', text = 'Not saved.' }, os.getenv('DSC_LEDGER'),
  function(w, where) result = { w, where } end)
io.stdout:write('sync=', tostring(result ~= nil), ' sleeps=', tostring(sleeps), ' msg=',
  tostring(result and result[2]), '\n')
io.stdout:flush()
vim.cmd('qall!')
]]
    )
    vim.fn.system({ "chmod", "-R", "a+rX", dir })
    vim.fn.system({ "chmod", "777", dir .. "/home" })
    vim.fn.system({ "chmod", "555", dir .. "/ledgers" })
    local home = dir .. "/home"
    local job = child(script, {
        DSC_LEDGER = path,
        HOME = home,
        XDG_STATE_HOME = home,
        XDG_DATA_HOME = home,
        XDG_CACHE_HOME = home,
        XDG_CONFIG_HOME = home,
    }, root and { "setpriv", "--reuid=65534", "--regid=65534", "--clear-groups" } or nil)
    local ended = T.wait(function()
        return job.code ~= nil
    end, 20000)
    vim.fn.system({ "chmod", "755", dir .. "/ledgers" })
    local count = #entries(path).entries
    vim.fn.delete(dir, "rf")
    T.ok(ended, "the child ended (it said: " .. job.out .. ")")
    T.contains(job.out, "sync=true", "answered before write returned")
    T.contains(job.out, "sleeps=0", "no sleep")
    T.contains(job.out, "read-only")
    T.ok(not job.out:find("lock"), "no lock blamed: " .. job.out)
    T.eq(count, 1)
end)

T.run("save")
