-- harness.lua: a tiny test harness for headless Neovim. Each test runs in a
-- coroutine, so it can give the main loop a turn (T.sleep, T.wait, T.feed):
-- autocommands like CursorMoved then fire as they do for a user. The run ends
-- with "nvim-<file>: N passed, N failed" and exits non-zero on failure.
local T = {}

local tests, passed, failed = {}, 0, 0
local current, finished = nil, false
T.root = vim.fn.fnamemodify(debug.getinfo(1, "S").source:sub(2), ":p:h:h:h")
T.fixtures = T.root .. "/tests/nvim/fixtures"
T.messages = {}
T.tmpdir = vim.fn.tempname()
vim.fn.mkdir(T.tmpdir, "p")

local function out(s)
    io.stdout:write(s, "\n")
end

-- Messages: recorded instead of shown (tests assert on them).
vim.notify = function(msg, level)
    table.insert(T.messages, { msg = tostring(msg), level = level or vim.log.levels.INFO })
end

--- The recorded messages joined by newlines.
function T.said()
    local t = {}
    for _, m in ipairs(T.messages) do
        t[#t + 1] = m.msg
    end
    return table.concat(t, "\n")
end

local function fmt(v)
    return type(v) == "string" and string.format("%q", v) or vim.inspect(v)
end

function T.eq(a, b, what)
    if not vim.deep_equal(a, b) then
        error((what and (what .. ": ") or "") .. "expected " .. fmt(b) .. ", got " .. fmt(a), 2)
    end
end

function T.ok(v, what)
    if not v then error((what or "expected a true value") .. " (got " .. fmt(v) .. ")", 2) end
    return v
end

function T.match(s, pat, what)
    if type(s) ~= "string" or not s:find(pat) then
        error((what and (what .. ": ") or "") .. "expected " .. fmt(s) .. " to match " .. fmt(pat), 2)
    end
end

function T.contains(s, sub, what)
    if type(s) ~= "string" or not s:find(sub, 1, true) then
        error((what and (what .. ": ") or "") .. "expected " .. fmt(s) .. " to contain " .. fmt(sub), 2)
    end
end

--- Raises unless fn raises an error containing sub.
function T.raises(fn, sub, what)
    local ok, err = pcall(fn)
    if ok then error((what or "expected an error") .. " containing " .. fmt(sub) .. ", none raised", 2) end
    if sub and not tostring(err):find(sub, 1, true) then
        error((what and (what .. ": ") or "") .. "error " .. fmt(tostring(err)) .. " lacks " .. fmt(sub), 2)
    end
    return tostring(err)
end

function T.test(name, fn)
    tests[#tests + 1] = { name = name, fn = fn }
end

local run_next

local function step(co, ...)
    if current == nil or current.co ~= co then return end
    local ok, err = coroutine.resume(co, ...)
    if not ok then
        failed = failed + 1
        out("  FAIL " .. current.name .. ": " .. tostring(err))
        local tb = debug.traceback(co)
        for l in tb:gmatch("[^\n]+") do
            if l:find("tests/nvim") or l:find("deepseek_claims") then out("      " .. vim.trim(l)) end
        end
        current = nil
        vim.schedule(run_next)
    elseif coroutine.status(co) == "dead" then
        -- a Lua error in a callback (a timer, vim.schedule) raised nothing
        -- here, but Neovim reported it and set v:errmsg
        local late = vim.v.errmsg:match("Error executing[^\n]*\n?[^\n]*")
        if late then
            failed = failed + 1
            out("  FAIL " .. current.name .. ": an error in a callback: " .. late)
            current = nil
            vim.schedule(run_next)
            return
        end
        passed = passed + 1
        out("  ok   " .. current.name)
        current = nil
        vim.schedule(run_next)
    end
end

--- Gives the main loop a turn for ms milliseconds (timers, autocommands, typeahead).
function T.sleep(ms)
    local co = coroutine.running()
    assert(co, "T.sleep outside a test")
    vim.defer_fn(function()
        step(co)
    end, ms or 0)
    coroutine.yield()
end

--- Waits until cond() is true (polling, with the main loop running); returns
--- whether it became true within timeout ms.
function T.wait(cond, timeout)
    local t0 = vim.loop.hrtime()
    timeout = timeout or 3000
    while true do
        local ok, v = pcall(cond)
        if ok and v then return true end
        if (vim.loop.hrtime() - t0) / 1e6 > timeout then return false end
        T.sleep(10)
    end
end

--- Types keys (mappings apply) and lets the main loop process them.
function T.feed(keys, ms)
    vim.api.nvim_feedkeys(vim.api.nvim_replace_termcodes(keys, true, false, true), "mt", false)
    T.sleep(ms or 30)
end

--- A fresh buffer in the current window with these lines (or a fixture
--- file's), filetype ft (default markdown).
function T.buf(lines, ft)
    vim.cmd("enew!")
    local buf = vim.api.nvim_get_current_buf()
    if type(lines) == "string" then
        local name = lines
        lines = vim.fn.readfile(T.fixtures .. "/" .. name)
        T.nbuf = (T.nbuf or 0) + 1
        vim.api.nvim_buf_set_name(buf, T.tmpdir .. "/" .. T.nbuf .. "-" .. name)
    end
    vim.api.nvim_buf_set_lines(buf, 0, -1, false, lines or {})
    vim.bo[buf].filetype = ft or "markdown"
    return buf
end

--- The lines of a buffer.
function T.lines(buf)
    return vim.api.nvim_buf_get_lines(buf, 0, -1, false)
end

--- A number from nvim_win_get_config() (0.7 returns row/col as {[false] = n}).
function T.num(v)
    if type(v) == "table" then return v[false] or v[vim.val_idx] or v[1] end
    return v
end

--- Every window that is a float.
function T.floats()
    local t = {}
    for _, w in ipairs(vim.api.nvim_list_wins()) do
        if vim.api.nvim_win_get_config(w).relative ~= "" then t[#t + 1] = w end
    end
    return t
end

--- The text of every float, once a hover's corpus lines are in: they are
--- read by slices (hover.lua), and a busy machine may not finish them in
--- the first one, when the popup opens with a line that says so.
function T.popup_text()
    local function text()
        local lines = {}
        for _, f in ipairs(T.floats()) do
            for _, l in ipairs(vim.api.nvim_buf_get_lines(vim.api.nvim_win_get_buf(f), 0, -1, false)) do
                lines[#lines + 1] = l
            end
        end
        return table.concat(lines, "\n")
    end
    T.wait(function()
        return not text():find("corpus: reading the claims", 1, true)
    end, 10000)
    return text()
end

-- Between tests: no float, one window, one empty buffer, default config.
local function reset()
    T.messages = {}
    for _, m in ipairs({ "deepseek_claims.list", "deepseek_claims.hover" }) do
        if package.loaded[m] then pcall(package.loaded[m].close) end
    end
    for _, w in ipairs(T.floats()) do
        pcall(vim.api.nvim_win_close, w, true)
    end
    pcall(vim.cmd, "stopinsert")
    pcall(vim.cmd, "silent! only!")
    vim.cmd("enew!")
    for _, b in ipairs(vim.api.nvim_list_bufs()) do
        if b ~= vim.api.nvim_get_current_buf() then pcall(vim.api.nvim_buf_delete, b, { force = true }) end
    end
    pcall(function()
        require("deepseek_claims").setup()
    end)
    vim.fn.setqflist({}, "r")
    T.messages = {}
    vim.v.errmsg = ""
end

local function finish()
    if finished then return end
    finished = true
    -- "nvim-0.12-list: ..." when tools/run-tests.sh runs a second Neovim
    local label = os.getenv("DSC_NVIM_LABEL") or "nvim"
    out(string.format("%s-%s: %d passed, %d failed", label, T.name, passed, failed))
    io.stdout:flush()
    if failed > 0 then
        vim.cmd("cquit 1")
    else
        vim.cmd("qall!")
    end
end

run_next = function()
    local t = table.remove(tests, 1)
    if not t then return finish() end
    reset()
    current = { name = t.name, co = coroutine.create(t.fn) }
    local me = current
    -- a test that never comes back fails instead of hanging the run
    vim.defer_fn(function()
        if current == me then
            -- the editor's state is unknown now: stop, counting the rest as failed
            failed = failed + 1 + #tests
            out("  FAIL " .. me.name .. ": timed out; " .. #tests .. " remaining test(s) not run")
            current = nil
            finish()
        end
    end, T.timeout or 30000)
    step(current.co)
end

--- Runs the tests registered with T.test, after startup, then exits.
function T.run(name)
    T.name = name
    vim.o.columns, vim.o.lines = 120, 40
    vim.o.swapfile = false
    vim.o.showmode = false
    vim.o.shortmess = vim.o.shortmess .. "I"
    vim.cmd("runtime! plugin/deepseek_claims.lua")
    vim.schedule(run_next)
end

return T
