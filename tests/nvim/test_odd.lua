-- Odd buffers: empty, binary bytes with NUL, huge (~5 MB), one huge line,
-- nofile, readonly, terminal. No Lua error, no freeze, a message where due.
local T = dofile(vim.fn.fnamemodify(debug.getinfo(1, "S").source:sub(2), ":p:h") .. "/harness.lua")
local dsc = require("deepseek_claims")

local SUBS = { "list", "entity DeepSeek", "qf", "loclist", "hover", "toggle", "toggle", "refresh", "" }

-- Runs every subcommand on the current buffer; returns the seconds it took.
-- Fails on a Lua error or an error message other than the allowed ones.
local function every_subcommand(allowed)
    local t0 = vim.loop.hrtime()
    local win, buf = vim.api.nvim_get_current_win(), vim.api.nvim_get_current_buf()
    for _, s in ipairs(SUBS) do
        T.messages = {}
        local ok, err = pcall(vim.cmd, "DeepSeekClaims " .. s)
        T.ok(ok, ":DeepSeekClaims " .. s .. " raised " .. tostring(err))
        -- a big buffer's parse runs on a thread: the command's result (a list, a
        -- popup, a message) comes when it lands
        local engine = package.loaded["deepseek_claims.engine"]
        if engine then
            T.ok(
                T.wait(function()
                    return not engine.parsing(buf)
                end, 120000),
                "the parse lands"
            )
        end
        T.sleep(20)
        for _, m in ipairs(T.messages) do
            T.ok(not m.msg:find("traceback") and not m.msg:find("E5108"), "no Lua error: " .. m.msg)
            if m.level == vim.log.levels.ERROR then
                T.ok(allowed and m.msg:find(allowed), ":DeepSeekClaims " .. s .. ": unexpected error " .. m.msg)
            end
        end
        -- back to the buffer for the next one
        for _, m in ipairs({ "deepseek_claims.list", "deepseek_claims.hover" }) do
            if package.loaded[m] then package.loaded[m].close() end
        end
        pcall(vim.cmd, "cclose")
        pcall(vim.cmd, "lclose")
        if vim.api.nvim_win_is_valid(win) then vim.api.nvim_set_current_win(win) end
        T.eq(vim.api.nvim_get_current_buf(), buf)
    end
    return (vim.loop.hrtime() - t0) / 1e9
end

T.test("empty buffer", function()
    local buf = T.buf({})
    every_subcommand()
    T.eq(dsc.claims(buf), {})
    vim.cmd("DeepSeekClaims")
    T.contains(T.said(), "no claims in")
    T.messages = {}
    vim.cmd("DeepSeekClaims hover")
    T.contains(T.said(), "no entity under the cursor")
    T.feed("K") -- falls back to the built-in K: no popup, no Lua error
    T.eq(#T.floats(), 0)
end)

T.test("binary bytes, NUL included", function()
    local lines, bytes = {}, {}
    for b = 0, 255 do
        if b ~= 10 then bytes[#bytes + 1] = string.char(b) end
    end
    local all = table.concat(bytes)
    for i = 1, 20 do
        lines[i] = all:sub(i * 7 % 200 + 1) .. all
    end
    lines[#lines + 1] = "DeepSeek said it spent \0 $6 million on Nvidia chips."
    lines[#lines + 1] = "\0\0\0 Nvidia \255\254 shares fell 17%."
    local buf = T.buf(lines)
    T.ok(vim.api.nvim_buf_get_lines(buf, 0, 1, false)[1]:find("%z"), "the buffer holds NUL bytes")
    every_subcommand()
    T.ok(type(dsc.claims(buf)) == "table", "claims parsed")
    T.ok(
        T.wait(function()
            return #vim.api.nvim_buf_get_extmarks(buf, require("deepseek_claims.highlight").ns, 0, -1, {}) > 0
        end),
        "highlights drawn"
    )
    vim.api.nvim_win_set_cursor(0, { #lines, 0 })
    vim.fn.search("Nvidia", "c", #lines)
    vim.cmd("DeepSeekClaims hover")
    T.ok(require("deepseek_claims.hover").state(), "hover after NUL bytes")
    vim.cmd("DeepSeekClaims")
    local st = require("deepseek_claims.list").state()
    if st then
        for _, l in ipairs(T.lines(st.buf)) do
            T.ok(not l:find("[%z\1-\8\11-\31]"), "no control bytes in the list")
        end
    end
    -- widths and cuts of text with a NUL, as Vim shows it (^@: two cells)
    local util = require("deepseek_claims.util")
    T.eq(util.width("a\0b"), 4, "a NUL is two cells")
    T.eq(util.width("é\0"), 3, "after a wide byte too")
    T.eq(util.truncate("a\0bcdef", 5), "a^@b…", "cut with its ^@")
end)

local function huge_lines(target)
    local base = vim.fn.readfile(T.fixtures .. "/week.md")
    local lines, size = {}, 0
    while size < target do
        for _, l in ipairs(base) do
            lines[#lines + 1] = l
            size = size + #l + 1
        end
    end
    return lines, size
end

T.test("huge buffer (~5 MB, above max_filesize): typing is not blocked, a message, commands return", function()
    dsc.setup({ max_filesize = 4 * 1024 * 1024 })
    local lines, size = huge_lines(5 * 1024 * 1024)
    T.ok(size >= 5 * 1024 * 1024)
    -- 'text', not markdown: Neovim 0.12's own markdown parser (treesitter)
    -- holds typed keys for seconds on 5 MB, plugin or not
    local buf = T.buf(lines, "text")
    T.ok(
        T.wait(function()
            return T.said():find("above `max_filesize`", 1, true)
        end, 5000),
        "size message"
    )
    T.eq(#vim.api.nvim_buf_get_extmarks(buf, require("deepseek_claims.highlight").ns, 0, -1, {}), 0, "no marks")
    -- typing: the change callback only restarts a timer
    local t0 = vim.loop.hrtime()
    T.feed("ggOnew line<Esc>", 10)
    T.ok(
        T.wait(function()
            return T.lines(buf)[1] == "new line"
        end),
        "typed"
    )
    for _ = 1, 20 do
        vim.api.nvim_buf_set_lines(buf, 1, 1, false, { "x" })
    end
    T.ok((vim.loop.hrtime() - t0) / 1e9 < 5, "edits return at once")
    T.eq(T.lines(buf)[1], "new line")
    -- explicit commands parse on request and return (not a benchmark)
    local secs = every_subcommand()
    T.ok(secs < 120, "returned (" .. secs .. " s)")
    T.ok(#dsc.claims(buf) > 100, "claims found on request")
end)

T.test("huge buffer (~5 MB) under the default max_filesize: parsed on a timer", function()
    local lines = huge_lines(5 * 1024 * 1024)
    local t0 = vim.loop.hrtime()
    local buf = T.buf(lines)
    T.ok((vim.loop.hrtime() - t0) / 1e9 < 5, "opening returns before any parse")
    T.ok(
        T.wait(function()
            return #vim.api.nvim_buf_get_extmarks(buf, require("deepseek_claims.highlight").ns, 0, 10, {}) > 0
        end, 60000),
        "highlights arrive"
    )
end)

T.test("one huge line (2 MB, no newline)", function()
    local s = string.rep("DeepSeek said it spent $6 million. ", 60000)
    local buf = T.buf({ s })
    every_subcommand()
    T.ok(dsc.claims(buf), "parsed")
end)

T.test("nofile scratch buffer without a name", function()
    vim.cmd("enew!")
    local buf = vim.api.nvim_get_current_buf()
    vim.bo[buf].buftype = "nofile"
    vim.api.nvim_buf_set_lines(buf, 0, -1, false, vim.fn.readfile(T.fixtures .. "/week.md"))
    vim.bo[buf].filetype = "markdown"
    every_subcommand()
    vim.cmd("DeepSeekClaims qf")
    local items = vim.fn.getqflist()
    T.ok(#items > 0)
    T.eq(items[1].bufnr, buf, "entries point at the buffer")
    vim.cmd("cclose")
    vim.cmd("DeepSeekClaims")
    T.contains(T.lines(require("deepseek_claims.list").state().buf)[1], "buffer " .. buf)
end)

T.test("readonly, nomodifiable buffer", function()
    local buf = T.buf("week.md")
    vim.bo[buf].readonly = true
    vim.bo[buf].modifiable = false
    every_subcommand()
    T.ok(
        T.wait(function()
            return #vim.api.nvim_buf_get_extmarks(buf, require("deepseek_claims.highlight").ns, 0, -1, {}) > 0
        end),
        "highlights on a readonly buffer"
    )
    vim.cmd("DeepSeekClaims")
    T.feed("<CR>")
    T.eq(vim.api.nvim_get_current_buf(), buf, "jump works")
end)

T.test("terminal buffer", function()
    vim.cmd("enew!")
    local buf = vim.api.nvim_get_current_buf()
    vim.fn.termopen({ "sh", "-c", 'echo "DeepSeek said it spent 6 million dollars on Nvidia chips."; sleep 10' })
    T.ok(
        T.wait(function()
            return table.concat(T.lines(buf), "\n"):find("DeepSeek")
        end, 5000),
        "output shown"
    )
    T.eq(vim.bo[buf].buftype, "terminal")
    every_subcommand()
    T.eq(
        #vim.api.nvim_buf_get_extmarks(buf, require("deepseek_claims.highlight").ns, 0, -1, {}),
        0,
        "terminals are not followed"
    )
    vim.cmd("bwipeout!")
end)

T.test("invalid buffers in the Lua API give nil and a message", function()
    local c, err = dsc.claims(99999)
    T.eq(c, nil)
    T.contains(err, "not loaded")
    local d, err2 = dsc.document(99999)
    T.eq(d, nil)
    T.contains(err2, "not loaded")
end)

T.test("a wiped buffer leaves no popup, no timer error", function()
    local buf = T.buf("week.md")
    vim.fn.search("Nvidia")
    T.feed("K")
    vim.api.nvim_buf_set_lines(buf, 0, 0, false, { "edit" })
    vim.cmd("bwipeout! " .. buf)
    T.sleep(400)
    T.eq(#T.floats(), 0)
    for _, m in ipairs(T.messages) do
        T.ok(m.level ~= vim.log.levels.ERROR, m.msg)
    end
end)

T.run("odd")
