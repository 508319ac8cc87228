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
    vim.cmd("DeepSeekClaims entity")
    T.contains(T.said(), "usage: :DeepSeekClaims entity {name}")
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

T.run("list")
