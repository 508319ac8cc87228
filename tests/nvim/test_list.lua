-- The claims float: rows, <CR> jumps, kind filter, grouping, entity lists,
-- messages, resizing.
local T = dofile(vim.fn.fnamemodify(debug.getinfo(1, "S").source:sub(2), ":p:h") .. "/harness.lua")
local util = require("deepseek_claims.util")

local function list()
    return require("deepseek_claims.list").state()
end
local function claim_rows(st)
    local t = {}
    for row = 1, vim.api.nvim_buf_line_count(st.buf) do
        if st.rows[row] and st.rows[row].claim then t[#t + 1] = row end
    end
    return t
end

T.test("no argument opens the list with one row per claim", function()
    local buf = T.buf("week.md")
    vim.cmd("DeepSeekClaims")
    local st = T.ok(list(), "a list is open")
    local claims = require("deepseek_claims").claims(buf)
    T.ok(#claims >= 4, "the fixture has claims")
    T.eq(vim.api.nvim_get_current_win(), st.win, "the list has the focus")
    T.eq(vim.api.nvim_win_get_config(st.win).relative, "editor", "a float")
    local rows = claim_rows(st)
    T.eq(#rows, #claims, "rows")
    local lines = T.lines(st.buf)
    T.contains(lines[1], #claims .. " claims", "header counts")
    T.contains(lines[1], "week.md", "header names the file")
    for i, row in ipairs(rows) do
        local c, l = claims[i], lines[row]
        T.eq(st.rows[row].claim.line, c.line, "document order")
        T.match(l, "^%s*" .. c.line .. "%s", "row starts with the line")
        T.contains(l, c.kind, "row has the kind")
        -- columns narrow to 12 cells on a small screen so the sentence keeps room
        T.contains(l, util.truncate(util.claimant(c), 12):gsub("…$", ""), "row has the claimant")
        local f = require("deepseek_claims.lib.figures").join(c.quantities)
        if f ~= "" then T.contains(l, util.truncate(f, 12):gsub("…$", ""), "row has the figures") end
        if c.hedged then T.contains(l, " ? ", "hedge mark") end
        T.contains(l, util.oneline(c.text):sub(1, 8), "row has the start of the sentence")
    end
    T.eq(vim.api.nvim_win_get_cursor(st.win)[1], rows[1], "cursor on the first claim")
end)

T.test("list is also the explicit subcommand and the <Plug> mapping", function()
    T.buf("week.md")
    vim.cmd("DeepSeekClaims list")
    T.ok(list(), ":DeepSeekClaims list")
    require("deepseek_claims.list").close()
    vim.keymap.set("n", "<F5>", "<Plug>(DeepSeekClaimsList)", { remap = true })
    T.feed("<F5>")
    T.ok(list(), "<Plug>(DeepSeekClaimsList)")
    vim.keymap.del("n", "<F5>")
end)

T.test("<CR> jumps to the claim in the source window and closes", function()
    local buf = T.buf("week.md")
    local src = vim.api.nvim_get_current_win()
    local claims = require("deepseek_claims").claims(buf)
    vim.cmd("DeepSeekClaims")
    local st = list()
    local rows = claim_rows(st)
    local k = math.min(3, #rows)
    vim.api.nvim_win_set_cursor(st.win, { rows[k], 0 })
    T.feed("<CR>")
    T.ok(not list(), "closed")
    T.eq(#T.floats(), 0, "no float left")
    T.eq(vim.api.nvim_get_current_win(), src, "back in the source window")
    T.eq(vim.api.nvim_win_get_cursor(src), { claims[k].line, claims[k].col - 1 }, "cursor on the claim")
end)

T.test("q and <Esc> close the list", function()
    T.buf("week.md")
    for _, key in ipairs({ "q", "<Esc>" }) do
        vim.cmd("DeepSeekClaims")
        T.ok(list(), "open")
        T.feed(key)
        T.ok(not list(), key .. " closes")
        T.eq(#T.floats(), 0, "no float left after " .. key)
    end
end)

T.test("leaving the list closes it", function()
    T.buf("week.md")
    vim.cmd("DeepSeekClaims")
    T.ok(list())
    vim.cmd("wincmd p")
    T.ok(
        T.wait(function()
            return not list()
        end, 1000),
        "closed on leave"
    )
end)

T.test("f cycles the kind filter through the kinds present", function()
    local buf = T.buf("week.md")
    local claims = require("deepseek_claims").claims(buf)
    local kinds, seen = {}, {}
    for _, k in ipairs(require("deepseek_claims.config").claim_kinds) do
        for _, c in ipairs(claims) do
            if c.kind == k and not seen[k] then
                seen[k] = true
                kinds[#kinds + 1] = k
            end
        end
    end
    vim.cmd("DeepSeekClaims")
    for _, k in ipairs(kinds) do
        T.feed("f")
        local st = list()
        T.eq(st.kind, k, "filter")
        local rows = claim_rows(st)
        local n = 0
        for _, c in ipairs(claims) do
            if c.kind == k then n = n + 1 end
        end
        T.eq(#rows, n, "rows of kind " .. k)
        for _, row in ipairs(rows) do
            T.eq(st.rows[row].claim.kind, k)
        end
        T.contains(T.lines(st.buf)[1], "kind: " .. k, "header shows the filter")
    end
    T.feed("f")
    T.eq(list().kind, nil, "back to all kinds")
    T.eq(#claim_rows(list()), #claims, "all rows again")
end)

T.test("list {kind} opens filtered; a bad kind is explained", function()
    local buf = T.buf("week.md")
    local k = require("deepseek_claims").claims(buf)[1].kind
    vim.cmd("DeepSeekClaims list " .. k)
    T.eq(list().kind, k)
    require("deepseek_claims.list").close()
    vim.cmd("DeepSeekClaims list rumours")
    T.ok(not list(), "no list for a bad kind")
    T.contains(T.said(), 'unknown kind "rumours"')
end)

T.test("<Tab> groups by entity and back", function()
    local buf = T.buf("week.md")
    local claims = require("deepseek_claims").claims(buf)
    vim.cmd("DeepSeekClaims")
    local first_row = vim.api.nvim_win_get_cursor(0)[1]
    T.feed("<Tab>")
    local st = list()
    T.ok(st.group, "grouped")
    T.contains(T.lines(st.buf)[1], "by entity")
    local lines = T.lines(st.buf)
    local headers = {}
    for row, l in ipairs(lines) do
        if row > 2 and not (st.rows[row] and st.rows[row].claim) then headers[l:match("^(.-) · ") or l] = row end
    end
    -- every entity a claim is about has a group holding that claim
    for _, c in ipairs(claims) do
        for _, name in ipairs(c.about) do
            local h = T.ok(headers[name], "a group for " .. name)
            local found = false
            for row = h + 1, #lines do
                local r = st.rows[row]
                if not (r and r.claim) then break end
                if r.claim.byte == c.byte then found = true end
            end
            T.ok(found, "claim at line " .. c.line .. " under " .. name)
        end
    end
    T.match(lines[3], "^%S", "a group header first")
    T.match(lines[4], "^  ", "claim rows indented")
    T.feed("<Tab>")
    T.ok(not list().group, "document order again")
    T.eq(#claim_rows(list()), #claims)
    T.eq(vim.api.nvim_win_get_cursor(0)[1], first_row, "cursor kept on its claim")
end)

T.test("group rows jump to the first mention of the entity", function()
    local buf = T.buf("week.md")
    vim.cmd("DeepSeekClaims")
    T.feed("<Tab>")
    local st = list()
    local header = T.lines(st.buf)[3]
    local name = header:match("^(.-) · ")
    vim.api.nvim_win_set_cursor(st.win, { 3, 0 })
    T.feed("<CR>")
    local e = require("deepseek_claims").document(buf):entity(name)
    T.eq(vim.api.nvim_win_get_cursor(0), { e.mentions[1].line, e.mentions[1].col - 1 })
end)

T.test("entity {name} lists the claims about it, aliases too", function()
    local buf = T.buf("week.md")
    local about = require("deepseek_claims").document(buf):about("Nvidia")
    T.ok(#about >= 1, "claims about Nvidia in the fixture")
    for _, name in ipairs({ "Nvidia", "NVIDIA" }) do
        vim.cmd("DeepSeekClaims entity " .. name)
        local st = T.ok(list(), "list for " .. name)
        T.contains(T.lines(st.buf)[1], "about Nvidia")
        local rows = claim_rows(st)
        T.eq(#rows, #about)
        for _, row in ipairs(rows) do
            T.ok(vim.tbl_contains(st.rows[row].claim.about, "Nvidia"), "about Nvidia")
        end
        require("deepseek_claims.list").close()
    end
    vim.cmd("DeepSeekClaims entity Satya Nadella")
    T.ok(list() or T.said():find("no claims about Satya Nadella", 1, true), "names with spaces")
end)

T.test("entity: unknown names and entities without claims get a message", function()
    T.buf("week.md")
    vim.cmd("DeepSeekClaims entity Frobnicator Labs")
    T.ok(not list())
    T.contains(T.said(), 'no entity named "Frobnicator Labs"')
    T.messages = {}
    T.buf({ "Nothing here but Meta." })
    vim.cmd("DeepSeekClaims entity Meta")
    T.ok(not list())
    T.contains(T.said(), "no claims about Meta")
    T.messages = {}
    vim.api.nvim_win_set_cursor(0, { 1, 0 })
    vim.cmd("DeepSeekClaims entity") -- no name, no entity under the cursor
    T.ok(
        T.wait(function()
            return T.said():find("no entity under the cursor", 1, true) ~= nil
        end),
        T.said()
    )
    T.contains(T.said(), ":DeepSeekClaims entity {name}")
end)

T.test("a buffer without claims gives a message, no float", function()
    T.buf({ "# Notes", "", "Nothing checkable here." })
    vim.cmd("DeepSeekClaims")
    T.ok(not list())
    T.eq(#T.floats(), 0)
    T.contains(T.said(), "(deepseek-claims) no claims in")
end)

T.test("the list resizes with the editor", function()
    T.buf("week.md")
    vim.cmd("DeepSeekClaims")
    local w1 = vim.api.nvim_win_get_config(list().win).width
    vim.o.columns = 90
    vim.cmd("doautocmd VimResized")
    T.sleep(20)
    local cfg = vim.api.nvim_win_get_config(list().win)
    T.ok(cfg.width < w1, "narrower")
    T.ok(cfg.width + T.num(cfg.col) <= 90, "fits")
    for _, l in ipairs(T.lines(list().buf)) do
        T.ok(util.width(l) <= cfg.width + 2, "rows fit: " .. l)
    end
    vim.o.columns = 120
end)

T.test("the border option is used", function()
    require("deepseek_claims").setup({ list = { border = "single" } })
    T.buf("week.md")
    vim.cmd("DeepSeekClaims")
    local b = vim.api.nvim_win_get_config(list().win).border
    T.eq(b and b[1], "┌")
end)

T.test("commands run from inside the list work on its source buffer", function()
    local buf = T.buf("week.md")
    vim.cmd("DeepSeekClaims")
    T.feed("<Tab>")
    vim.cmd("DeepSeekClaims list")
    local st = T.ok(list(), "a list again")
    T.eq(st.src_buf, buf, "about the text, not the list")
    vim.cmd("DeepSeekClaims qf")
    T.eq(vim.fn.getqflist()[1].bufnr, buf, "quickfix of the text")
    vim.cmd("cclose")
end)

T.test("the row under the cursor stays highlighted: cursorline after every redraw", function()
    T.buf("week.md")
    vim.cmd("DeepSeekClaims")
    local st = list()
    T.eq(vim.wo[st.win].cursorline, true, "after opening")
    for _, key in ipairs({ "<Tab>", "<Tab>", "f", "w" }) do
        T.feed(key)
        T.eq(vim.wo[list().win].cursorline, true, "after " .. key)
    end
    vim.o.columns = 100
    vim.cmd("doautocmd VimResized")
    T.sleep(20)
    T.eq(vim.wo[list().win].cursorline, true, "after a resize")
    vim.o.columns = 120
end)

T.test("at 80 columns: the sentence keeps 40 cells, header and keys fit their rows", function()
    vim.o.columns = 80
    local buf = T.buf("week.md")
    vim.cmd("DeepSeekClaims")
    local st = list()
    local width = vim.api.nvim_win_get_width(st.win)
    T.ok(width >= 76, "the list takes the width a narrow editor has (" .. width .. ")")
    local lines = T.lines(st.buf)
    for row = 1, 2 do
        T.ok(util.width(lines[row]) <= width, "row " .. row .. " fits: " .. lines[row])
        T.ok(not lines[row]:find("…", 1, true), "row " .. row .. " is not cut: " .. lines[row])
    end
    T.contains(lines[1], "claims in", "the header")
    T.contains(lines[2], "<CR> jump", "the keys")
    T.contains(lines[2], "q close", "the keys")
    local claims = require("deepseek_claims").claims(buf)
    for _, row in ipairs(claim_rows(st)) do
        local c = st.rows[row].claim
        local l = lines[row]
        T.ok(util.width(l) <= width, "the row fits the window: " .. l)
        -- the sentence starts after the hedge column and runs to the edge
        local start = l:find(util.oneline(c.text):sub(1, 10), 1, true)
        T.ok(start, "the sentence is on the row: " .. l)
        local cells = util.width(l:sub(start))
        T.ok(cells >= math.min(40, util.width(util.oneline(c.text))), "sentence of " .. cells .. " cells: " .. l)
    end
    T.ok(#claims > 0)
    vim.o.columns = 120
end)

T.test("the preview shows the whole claim under the cursor; p hides it", function()
    local buf = T.buf("week.md")
    local claims = require("deepseek_claims").claims(buf)
    vim.cmd("DeepSeekClaims")
    local st = list()
    local p = T.ok(st.preview, "a preview float")
    T.ok(vim.api.nvim_win_is_valid(p.win), "shown")
    local pc = vim.api.nvim_win_get_config(p.win)
    local lc = vim.api.nvim_win_get_config(st.win)
    T.ok(T.num(pc.row) > T.num(lc.row) + lc.height, "below the list")
    T.ok(T.num(pc.row) + pc.height <= vim.o.lines, "on the screen")
    local rows = claim_rows(st)
    for k = 1, #rows do
        vim.api.nvim_win_set_cursor(st.win, { rows[k], 0 })
        T.sleep(10)
        local text = table.concat(T.lines(p.buf), " ")
        local c = claims[k]
        T.contains(text, "L" .. c.line .. " " .. c.kind, "the claim's line and kind")
        -- the whole sentence, wrapped at spaces
        T.contains(text, util.oneline(c.text), "the full sentence of line " .. c.line)
        for _, a in ipairs(c.about) do
            T.contains(text, a, "what it is about")
        end
    end
    T.feed("p")
    T.ok(not list().preview, "p hides it")
    T.feed("p")
    T.ok(list().preview, "p shows it again")
    require("deepseek_claims.list").close()
    T.eq(#T.floats(), 0, "closing the list closes its preview")
end)

T.test("<C-x>, <C-v> and <C-t> open the claim in a split, a vertical split, a tab", function()
    local buf = T.buf("week.md")
    local claims = require("deepseek_claims").claims(buf)
    for _, case in ipairs({ { "<C-x>", "split" }, { "<C-v>", "vsplit" }, { "<C-t>", "tab" } }) do
        vim.cmd("silent! tabonly | silent! only")
        local src = vim.api.nvim_get_current_win()
        vim.cmd("DeepSeekClaims")
        local rows = claim_rows(list())
        vim.api.nvim_win_set_cursor(list().win, { rows[2], 0 })
        T.feed(case[1])
        T.ok(not list(), "closed")
        local win = vim.api.nvim_get_current_win()
        T.ok(win ~= src, case[2] .. ": a new window")
        T.eq(vim.api.nvim_win_get_buf(win), buf, "on the buffer")
        T.eq(vim.api.nvim_win_get_cursor(win), { claims[2].line, claims[2].col - 1 }, "at the claim")
        if case[2] == "tab" then
            T.eq(vim.fn.tabpagenr("$"), 2, "a second tab")
        else
            T.eq(#vim.api.nvim_tabpage_list_wins(0), 2, "two windows")
            local l1, l2 = vim.fn.win_screenpos(src), vim.fn.win_screenpos(win)
            if case[2] == "split" then
                T.eq(l1[2], l2[2], "one above the other")
            else
                T.eq(l1[1], l2[1], "side by side")
            end
        end
    end
    vim.cmd("silent! tabonly | silent! only")
end)

T.test("grouped by entity, each group folds (zc, zo, zM, zR)", function()
    T.buf("week.md")
    vim.cmd("DeepSeekClaims")
    T.feed("<Tab>")
    local st = list()
    local lines = T.lines(st.buf)
    local headings = {}
    for row = 3, #lines do
        if not (st.rows[row] and st.rows[row].claim) then headings[#headings + 1] = row end
    end
    T.ok(#headings >= 2, "groups")
    vim.api.nvim_win_call(st.win, function()
        for i, h in ipairs(headings) do
            local last = (headings[i + 1] or (#lines + 1)) - 1
            T.eq(vim.fn.foldclosed(h), -1, "open at first")
            T.eq(vim.fn.foldlevel(h), 1, "a fold from the heading")
            T.eq(vim.fn.foldlevel(last), 1, "to the group's last row")
        end
    end)
    vim.api.nvim_win_set_cursor(st.win, { headings[1] + 1, 0 })
    T.feed("zc")
    vim.api.nvim_win_call(st.win, function()
        T.eq(vim.fn.foldclosed(headings[1] + 1), headings[1], "zc closes the group")
        T.eq(vim.fn.foldclosed(headings[2]), -1, "the next group stays open")
    end)
    T.feed("zR")
    vim.api.nvim_win_call(st.win, function()
        T.eq(vim.fn.foldclosed(headings[1]), -1, "zR opens all")
    end)
    T.feed("<Tab>")
    vim.api.nvim_win_call(list().win, function()
        T.eq(vim.fn.foldlevel(3), 0, "no folds in document order")
    end)
end)

T.test("w shows the rules of each claim under its row, and hides them", function()
    local buf = T.buf("week.md")
    local claims = require("deepseek_claims").claims(buf)
    vim.cmd("DeepSeekClaims")
    local before = #T.lines(list().buf)
    T.eq(#claim_rows(list()), #claims, "a row per claim")
    T.feed("w")
    local st = list()
    local lines = T.lines(st.buf)
    T.eq(#lines, before + #claims, "a line per claim")
    local rows = claim_rows(st)
    local seen = 0
    for row = 3, #lines do
        if lines[row]:find("why: ", 1, true) then
            seen = seen + 1
            local c = st.rows[row].claim
            T.contains(lines[row], "claim=" .. c.why.claim, "the claim rule")
            T.contains(lines[row], "claimant=" .. c.why.claimant .. " (" .. c.claimant_type .. ")", "claimant rule")
            T.contains(lines[row], "kind=" .. c.why.kind, "the kind rule")
            T.eq(st.rows[row - 1].claim, c, "under its claim's row")
        end
    end
    T.eq(seen, #claims)
    T.contains(table.concat(T.lines(st.preview.buf), " "), "why: claim=", "in the preview too")
    T.eq(#rows, 2 * #claims, "<CR> on a why line opens its claim")
    T.feed("w")
    T.eq(#T.lines(list().buf), before, "hidden again")
end)

T.test("results-table claims: benchmark and score, the best marked; <CR> and quickfix at the cell", function()
    local buf = T.buf({
        "Acme reported these results.",
        "",
        "| Benchmark | DeepSeek-V3 | GPT-4o |",
        "|---|---|---|",
        "| AIME 2024 (Pass@1) | **39.2** | 9.3 |",
        "| MMLU (EM) | 88.5 | **88.7** |",
    })
    vim.o.columns = 160
    vim.cmd("DeepSeekClaims")
    local st = list()
    local found = {}
    for _, row in ipairs(claim_rows(st)) do
        local c = st.rows[row].claim
        if c.benchmark then
            local l = T.lines(st.buf)[row]
            local want = util.figures(c)
            T.contains(l, want, "benchmark · score")
            if c.best then T.contains(l, want .. " (best)", "the best is marked") end
            found[#found + 1] = { row = row, c = c, l = l }
        end
    end
    T.eq(#found, 4, "four cells")
    local aime
    for _, f in ipairs(found) do
        if f.c.benchmark:find("AIME") and f.c.best then aime = f end
    end
    T.ok(aime, "AIME's best cell")
    T.contains(aime.l, "AIME 2024 · 39.2", "as AIME 2024 · 39.2")
    vim.api.nvim_win_set_cursor(st.win, { aime.row, 0 })
    T.feed("<CR>")
    T.eq(vim.api.nvim_win_get_cursor(0), { 5, vim.fn.stridx(T.lines(buf)[5], "39.2") }, "<CR>: the cell")
    vim.cmd("DeepSeekClaims qf")
    local item
    for _, it in ipairs(vim.fn.getqflist()) do
        if it.text:find("AIME 2024 · 39.2", 1, true) then item = it end
    end
    T.ok(item, "a quickfix entry with the benchmark and score")
    T.contains(item.text, "(best)")
    T.eq({ item.lnum, item.col }, { 5, vim.fn.stridx(T.lines(buf)[5], "39.2") + 1 }, "quickfix: the cell")
    vim.cmd("cclose")
    vim.o.columns = 120
end)

T.test("no list in the command-line window, and no Lua error", function()
    T.buf("week.md")
    T.feed("q:")
    T.eq(vim.fn.getcmdwintype(), ":", "in the command-line window")
    vim.api.nvim_buf_set_lines(0, 0, -1, false, { "DeepSeek said it spent $6 million on Nvidia chips." })
    vim.cmd("DeepSeekClaims")
    T.ok(not list(), "no list")
    T.contains(T.said(), "command-line window")
    T.ok(not vim.v.errmsg:find("E5108", 1, true), "no Lua error: " .. vim.v.errmsg)
    T.feed("<C-c>")
    T.eq(vim.fn.getcmdwintype(), "", "left")
end)

T.run("list")
