-- bench/editor.lua: does the editor wait for the engine? With highlights on,
-- a 1 MB markdown buffer (the eval articles, repeated) is edited again and
-- again; a 2 ms repeating timer records the longest gap of Neovim's main loop
-- after each edit (a stall: keys typed then wait that long). Then
-- :DeepSeekClaims right after an edit: how long the command blocks, and how
-- soon the list is open after the parse has ended. Run from the checkout:
--
--   nvim --headless --clean -u NONE -i NONE -n --cmd "set rtp^=$PWD" -c "luafile bench/editor.lua"
--
-- DSC_BENCH_BYTES (default 1000000) sizes the buffer, DSC_BENCH_EDITS (10)
-- the edits, DSC_BENCH_FT (markdown) its filetype: 'text' leaves out the
-- work of Neovim's own markdown highlighting (treesitter, from 0.10 on);
-- DSC_BENCH_HL=off turns the plugin's highlights off (what Neovim costs).
-- Also printed: the same buffer parsed on the main loop (best of 3) and
-- the longest gap with no edit at all (the machine's own noise).
-- Works on older checkouts too (what it needs of the plugin is its
-- command and its highlights), so before and after can be compared.
local uv = vim.uv or vim.loop
local root = vim.fn.fnamemodify(debug.getinfo(1, "S").source:sub(2), ":p:h:h")
local bytes = tonumber(vim.env.DSC_BENCH_BYTES or "") or 1000000
local edits = tonumber(vim.env.DSC_BENCH_EDITS or "") or 10
local ft = vim.env.DSC_BENCH_FT or "markdown"
-- DSC_BENCH_WAKE=timer: no uv poll handle on the job's pipe, so the engine
-- falls back to polling the job with a timer (to compare the two)
if vim.env.DSC_BENCH_WAKE == "timer" then (vim.uv or vim.loop).new_poll = function()
    return nil
end end

local function say(s)
    io.stdout:write(s, "\n")
end

local news = dofile(root .. "/tests/nvim/news.lua") -- the eval articles, repeated

local co
local function sleep(ms)
    vim.defer_fn(function()
        assert(coroutine.resume(co))
    end, ms)
    coroutine.yield()
end

-- The longest gap between ticks of a 2 ms timer while fn runs (fn may sleep).
local stall = dofile(root .. "/bench/stall.lua").start()
local function longest_gap(fn)
    sleep(20)
    stall.reset()
    fn()
    return stall.longest()
end

-- Waits until cond() holds, checking it on every turn of the main loop
-- (a scheduled callback that schedules itself: a timer would wait behind
-- other scheduled work); returns when it held, or nil after timeout ms.
local function on_turn(cond, timeout)
    local t0 = uv.hrtime()
    local function check()
        if cond() then return assert(coroutine.resume(co, uv.hrtime())) end
        if (uv.hrtime() - t0) / 1e6 > timeout then return assert(coroutine.resume(co, nil)) end
        vim.schedule(check)
    end
    vim.schedule(check)
    return coroutine.yield()
end

local function stats(t)
    local s = vim.deepcopy(t)
    table.sort(s)
    local parts = {}
    for _, v in ipairs(t) do
        parts[#parts + 1] = string.format(v < 10 and "%.1f" or "%.0f", v)
    end
    return string.format("median %.1f ms, max %.1f ms  (%s)", s[math.ceil(#s / 2)], s[#s], table.concat(parts, " "))
end

local function bench()
    vim.o.columns, vim.o.lines = 120, 40
    vim.cmd("runtime! plugin/deepseek_claims.lua")
    local dsc = require("deepseek_claims")
    -- DSC_BENCH_HL=off: the plugin's highlights off, to see what Neovim itself costs
    dsc.setup({ max_filesize = 8 * 1024 * 1024, highlights = { enabled = vim.env.DSC_BENCH_HL ~= "off" } })
    local lines, size = news(root, bytes)
    vim.cmd("enew")
    local buf = vim.api.nvim_get_current_buf()
    vim.api.nvim_buf_set_lines(buf, 0, -1, false, lines)
    vim.bo[buf].filetype = ft
    sleep(4000) -- the first parse and highlights

    local engine = require("deepseek_claims.engine")
    local core = engine.core()
    local text = table.concat(vim.api.nvim_buf_get_lines(buf, 0, -1, false), "\n")
    local best = math.huge
    for _ = 1, 3 do
        local t0 = uv.hrtime()
        core.parse(text, { markdown = true, dict = engine.dict() })
        best = math.min(best, (uv.hrtime() - t0) / 1e6)
    end
    say(
        string.format(
            "%s, %s, %d bytes, %d lines; parsed on the main loop in %.1f ms (best of 3)",
            vim.fn.matchstr(vim.fn.execute("version"), "NVIM v[^\n]*"),
            ft,
            size,
            #lines,
            best
        )
    )

    local idle = {}
    for _ = 1, 3 do
        idle[#idle + 1] = longest_gap(function()
            sleep(1000)
        end)
    end
    say("longest gap with no edit:           " .. stats(idle))

    local stalls, wakes = {}, {}
    for i = 1, edits do
        stalls[#stalls + 1] = longest_gap(function()
            vim.api.nvim_buf_set_lines(
                buf,
                10 * i,
                10 * i,
                false,
                { "Meta said it would spend about $65 billion on AI data centers this year, analysts said." }
            )
            sleep(2500) -- debounce, parse, redraw
        end)
        local e = engine.latest and engine.latest(buf)
        if e and e.wake_ms then wakes[#wakes + 1] = e.wake_ms end
    end
    say("longest stall after an edit:        " .. stats(stalls))
    if #wakes > 0 then say("the loop sees a parse has ended:    " .. stats(wakes) .. " after") end

    local blocked, after = {}, {}
    local list = require("deepseek_claims.list")
    for i = 1, 3 do
        vim.api.nvim_buf_set_lines(buf, i, i, false, { "Nvidia said it sold 3,000 chips to DeepSeek." })
        local t0 = uv.hrtime()
        vim.cmd("DeepSeekClaims")
        blocked[#blocked + 1] = (uv.hrtime() - t0) / 1e6
        local opened = on_turn(function()
            return list.state() ~= nil
        end, 10000)
        local e = engine.latest and engine.latest(buf)
        if opened and e and e.landed then
            -- the parse ended on its thread wake_ms before the loop noticed
            after[#after + 1] = (opened - e.landed) / 1e6 + e.wake_ms
        end
        list.close()
        sleep(1000)
    end
    say(":DeepSeekClaims after an edit blocks " .. stats(blocked))
    if #after > 0 then say("the list is open after the parse:   " .. stats(after)) end
end

co = coroutine.create(function()
    local ok, err = pcall(bench)
    if not ok then say("bench failed: " .. tostring(err)) end
    stall.stop()
    vim.cmd("qall!")
end)
vim.schedule(function()
    assert(coroutine.resume(co))
end)
