-- The hover popup: contents, lifecycle (closes on cursor move, second K
-- enters it), fallback to the previous K off an entity, auto-hover.
local T = dofile(vim.fn.fnamemodify(debug.getinfo(1, "S").source:sub(2), ":p:h") .. "/harness.lua")
local util = require("deepseek_claims.util")

local function hover()
    return require("deepseek_claims.hover").state()
end
-- The popup, once K has brought it: it comes when the buffer's parse, on
-- its thread, is done, which a busy machine can delay past T.feed's pause.
local function opened()
    T.wait(function()
        return hover() ~= nil
    end, 3000)
    return hover()
end
local function on(word)
    vim.api.nvim_win_set_cursor(0, { 1, 0 })
    T.ok(vim.fn.search("\\C\\<" .. word, "cW") > 0, word .. " in the buffer")
end

T.test("K on a company name opens a popup with its claims", function()
    local buf = T.buf("week.md")
    on("Nvidia shares")
    T.feed("K")
    local h = T.ok(opened(), "popup open")
    T.eq(vim.api.nvim_get_current_win() ~= h.win, true, "focus stays in the text")
    local cfg = vim.api.nvim_win_get_config(h.win)
    T.ok(cfg.relative == "win" or cfg.relative == "cursor", "float at the cursor") -- 0.7 reports 'win'
    T.eq(cfg.focusable, true)
    local text = table.concat(T.lines(h.buf), "\n")
    T.match(text, "^Nvidia · org\n", "canonical name and kind")
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
    T.eq(vim.bo[h.buf].syntax, "", "plain text with the plugin's highlights, no markdown syntax")
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
    local h = T.ok(opened())
    T.match(T.lines(h.buf)[1], "^" .. vim.pesc(h800.name) .. " · chip")
end)

T.test("a second K enters the popup; q closes it and returns", function()
    T.buf("week.md")
    local src = vim.api.nvim_get_current_win()
    on("DeepSeek")
    T.feed("K")
    local h = T.ok(opened())
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
    T.ok(opened())
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
    T.ok(opened())
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
    T.ok(opened())
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
    for r, t in pairs(h.rows) do
        if t.claim and (not row or r < row) then row = r end
    end
    local c = h.rows[row].claim
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
    T.ok(opened(), "popup on an entity")
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

-- The popup's lines, and the row of the first line that contains s.
local function popup_row(s)
    local h = T.ok(hover(), "the popup is open")
    for i, l in ipairs(T.lines(h.buf)) do
        if l:find(s, 1, true) then return i, l end
    end
    error("no line with " .. s .. " in the popup:\n" .. table.concat(T.lines(h.buf), "\n"), 2)
end

-- A ledger of one's own (no bundled one unless asked), and the corpus module loaded.
local function use_ledger(path, bundled)
    require("deepseek_claims").setup({ ledger = { path = path, bundled = bundled or false } })
    require("deepseek_claims.known").reset()
    require("deepseek_claims.corpus")
end

T.test("no markdown syntax in the popup: a > in a claim is text, not an error", function()
    T.buf({ "DeepSeek said revenue rose > 40% and its $6 million run is *not* the whole bill." })
    on("DeepSeek")
    T.feed("K")
    local h = T.ok(opened())
    T.eq(vim.bo[h.buf].syntax, "", "no syntax")
    local drawn = {}
    vim.api.nvim_win_call(h.win, function()
        for lnum, l in ipairs(T.lines(h.buf)) do
            for col = 1, #l do
                local id = vim.fn.synID(lnum, col, 1)
                if id ~= 0 then drawn[#drawn + 1] = lnum .. ":" .. col .. " " .. vim.fn.synIDattr(id, "name") end
            end
        end
    end)
    T.eq(drawn, {}, "no character drawn by a syntax group")
    local _, l = popup_row("rose > 40%")
    T.contains(l, "rose > 40%", "the text as written")
end)

T.test("conflicting figures come first, inside the 20-line popup", function()
    use_ledger(T.tmpdir .. "/none.jsonl", true)
    local lines = {}
    for i = 1, 12 do
        lines[#lines + 1] = string.format("DeepSeek said model %d cost $%d million to train, analysts said.", i, i)
        lines[#lines + 1] = ""
    end
    T.buf(lines)
    on("DeepSeek")
    T.feed("K")
    local row = popup_row("⚠ conflicting")
    local first_claim = popup_row("- L1 ")
    T.ok(row < first_claim, "the conflict (line " .. row .. ") before the claims (line " .. first_claim .. ")")
    T.ok(row <= vim.api.nvim_win_get_height(hover().win), "on screen without scrolling")
end)

T.test("<CR> on a ledger entry opens the ledger at its line; the bundled one read-only", function()
    local mine = T.tmpdir .. "/mine.jsonl"
    vim.fn.writefile({
        vim.fn.json_encode({
            id = "mine-1",
            text = "Nvidia said its H20 sales to China stopped.",
            claimant = "Nvidia",
            about = { "Nvidia" },
            kind = "market",
            status = "confirmed",
        }),
    }, mine)
    use_ledger(mine, true)
    T.buf({ "Nvidia shares fell 17% on Monday, analysts said." })
    local src = vim.api.nvim_get_current_buf()
    on("Nvidia")
    T.feed("K")
    T.feed("K")
    local row = popup_row("Nvidia said its H20 sales")
    vim.api.nvim_win_set_cursor(hover().win, { row, 0 })
    T.feed("<CR>")
    T.ok(not hover(), "closed")
    T.eq(vim.fn.fnamemodify(vim.api.nvim_buf_get_name(0), ":p"), vim.fn.fnamemodify(mine, ":p"), "the user ledger")
    T.eq(vim.api.nvim_win_get_cursor(0)[1], 1, "at the entry's line")
    T.eq(vim.bo.modifiable, true, "one's own ledger can be edited")
    vim.cmd("buffer " .. src)
    -- an entry of the bundled ledger about Nvidia
    on("Nvidia")
    T.feed("K")
    T.feed("K")
    local h = hover()
    local bundled
    for r, t in pairs(h.rows) do
        if t.readonly and (not bundled or r < bundled) then bundled = r end
    end
    T.ok(bundled, "a bundled entry in the popup")
    local target = h.rows[bundled]
    vim.api.nvim_win_set_cursor(h.win, { bundled, 0 })
    T.feed("<CR>")
    T.eq(
        vim.fn.fnamemodify(vim.api.nvim_buf_get_name(0), ":p"),
        vim.fn.fnamemodify(require("deepseek_claims.known").bundled_path(), ":p"),
        "the bundled ledger"
    )
    T.eq(vim.api.nvim_win_get_cursor(0)[1], target.line, "at the entry's line")
    T.eq(vim.bo.readonly, true, "read-only")
    T.eq(vim.bo.modifiable, false, "not modifiable")
end)

T.test("<CR> on a line that opens nothing says so", function()
    T.buf("week.md")
    on("Nvidia shares")
    T.feed("K")
    T.feed("K")
    local h = hover()
    vim.api.nvim_win_set_cursor(h.win, { popup_row("mention"), 0 })
    T.feed("<CR>")
    T.contains(T.said(), "nothing to open on this line")
end)

T.test("K on punctuation: Vim's own E349, not as the plugin's error", function()
    T.buf({ "DeepSeek said it cost $6 million ..." })
    vim.api.nvim_win_set_cursor(0, { 1, #T.lines(0)[1] - 1 })
    vim.bo.keywordprg = ":help"
    T.feed("K")
    T.ok(not hover(), "no popup")
    local said = T.said()
    T.contains(said, "E349", "Vim's message")
    T.ok(not said:find("(deepseek-claims)", 1, true), "without the plugin's prefix: " .. said)
end)

-- Scans dir into the corpus and waits for it.
local function scanned(corpus, dir)
    corpus.scan(dir)
    T.ok(
        T.wait(function()
            return corpus.current() ~= nil and not corpus.running()
        end, 10000),
        "scanned " .. dir
    )
end

T.test("the corpus section leaves out the claims of the buffer's own file", function()
    local dir = T.tmpdir .. "/corpus-own"
    vim.fn.mkdir(dir, "p")
    vim.fn.writefile({ "Nvidia shares fell 17% on Monday, analysts said." }, dir .. "/own.md")
    vim.fn.writefile({ "Nvidia said its H20 chips sold well, analysts said." }, dir .. "/other.md")
    local corpus = require("deepseek_claims.corpus")
    corpus.reset()
    scanned(corpus, dir)
    vim.cmd("edit " .. vim.fn.fnameescape(dir .. "/own.md"))
    on("Nvidia")
    T.feed("K")
    T.ok(opened())
    local text = T.popup_text()
    T.contains(text, "corpus: 1 claim in 1 other file", "only the other file counts")
    T.contains(text, "other.md:1", "the other file's claim")
    T.ok(not text:find("own.md:", 1, true), "not the buffer's own claims again:\n" .. text)
    -- <CR> on the corpus line opens that file
    T.feed("K")
    vim.api.nvim_win_set_cursor(hover().win, { popup_row("other.md:1"), 0 })
    T.feed("<CR>")
    T.match(vim.api.nvim_buf_get_name(0), "other%.md$", "the corpus file")
    corpus.reset()
end)

T.test("a corpus too large for one slice: the popup opens at once, its corpus sections follow", function()
    use_ledger(T.tmpdir .. "/none.jsonl")
    local dir = T.tmpdir .. "/corpus-steps"
    vim.fn.mkdir(dir, "p")
    vim.fn.writefile({ "DeepSeek said training its V3 model cost $6 million." }, dir .. "/own.md")
    vim.fn.writefile({ "DeepSeek said training its V3 model cost $5.9 million." }, dir .. "/a.md")
    vim.fn.writefile({ "Analysts said training DeepSeek's V3 model cost $600 million." }, dir .. "/b.md")
    local corpus = require("deepseek_claims.corpus")
    corpus.reset()
    scanned(corpus, dir)
    -- every slice spent at its first step, the next ones run by hand
    local steps = require("deepseek_claims.hover").steps
    local saved, queued = { steps.first_ms, steps.slice_ms, steps.defer }, {}
    steps.first_ms, steps.slice_ms, steps.defer = 0, 0, function(resume)
        queued[#queued + 1] = resume
    end
    local ok, err = pcall(function()
        vim.cmd("edit " .. vim.fn.fnameescape(dir .. "/own.md"))
        on("DeepSeek")
        T.feed("K")
        local h = T.ok(opened())
        local text = table.concat(T.lines(h.buf), "\n")
        T.contains(text, "corpus: reading the claims about DeepSeek", "the sections are being prepared")
        T.ok(not text:find("corpus: 2 claims", 1, true), "no corpus section yet:\n" .. text)
        T.ok(#queued == 1, "the next slice waits its turn")
        local height = vim.api.nvim_win_get_height(h.win)
        local turns = 0
        while #queued > 0 and turns < 10000 do
            table.remove(queued, 1)()
            turns = turns + 1
        end
        T.ok(turns > 1, "prepared over several slices: " .. turns)
        T.eq(hover(), h, "the same popup")
        text = table.concat(T.lines(h.buf), "\n")
        T.contains(text, "corpus: 2 claims in 2 other files", "the corpus section, drawn when ready")
        T.contains(text, "⚠ conflicting", "the conflicts, drawn when ready")
        T.ok(not text:find("reading the claims", 1, true), "the waiting line gone:\n" .. text)
        T.ok(vim.api.nvim_win_get_height(h.win) > height, "the popup grew to show them")
        -- ready now: the next K opens it whole, with no slice to wait for
        T.feed("<Esc>")
        vim.api.nvim_win_set_cursor(0, { 1, 0 })
        require("deepseek_claims.hover").close()
        on("DeepSeek")
        T.feed("K")
        text = table.concat(T.lines(T.ok(opened()).buf), "\n")
        T.contains(text, "corpus: 2 claims in 2 other files", "at once")
        T.eq(#queued, 0, "no slice queued")
        -- closed while preparing: the job ends quietly, nothing is drawn
        require("deepseek_claims.hover").close()
        scanned(corpus, dir) -- a new corpus: nothing prepared for it
        on("DeepSeek")
        T.feed("K")
        T.ok(opened())
        T.ok(#queued > 0, "preparing for the new corpus")
        require("deepseek_claims.hover").close()
        while #queued > 0 do
            table.remove(queued, 1)()
        end
        T.ok(not hover(), "no popup came back")
    end)
    steps.first_ms, steps.slice_ms, steps.defer = saved[1], saved[2], saved[3]
    corpus.reset()
    if not ok then error(err, 0) end
end)

T.test("the why key in the entered popup shows the rules of each claim", function()
    T.buf("week.md")
    on("Nvidia shares")
    T.feed("K")
    T.ok(not table.concat(T.lines(hover().buf), "\n"):find("why: ", 1, true), "hidden at first")
    T.feed("K")
    T.feed("w")
    local text = table.concat(T.lines(hover().buf), "\n")
    T.match(text, "why: claim=[%w-]+, claimant=[%w-]+ %(%a+%), kind=[%w-]+", "a line of rules")
    T.eq(vim.api.nvim_get_current_win(), hover().win, "still inside")
    T.feed("w")
    T.ok(not table.concat(T.lines(hover().buf), "\n"):find("why: ", 1, true), "hidden again")
end)

T.test("a results-table claim shows its benchmark and score, the best in bold", function()
    T.buf({
        "Acme reported these results.",
        "",
        "| Benchmark | DeepSeek-V3 | GPT-4o |",
        "|---|---|---|",
        "| AIME 2024 (Pass@1) | **39.2** | 9.3 |",
        "| MMLU (EM) | 88.5 | **88.7** |",
    })
    on("DeepSeek-V3")
    T.feed("K")
    local h = T.ok(opened())
    local row, l = popup_row("AIME 2024 · 39.2")
    T.contains(l, "(best)", "marked as the best score")
    local best = false
    for _, m in
        ipairs(
            vim.api.nvim_buf_get_extmarks(
                h.buf,
                vim.api.nvim_get_namespaces().deepseek_claims_hover,
                { row - 1, 0 },
                { row - 1, -1 },
                { details = true }
            )
        )
    do
        if m[4].hl_group == "DeepSeekClaimsBest" then best = true end
    end
    T.ok(best, "drawn with DeepSeekClaimsBest (bold)")
    T.contains(table.concat(T.lines(h.buf), "\n"), "MMLU · 88.5", "a score that is not the best")
    -- <CR> jumps to the cell
    T.feed("K")
    vim.api.nvim_win_set_cursor(h.win, { row, 0 })
    T.feed("<CR>")
    T.eq(vim.api.nvim_win_get_cursor(0), { 5, vim.fn.stridx(T.lines(0)[5], "39.2") }, "the cell")
end)

T.test("no hover in the command-line window", function()
    T.buf("week.md")
    T.feed("q:")
    T.eq(vim.fn.getcmdwintype(), ":", "in the command-line window")
    vim.api.nvim_buf_set_lines(0, 0, -1, false, { "DeepSeek said it spent $6 million on Nvidia chips." })
    vim.cmd("DeepSeekClaims hover")
    T.ok(not hover(), "no popup")
    T.contains(T.said(), "command-line window")
    T.feed("<C-c>")
    T.eq(vim.fn.getcmdwintype(), "", "left")
end)

T.run("hover")
