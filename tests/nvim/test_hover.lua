-- The hover popup: contents, lifecycle (closes on cursor move, second K
-- enters it), fallback to the previous K off an entity, auto-hover.
local T = dofile(vim.fn.fnamemodify(debug.getinfo(1, "S").source:sub(2), ":p:h") .. "/harness.lua")
local util = require("deepseek_claims.util")

local function hover()
    return require("deepseek_claims.hover").state()
end
local function on(word)
    vim.api.nvim_win_set_cursor(0, { 1, 0 })
    T.ok(vim.fn.search("\\C\\<" .. word, "cW") > 0, word .. " in the buffer")
end

T.test("K on a company name opens a popup with its claims", function()
    local buf = T.buf("week.md")
    on("Nvidia shares")
    T.feed("K")
    local h = T.ok(hover(), "popup open")
    T.eq(vim.api.nvim_get_current_win() ~= h.win, true, "focus stays in the text")
    local cfg = vim.api.nvim_win_get_config(h.win)
    T.ok(cfg.relative == "win" or cfg.relative == "cursor", "float at the cursor") -- 0.7 reports 'win'
    T.eq(cfg.focusable, true)
    local text = table.concat(T.lines(h.buf), "\n")
    T.match(text, "^%*%*Nvidia%*%* · org", "canonical name and kind")
    T.contains(text, "aliases: ", "aliases line")
    local d = require("deepseek_claims.engine").lookup("Nvidia")
    T.contains(text, d.aliases[1], "an alias")
    local about = require("deepseek_claims").document(buf):about("Nvidia")
    T.ok(#about > 0)
    T.contains(text, #about .. " claim", "claim count")
    for _, c in ipairs(about) do
        T.contains(text, "- L" .. c.line .. " " .. c.kind .. " · " .. util.claimant(c), "claim line " .. c.line)
        local f = require("deepseek_claims.lib.figures").join(c.quantities)
        if f ~= "" then T.contains(text, f, "figures") end
        T.contains(text, util.oneline(c.text):sub(1, 20), "sentence")
    end
    T.eq(vim.bo[h.buf].syntax, "markdown", "markdown-highlighted")
end)

T.test("an alias shows the canonical entity", function()
    local buf = T.buf({ "The lab trained R1 on H800 chips, DeepSeek said in a paper that cost $6 million." })
    local m = require("deepseek_claims").document(buf):mentions()
    local h800
    for _, x in ipairs(m) do
        if x.text:find("H800", 1, true) then h800 = x end
    end
    T.ok(h800, "H800 is a mention")
    vim.api.nvim_win_set_cursor(0, { h800.line, h800.col - 1 })
    T.feed("K")
    local h = T.ok(hover())
    T.match(T.lines(h.buf)[1], "^%*%*" .. vim.pesc(h800.name) .. "%*%* · chip")
end)

T.test("a second K enters the popup; q closes it and returns", function()
    T.buf("week.md")
    local src = vim.api.nvim_get_current_win()
    on("DeepSeek")
    T.feed("K")
    local h = T.ok(hover())
    T.feed("K")
    T.eq(vim.api.nvim_get_current_win(), h.win, "entered")
    T.ok(hover(), "still open inside")
    T.feed("j")
    T.ok(hover(), "moving inside keeps it")
    T.feed("q")
    T.ok(not hover(), "closed")
    T.eq(vim.api.nvim_get_current_win(), src, "back in the text")
    T.eq(#T.floats(), 0)
end)

T.test("the popup closes when the cursor moves", function()
    T.buf("week.md")
    on("Nvidia shares")
    T.feed("K")
    T.ok(hover())
    T.sleep(50)
    T.ok(hover(), "stays while the cursor stays")
    T.feed("w")
    T.ok(
        T.wait(function()
            return not hover()
        end, 1000),
        "closed after w"
    )
    T.eq(#T.floats(), 0)
end)

T.test("the popup closes on insert and on another buffer", function()
    T.buf("week.md")
    on("Nvidia shares")
    T.feed("K")
    T.ok(hover())
    T.feed("i")
    T.ok(
        T.wait(function()
            return not hover()
        end, 1000),
        "closed on insert"
    )
    T.feed("<Esc>")
    on("Nvidia shares")
    T.feed("K")
    T.ok(hover())
    vim.cmd("enew")
    T.ok(
        T.wait(function()
            return not hover()
        end, 1000),
        "closed on another buffer"
    )
end)

T.test("<CR> in the popup jumps to the claim", function()
    local buf = T.buf("week.md")
    on("Nvidia shares")
    T.feed("K")
    local h = hover()
    T.feed("K")
    local row
    for r in pairs(h.rows) do
        if not row or r < row then row = r end
    end
    local c = h.rows[row]
    vim.api.nvim_win_set_cursor(h.win, { row, 0 })
    T.feed("<CR>")
    T.ok(not hover())
    T.eq(vim.api.nvim_get_current_buf(), buf)
    T.eq(vim.api.nvim_win_get_cursor(0), { c.line, c.col - 1 })
end)

T.test("off an entity K does what it did before (buffer mapping)", function()
    vim.cmd("enew!")
    local buf = vim.api.nvim_get_current_buf()
    vim.api.nvim_buf_set_lines(buf, 0, -1, false, vim.fn.readfile(T.fixtures .. "/week.md"))
    local called = 0
    vim.keymap.set("n", "K", function()
        called = called + 1
    end, { buffer = buf })
    vim.bo[buf].filetype = "markdown" -- attaches: K is now the plugin's
    vim.api.nvim_win_set_cursor(0, { #T.lines(buf), 0 }) -- "That history ..."
    T.feed("K")
    T.eq(called, 1, "previous buffer-local K ran")
    T.ok(not hover(), "no popup")
    on("Nvidia shares")
    T.feed("K")
    T.ok(hover(), "popup on an entity")
    T.eq(called, 1)
end)

T.test("off an entity K falls back to a global mapping or keywordprg", function()
    vim.g.kw_probe = nil
    vim.cmd("command! -nargs=* KwProbe let g:kw_probe = <q-args>")
    local buf = T.buf("week.md")
    vim.bo[buf].keywordprg = ":KwProbe"
    vim.api.nvim_win_set_cursor(0, { #T.lines(buf), 0 })
    T.feed("K")
    T.eq(vim.g.kw_probe, "That", "keywordprg ran on the word")
    vim.g.global_k = 0
    vim.keymap.set("n", "K", function()
        vim.g.global_k = vim.g.global_k + 1
    end)
    T.feed("K")
    T.eq(vim.g.global_k, 1, "global K mapping ran")
    vim.keymap.del("n", "K")
end)

T.test(":DeepSeekClaims hover and <Plug>(DeepSeekClaimsHover)", function()
    T.buf("week.md")
    vim.api.nvim_win_set_cursor(0, { #T.lines(0), 0 })
    vim.cmd("DeepSeekClaims hover")
    T.ok(not hover())
    T.contains(T.said(), "no entity under the cursor")
    on("Microsoft")
    vim.cmd("DeepSeekClaims hover")
    T.match(T.lines(T.ok(hover()).buf)[1], "Microsoft")
    require("deepseek_claims.hover").close()
    vim.keymap.set("n", "<F6>", "<Plug>(DeepSeekClaimsHover)", { remap = true })
    T.feed("<F6>")
    T.ok(hover(), "<Plug> mapping")
    vim.keymap.del("n", "<F6>")
end)

T.test("the hover key is configurable and the old K comes back", function()
    local buf = T.buf("week.md")
    local called = 0
    vim.keymap.set("n", "K", function()
        called = called + 1
    end, { buffer = buf })
    require("deepseek_claims").setup({ hover = { key = "gh" } })
    on("Nvidia shares")
    T.feed("gh")
    T.ok(hover(), "gh hovers")
    require("deepseek_claims.hover").close()
    T.feed("K")
    T.eq(called, 1, "K is the buffer mapping again")
    require("deepseek_claims").setup({ hover = { key = false } })
    T.eq(vim.fn.maparg("gh", "n"), "", "no hover key")
end)

T.test("previous buffer mapping is restored when the key changes", function()
    vim.cmd("enew!")
    local buf = vim.api.nvim_get_current_buf()
    vim.api.nvim_buf_set_lines(buf, 0, -1, false, { "DeepSeek said it spent $6 million." })
    local called = 0
    vim.keymap.set("n", "K", function()
        called = called + 1
    end, { buffer = buf })
    vim.bo[buf].filetype = "markdown"
    require("deepseek_claims").setup({ hover = { key = "gh" } })
    T.feed("K")
    T.eq(called, 1)
end)

T.test("auto-hover on CursorHold (off by default)", function()
    vim.o.updatetime = 50
    T.buf("week.md")
    on("Nvidia shares")
    T.feed("l")
    T.sleep(200)
    T.ok(not hover(), "off by default")
    require("deepseek_claims").setup({ hover = { auto = true } })
    T.feed("l")
    -- one long sleep: frequent timer events would postpone CursorHold
    T.sleep(400)
    T.ok(hover(), "opens after updatetime")
    T.eq(vim.api.nvim_get_current_win() ~= hover().win, true, "without the focus")
    vim.api.nvim_win_set_cursor(0, { #T.lines(0), 0 })
    T.feed("l")
    T.ok(
        T.wait(function()
            return not hover()
        end, 1000),
        "closes when moving away"
    )
    T.sleep(400)
    T.ok(not hover(), "nothing off an entity")
    vim.o.updatetime = 4000
end)

T.test("the popup fits: width and height limits, above when no room below", function()
    require("deepseek_claims").setup({ hover = { max_width = 40, max_height = 5 } })
    local buf = T.buf("week.md")
    on("Nvidia shares")
    T.feed("K")
    local cfg = vim.api.nvim_win_get_config(hover().win)
    T.ok(cfg.width <= 40, "width")
    T.ok(cfg.height <= 5, "height")
    require("deepseek_claims.hover").close()
    -- last screen line: the popup goes above
    local lines = {}
    for _ = 1, 60 do
        lines[#lines + 1] = ""
    end
    vim.list_extend(lines, T.lines(buf))
    vim.api.nvim_buf_set_lines(buf, 0, -1, false, lines)
    vim.api.nvim_win_set_cursor(0, { #lines, 0 })
    vim.cmd("normal! zb")
    vim.fn.search("\\<Nvidia", "bW")
    vim.cmd("normal! zb")
    T.feed("K")
    T.eq(vim.api.nvim_win_get_config(hover().win).anchor, "SW", "above the cursor")
end)

T.run("hover")
