-- list.lua: the claims float. One row per claim: line, kind, claimant,
-- figures, hedge mark, the start of the sentence; the columns follow the
-- width of the window and the sentence keeps at least 40 cells when the
-- editor has them. Below it a preview float shows the whole claim under the
-- cursor. Grouped by entity (each group a fold) or in document order (a
-- key toggles), filtered by kind (a key cycles), a line per claim with the
-- engine's rules on request; <CR> jumps to the claim in the source window,
-- <C-x>, <C-v> and <C-t> open it in a split, a vertical split or a tab.
-- One list at a time.
local config = require("deepseek_claims.config")
local util = require("deepseek_claims.util")
local highlight = require("deepseek_claims.highlight")

local M = {}

local ns = vim.api.nvim_create_namespace("deepseek_claims_list")
local pns = vim.api.nvim_create_namespace("deepseek_claims_list_preview")
local HEADER = 2 -- header lines before the first row: the title, the keys
local MAX_ROWS = 10000 -- rows drawn; beyond, a last line says how many are left
local TEXT_MIN = 40 -- cells the sentence keeps when the editor has them
local COL_MIN = 8 -- cells a claimant or figures column keeps at least
local PREVIEW_H = 5 -- lines of the preview float

-- The open list: { win, buf, src_win, src_buf, entry (the parse), claims
-- (nil for the whole buffer until a view needs them all: see all_claims),
-- count, entities (made when first grouped: every mention of a big buffer),
-- title, group, kind, why (a line per claim with its rules), preview =
-- { win, buf } or nil, rows = { [row] = {line, col, claim} } }
local S = nil

local FIRST_ROWS = 200 -- rows made before the list shows
local CHUNK_ROWS = 500 -- rows (and claims) made per turn of the main loop after that

-- Every claim the list is about (the whole buffer's are built on first need).
local function all_claims()
    S.claims = S.claims or require("deepseek_claims.engine").entry_claims(S.entry)
    return S.claims
end

-- The whole buffer's claims in document order, read from the document by
-- chunks as rows ask for them: the list of a big buffer shows its first rows
-- without building a table for every claim first.
local function lazy_claims(doc)
    return setmetatable({}, {
        __index = function(t, i)
            if type(i) ~= "number" then return nil end
            local first = i - (i - 1) % CHUNK_ROWS
            for k, c in ipairs(doc:claims_at(first, first + CHUNK_ROWS - 1)) do
                rawset(t, first + k - 1, c)
            end
            return rawget(t, i)
        end,
    })
end

function M.is_open()
    return S ~= nil and vim.api.nvim_win_is_valid(S.win)
end

--- The state of the open list (for tests and extensions), or nil.
function M.state()
    return M.is_open() and S or nil
end

local function close_preview(s)
    local p = s and s.preview
    if not p then return end
    s.preview = nil
    if vim.api.nvim_win_is_valid(p.win) then pcall(vim.api.nvim_win_close, p.win, true) end
    if vim.api.nvim_buf_is_valid(p.buf) then pcall(vim.api.nvim_buf_delete, p.buf, { force = true }) end
end

function M.close()
    local s = S
    S = nil
    if not s then return end
    pcall(vim.api.nvim_del_augroup_by_id, s.augroup)
    close_preview(s)
    if vim.api.nvim_win_is_valid(s.win) then pcall(vim.api.nvim_win_close, s.win, true) end
    if vim.api.nvim_buf_is_valid(s.buf) then pcall(vim.api.nvim_buf_delete, s.buf, { force = true }) end
end

local function kinds_present(claims)
    local seen = {}
    for _, c in ipairs(claims) do
        seen[c.kind] = true
    end
    local out = {}
    for _, k in ipairs(config.claim_kinds) do
        if seen[k] then
            out[#out + 1] = k
            seen[k] = nil
        end
    end
    for k in pairs(seen) do
        out[#out + 1] = k
    end -- kinds this plugin does not know yet
    return out
end

local function key_label(k)
    if type(k) == "table" then k = k[1] end
    return k
end

-- Layout ----------------------------------------------------------------------

-- The width a list needs for its columns and a sentence of TEXT_MIN cells:
-- line number, kind, claimant, figures, hedge mark.
local WANT_W = 4 + 2 + 9 + 1 + 14 + 1 + 12 + 1 + 2 + TEXT_MIN

-- The windows' configurations for a list of n_lines lines: { list =,
-- preview = (nil when off or when the editor is too short for it) }. The
-- list is list.width of the editor, wider on a narrow one so that the
-- sentence keeps TEXT_MIN cells; the preview goes below it.
local function layout(n_lines, with_preview)
    local cfg = config.current.list
    local cols, rows = vim.o.columns, vim.o.lines - vim.o.cmdheight - 1
    local b = cfg.border ~= "none" and 2 or 0
    local function size(v, total)
        return v <= 1 and math.floor(total * v) or math.floor(v)
    end
    local maxw = math.max(20, cols - b)
    local width = math.max(math.min(size(cfg.width, cols), maxw), math.min(WANT_W, maxw), 20)
    local maxh = math.max(3, math.min(size(cfg.height, rows), rows - b))
    local ph = with_preview and PREVIEW_H or 0
    if ph > 0 and maxh - ph - b < 3 then ph = 0 end -- too short: no preview
    local height = math.max(1, math.min(n_lines, maxh - (ph > 0 and ph + b or 0)))
    local total = height + b + (ph > 0 and ph + b or 0)
    local row = math.max(0, math.floor((rows - total) / 2))
    local col = math.max(0, math.floor((cols - width - b) / 2))
    local out = {
        list = {
            relative = "editor",
            border = cfg.border,
            width = width,
            height = height,
            row = row,
            col = col,
        },
    }
    if ph > 0 then
        out.preview = {
            relative = "editor",
            border = cfg.border,
            width = width,
            height = ph,
            row = row + height + b,
            col = col,
        }
    end
    return out
end

-- Rows ------------------------------------------------------------------------

-- s fitted to exactly w display cells: padded, or cut with "…". The plain
-- ASCII case (nearly every claimant, figure and kind) without measuring.
local function fit(s, w)
    if s:find("[\128-\255%z\1-\31]") then return util.pad(s, w) end
    local n = #s
    if n <= w then return s .. string.rep(" ", w - n) end
    return s:sub(1, w - 1) .. "…"
end

-- Characters that take one cell for sure: Latin, Greek, Cyrillic, the
-- general punctuation of news text (’ “ ” — …) and currency signs (€).
local function one_cell(cp)
    return (cp >= 0xA0 and cp < 0x300)
        or (cp >= 0x370 and cp < 0x1100)
        or (cp >= 0x2010 and cp < 0x2028)
        or (cp >= 0x2030 and cp < 0x205F)
        or (cp >= 0x20A0 and cp < 0x20C0)
end

-- The start of a sentence on one row of w cells, cut with "…" as
-- util.truncate cuts, without asking Vim for a width per row (thousands of
-- rows): characters are counted when each takes one cell for sure, and
-- anything else (wide or zero-width characters, bad bytes) goes the exact way.
local function sentence(text, w)
    -- a row never shows more than w cells: at most 4w + 4 bytes are looked at
    if #text > 4 * w + 4 then text = text:sub(1, 4 * w + 4) end
    text = util.oneline(text)
    if not text:find("[\128-\255]") then
        if #text <= w then return text end
        return text:sub(1, w - 1) .. "…"
    end
    local i, n, cells, keep = 1, #text, 0, 0
    while i <= n do
        local b, b2, b3 = text:byte(i, i + 2)
        local len = 1
        if b >= 0x80 then
            local cp
            if b >= 0xC2 and b < 0xE0 and b2 and b2 >= 0x80 and b2 < 0xC0 then
                cp, len = (b - 0xC0) * 64 + (b2 - 0x80), 2
            elseif b >= 0xE0 and b < 0xF0 and b2 and b3 and b2 >= 0x80 and b2 < 0xC0 and b3 >= 0x80 and b3 < 0xC0 then
                cp, len = (b - 0xE0) * 4096 + (b2 - 0x80) * 64 + (b3 - 0x80), 3
            end
            if not cp or not one_cell(cp) then return util.truncate(text, w) end
        end
        cells = cells + 1
        if cells == w then keep = i - 1 end -- the bytes of the first w - 1 cells
        if cells > w then return text:sub(1, keep) .. "…" end
        i = i + len
    end
    return text
end

-- The figures of each claim as the list shows them ({ text, best }), made
-- once per parse (toggling the grouping or the kind filter, or opening the
-- list again, reuses them).
local shown = setmetatable({}, { __mode = "k" })
local function figure_of(c)
    local f = shown[c]
    if not f then
        local text, best = util.figures(c)
        f = { best and (text .. util.best_mark) or text, best }
        shown[c] = f
    end
    return f
end

-- Items joined with " · " into at most w cells: the items in their order,
-- those of the lowest rank left out first until the rest fit. items:
-- { { text, rank } }. Returns the line and how many were left out.
local function fit_items(items, w, lead)
    local keep = {}
    for i = 1, #items do
        keep[i] = true
    end
    local function line()
        local t = {}
        for i, it in ipairs(items) do
            if keep[i] then t[#t + 1] = it[1] end
        end
        return lead .. table.concat(t, " · ")
    end
    local s = line()
    while util.width(s) > w do
        local drop, rank = nil, -math.huge
        for i, it in ipairs(items) do
            if keep[i] and it[2] > rank then
                drop, rank = i, it[2]
            end
        end
        if not drop or rank <= 0 then return util.truncate(s, w) end -- the essentials, cut
        keep[drop] = false
        s = line()
    end
    return s
end

-- The header: how many claims, about what, in which order and kind; cut
-- to the width by leaving out the least useful parts first.
local function header(n, width)
    return fit_items({
        { string.format("%d claim%s %s", n, n == 1 and "" or "s", S.title), 0 },
        { S.group and "by entity" or "in document order", 2 },
        { S.kind and ("kind: " .. S.kind) or "all kinds", S.kind and 1 or 3 },
    }, width, " ")
end

-- The keys, as many as the width has room for (the help lists them all).
local function hints(width)
    local k = config.current.list.keys
    return fit_items({
        { key_label(k.jump) .. " jump", 0 },
        {
            string.format("%s %s %s split", key_label(k.split), key_label(k.vsplit), key_label(k.tab)),
            6,
        },
        { key_label(k.group) .. (S.group and " document order" or " group"), 1 },
        { key_label(k.filter) .. " kind", 2 },
        { key_label(k.preview) .. " preview", 5 },
        { key_label(k.why) .. " why", 4 },
        { key_label(k.close) .. " close", 0 },
    }, width, " ")
end

-- Column widths for a row of width cells: { wl, wk, wc, wf, hedge, text }.
-- Each column is as wide as its widest entry (claimants up to 30 cells,
-- figures up to 36); when that leaves the sentence less than TEXT_MIN
-- cells, claimants and figures narrow (down to COL_MIN each) in proportion.
local function columns(width, indent, wl, wk, wc, wf, any_hedge)
    local hedge = any_hedge and 2 or 0
    wc, wf = math.min(wc, 30), math.min(wf, 36)
    local fixed = indent + wl + 2 + wk + 1 + hedge + 1 + (wf > 0 and 1 or 0)
    local room = width - fixed - TEXT_MIN
    if wc + wf > room then
        local want_c, want_f = wc, wf
        local mc, mf = math.min(wc, COL_MIN), math.min(wf, COL_MIN)
        room = math.max(room, mc + mf)
        local extra = room - mc - mf -- shared by need
        local need = (want_c - mc) + (want_f - mf)
        local gc = need > 0 and math.floor(extra * (want_c - mc) / need) or 0
        wc = math.min(want_c, mc + gc)
        wf = math.min(want_f, room - wc)
    end
    return { wl = wl, wk = wk, wc = wc, wf = wf, hedge = hedge, text = math.max(10, width - fixed - wc - wf) }
end

-- The plan of the list for the current state and window width: the header
-- (lines and highlights), the column widths, and one spec per row ({ claim,
-- i } or a group heading { heading, meta, at, last = the group's last spec });
-- make_rows turns specs into rows. At most MAX_ROWS specs; `more` says how
-- many were left out.
local function plan(width, lazy)
    local claims, n
    if lazy then
        -- the whole buffer in document order, never built: read as rows need it
        claims, n = lazy_claims(S.entry.doc), S.count
    else
        claims = {}
        for _, c in ipairs(all_claims()) do
            if not S.kind or c.kind == S.kind then claims[#claims + 1] = c end
        end
        n = #claims
    end
    local ctx = { lines = {}, hls = {}, specs = {}, spec_row = {}, folds = {} }
    ctx.lines[1] = header(n, width)
    ctx.hls[0] = { "DeepSeekClaimsTitle", 0, #ctx.lines[1] }
    ctx.lines[2] = hints(width)
    ctx.hls[1] = { "DeepSeekClaimsHint", 0, #ctx.lines[2] }

    -- column widths: claimants and figures are made here for the rows that
    -- set them (make_rows makes the others); a list read by chunks takes its
    -- widths from its first rows and keeps room for the hedge mark
    local maxline, wk, wc, wf, any_hedge = 1, 4, 0, 0, false
    local who = {}
    local measured = lazy and math.min(n, FIRST_ROWS) or math.min(n, MAX_ROWS)
    for i = 1, measured do
        local c = claims[i]
        if c.line > maxline then maxline = c.line end
        wk = math.max(wk, #c.kind)
        if wc < 30 then
            who[i] = util.oneline(util.claimant(c))
            wc = math.max(wc, util.width(who[i]))
        end
        if wf < 36 then wf = math.max(wf, util.width(figure_of(c)[1])) end
        any_hedge = any_hedge or c.hedged
    end
    if lazy and n > measured then
        any_hedge, wk = true, 9
    end
    -- claims come in line order: the last has the widest line number
    local last = lazy and S.entry.doc:claims_at(n)[1] or claims[n]
    if last then maxline = math.max(maxline, last.line) end
    local indent = S.group and "  " or ""
    ctx.col = columns(width, #indent, #tostring(maxline), math.min(wk, 9), wc, wf, any_hedge)
    ctx.who, ctx.indent = who, indent
    ctx.blank = string.rep(" ", ctx.col.wl)

    local specs, hidden = ctx.specs, 0
    local function add(spec)
        if #specs >= MAX_ROWS then
            if spec.claim then hidden = hidden + 1 end
        else
            specs[#specs + 1] = spec
        end
    end
    if lazy then
        -- specs made as rows are: ctx.spec(j)
        ctx.n = math.min(n, MAX_ROWS)
        hidden = n - ctx.n
        ctx.spec = function(j)
            return { claim = claims[j], i = j }
        end
    elseif not S.group then
        for i, c in ipairs(claims) do
            add({ claim = c, i = i })
        end
    else
        local groups, order = {}, {}
        local index = {}
        for i, c in ipairs(claims) do
            index[c] = i
        end
        for _, c in ipairs(claims) do
            local about = c.about or {}
            if #about == 0 then about = { "" } end
            for _, name in ipairs(about) do
                if not groups[name] then
                    groups[name] = {}
                    order[#order + 1] = name
                end
                table.insert(groups[name], c)
            end
        end
        -- entities in order of first mention, then those the document did not list, then none
        S.entities = S.entities or S.entry.doc:entities()
        local rank, kinds, first = {}, {}, {}
        for i, e in ipairs(S.entities) do
            rank[e.name], kinds[e.name] = i, e.kind
            if not first[e.name] and e.mentions and e.mentions[1] then first[e.name] = e.mentions[1] end
        end
        table.sort(order, function(a, b)
            local ra, rb = rank[a] or (a == "" and math.huge or 1e9), rank[b] or (b == "" and math.huge or 1e9)
            if ra ~= rb then return ra < rb end
            return a < b
        end)
        for _, name in ipairs(order) do
            local cs = groups[name]
            local meta = string.format(
                " · %s%d claim%s",
                kinds[name] and (kinds[name] .. " · ") or "",
                #cs,
                #cs == 1 and "" or "s"
            )
            -- a group row jumps to the entity's first mention
            local m = first[name] or cs[1]
            local heading = {
                heading = name == "" and "(no entity)" or name,
                meta = meta,
                at = { line = m.line, col = m.col },
            }
            add(heading)
            for _, c in ipairs(cs) do
                add({ claim = c, i = index[c] })
            end
            heading.last = #specs -- its fold ends at this spec's row
        end
    end
    ctx.n = ctx.n or #specs
    ctx.spec = ctx.spec or function(j)
        return specs[j]
    end
    if hidden > 0 then
        ctx.more = string.format(
            " … %d more rows not shown: %s filters by kind, :DeepSeekClaims qf lists them all",
            hidden,
            key_label(config.current.list.keys.filter)
        )
    end
    return ctx
end

-- Appends the rows of specs[from..to] to lines, their highlights to hls and
-- their targets to rows; base: the lines before lines[1] in the buffer. With
-- S.why each claim row is followed by the line of its rules.
local function make_rows(ctx, from, to, lines, hls, rows, base)
    local indent, blank, col = ctx.indent, ctx.blank, ctx.col
    local wl, wc, wf = col.wl, col.wc, col.wf
    for j = from, to do
        local spec = ctx.spec(j)
        local row = base + #lines -- 0-based
        ctx.spec_row[j] = row + 1
        if spec.heading then
            local label = spec.heading
            hls[row] = { "DeepSeekClaimsGroup", 0, #label, "DeepSeekClaimsHint", #label, #label + #spec.meta }
            lines[#lines + 1] = label .. spec.meta
            rows[row + 1] = spec.at
            ctx.folds[#ctx.folds + 1] = { first = j, last = spec.last }
        else
            local c, i = spec.claim, spec.i
            local num = tostring(c.line)
            -- columns: line, kind, claimant, figures, hedge mark, sentence; each
            -- piece but the sentence is highlighted
            -- (claimants and figures past the first MAX_ROWS claims are made here)
            ctx.who[i] = ctx.who[i] or util.oneline(util.claimant(c))
            local fig = figure_of(c)
            local pieces = {
                indent .. blank:sub(1, wl - #num) .. num,
                "  ",
                fit(c.kind, col.wk),
                " ",
                fit(ctx.who[i], wc),
                " ",
            }
            local groups =
                { "DeepSeekClaimsLineNr", false, "DeepSeekClaimsKind", false, "DeepSeekClaimsClaimant", false }
            if wf > 0 then
                pieces[7], groups[7] = fit(fig[1], wf), "DeepSeekClaimsFigure"
                pieces[8], groups[8] = " ", false
            end
            if col.hedge > 0 then
                pieces[#pieces + 1] = c.hedged and util.hedge_mark or " "
                groups[#pieces] = "DeepSeekClaimsHedged"
                pieces[#pieces + 1] = " "
                groups[#pieces] = false
            end
            local h, at = {}, 0
            for p = 1, #pieces do
                local len = #pieces[p]
                if groups[p] then
                    h[#h + 1] = groups[p]
                    h[#h + 1] = at
                    h[#h + 1] = at + len
                    if p == 7 and fig[2] then -- the best score of its table, in bold
                        h[#h + 1] = "DeepSeekClaimsBest"
                        h[#h + 1] = at
                        h[#h + 1] = at + len
                    end
                end
                at = at + len
            end
            pieces[#pieces + 1] = sentence(c.text, col.text)
            hls[row] = h
            lines[#lines + 1] = table.concat(pieces)
            local target = { line = c.line, col = c.col, claim = c }
            rows[row + 1] = target
            if S.why then
                local pad = string.rep(" ", #indent + wl + 2)
                local w = pad .. (util.why(c) or "why: (no rules recorded)")
                hls[row + 1] = { "DeepSeekClaimsWhy", #pad, #w }
                lines[#lines + 1] = w
                rows[row + 2] = target
            end
        end
    end
    if to == ctx.n and ctx.more then
        hls[base + #lines] = { "DeepSeekClaimsHint", 0, #ctx.more }
        lines[#lines + 1] = ctx.more
    end
end

-- The list's highlights are drawn for the rows in view as they are drawn
-- (a decoration provider: ephemeral marks), so a list of thousands of
-- claims costs what one screen of it does.
vim.api.nvim_set_decoration_provider(ns, {
    on_win = function(_, _, buf)
        return S ~= nil and buf == S.buf and S.hls ~= nil
    end,
    on_line = function(_, _, buf, row)
        local h = S and S.buf == buf and S.hls[row]
        if not h then return end
        for i = 1, #h, 3 do
            pcall(
                vim.api.nvim_buf_set_extmark,
                buf,
                ns,
                row,
                h[i + 1],
                { end_row = row, end_col = h[i + 2], hl_group = h[i], ephemeral = true }
            )
        end
    end,
})

local function set_lines(buf, from, lines)
    vim.bo[buf].modifiable = true
    vim.api.nvim_buf_set_lines(buf, from, -1, false, lines)
    vim.bo[buf].modifiable = false
end

-- Makes a fold of each group whose rows are all in the buffer (grouped
-- lists): zc, zo, za, zM and zR fold and unfold them. Folds start open.
local function make_folds(s, ctx)
    if not S or not S.group then return end
    vim.api.nvim_win_call(s.win, function()
        for _, f in ipairs(ctx.folds) do
            local a, b = ctx.spec_row[f.first], ctx.spec_row[f.last]
            if not f.made and a and b then
                f.made = true
                if S.why and ctx.spec(f.last).claim then b = b + 1 end -- its why line
                pcall(vim.cmd, string.format("%d,%dfold | %dfoldopen", a, b, a))
            end
        end
    end)
end

-- Appends the rows of ctx from spec `from` on, CHUNK_ROWS per turn of the
-- main loop, while the list s still shows ctx.
local function fill(s, ctx, from)
    vim.schedule(function()
        if S ~= s or s.ctx ~= ctx or not vim.api.nvim_buf_is_valid(s.buf) then return end
        local to = math.min(from + CHUNK_ROWS - 1, ctx.n)
        local lines, base = {}, vim.api.nvim_buf_line_count(s.buf)
        make_rows(ctx, from, to, lines, s.hls, s.rows, base)
        set_lines(s.buf, base, lines)
        make_folds(s, ctx)
        if to < ctx.n then fill(s, ctx, to + 1) end
    end)
end

-- Preview ---------------------------------------------------------------------

-- The preview's lines and highlights for a row's target: the whole claim
-- (line, kind, claimant and its type, what it is about, hedge, figures,
-- the sentence wrapped, and with S.why the rules), or a group's entity.
local function preview_lines(r, width)
    local lines, hls = {}, {}
    local function add(s, group)
        lines[#lines + 1] = s
        if group then hls[#hls + 1] = { group, #lines - 1, 0, #s } end
    end
    local c = r and r.claim
    if not c then
        if r then add(string.format("first mention: line %d", r.line), "DeepSeekClaimsHint") end
        return lines, hls
    end
    local about = #(c.about or {}) > 0 and table.concat(c.about, ", ") or "(no entity)"
    local who = util.claimant(c)
    if type(c.claimant_type) == "string" and c.claimant_type ~= who then who = who .. " (" .. c.claimant_type .. ")" end
    local first = string.format(
        "L%d %s · %s · about %s%s",
        c.line,
        c.kind,
        util.oneline(who),
        util.oneline(about),
        c.hedged and " · hedged" or ""
    )
    for _, l in ipairs(util.wrap(first, width)) do
        add(l, "DeepSeekClaimsTitle")
    end
    local text, best = util.figures(c)
    if text ~= "" then
        add(text .. (best and util.best_mark or ""), "DeepSeekClaimsFigure")
        if best then hls[#hls + 1] = { "DeepSeekClaimsBest", #lines - 1, 0, #lines[#lines] } end
    end
    if S.why then add(util.why(c) or "why: (no rules recorded)", "DeepSeekClaimsWhy") end
    for _, l in ipairs(util.wrap(util.oneline(c.text), width)) do
        add(l)
    end
    return lines, hls
end

-- Shows the claim under the list's cursor in the preview.
local function update_preview()
    if not M.is_open() or not S.preview then return end
    local p = S.preview
    if not vim.api.nvim_buf_is_valid(p.buf) or not vim.api.nvim_win_is_valid(p.win) then return end
    local r = S.rows[vim.api.nvim_win_get_cursor(S.win)[1]]
    local width = vim.api.nvim_win_get_width(p.win)
    local lines, hls = preview_lines(r, width)
    vim.bo[p.buf].modifiable = true
    vim.api.nvim_buf_set_lines(p.buf, 0, -1, false, lines)
    vim.bo[p.buf].modifiable = false
    vim.api.nvim_buf_clear_namespace(p.buf, pns, 0, -1)
    for _, h in ipairs(hls) do
        if h[4] > h[3] then util.hl(p.buf, pns, h[1], h[2], h[3], h[4]) end
    end
    p.row = r
end

-- Opens (or moves) the preview float at cfg.
local function place_preview(cfg)
    if not cfg then return close_preview(S) end
    if S.preview and vim.api.nvim_win_is_valid(S.preview.win) then
        vim.api.nvim_win_set_config(S.preview.win, cfg)
        vim.wo[S.preview.win].wrap = true
        return
    end
    local buf = vim.api.nvim_create_buf(false, true)
    vim.b[buf].deepseek_claims_float = true
    vim.bo[buf].bufhidden = "wipe"
    local opts = vim.deepcopy(cfg)
    opts.style, opts.focusable = "minimal", false
    local win = vim.api.nvim_open_win(buf, false, opts)
    vim.wo[win].winhighlight = highlight.float_winhl .. ",Normal:DeepSeekClaimsPreview"
    vim.wo[win].wrap = true
    vim.wo[win].linebreak = true
    S.preview = { win = win, buf = buf }
end

-- Drawing ---------------------------------------------------------------------

-- The lines a plan takes in the buffer: header, rows, why lines, the last line.
local function line_count(ctx)
    local claims = ctx.n
    if S.group then
        claims = 0
        for j = 1, ctx.n do
            if ctx.spec(j).claim then claims = claims + 1 end
        end
    end
    return HEADER + ctx.n + (S.why and claims or 0) + (ctx.more and 1 or 0)
end

-- The list window's options. Set again after each nvim_win_set_config:
-- Neovim 0.7 applies the window's `style = "minimal"` again on every
-- reconfiguration, and that turns 'cursorline' off (then nothing shows
-- which claim <CR> opens).
local function win_options(win)
    vim.wo[win].winhighlight = highlight.float_winhl
    vim.wo[win].cursorline = true
    vim.wo[win].wrap = false
    vim.wo[win].foldmethod = "manual"
    vim.wo[win].foldenable = true
    vim.wo[win].foldtext = "getline(v:foldstart).'  …'"
    vim.wo[win].fillchars = "eob: ,fold: "
end

-- Places the list (and its preview) for n lines.
local function place(n)
    local l = layout(n, S.show_preview)
    vim.api.nvim_win_set_config(S.win, l.list)
    win_options(S.win)
    place_preview(l.preview)
end

-- (Re)draws the list in its window; keep: stay on the same claim. The
-- first rows (and those up to the kept claim) are made at once, the rest
-- on the next turns of the main loop: a list of thousands of claims opens
-- as fast as a short one.
local function draw(keep)
    local cur = keep and S.rows[vim.api.nvim_win_get_cursor(S.win)[1]] or nil
    -- the first drawing of the whole buffer's list reads its claims by chunks
    local width = layout(1, S.show_preview).list.width
    local ctx = plan(width, not keep and not S.claims and not S.kind and not S.group and not S.why)
    local want
    if cur and cur.claim then
        for j, spec in ipairs(ctx.specs) do
            local c = spec.claim
            if c and c.byte == cur.claim.byte and c.kind == cur.claim.kind then
                want = j
                break
            end
        end
    end
    local upto = math.min(ctx.n, math.max(FIRST_ROWS, want or 0))
    local lines, hls, rows = ctx.lines, ctx.hls, {}
    make_rows(ctx, 1, upto, lines, hls, rows, 0)
    S.ctx, S.hls, S.rows = ctx, hls, rows
    vim.api.nvim_win_call(S.win, function()
        pcall(vim.cmd, "normal! zE") -- the folds of the last drawing
    end)
    set_lines(S.buf, 0, lines)
    place(line_count(ctx))
    make_folds(S, ctx)
    local target = want and ctx.spec_row[want] or math.min(HEADER + 1, #lines)
    vim.api.nvim_win_set_cursor(S.win, { target, 0 })
    update_preview()
    if upto < ctx.n then fill(S, ctx, upto + 1) end
end

-- Jumping ---------------------------------------------------------------------

--- Opens the claim (or group) under the cursor: in the source window and
--- closes the list; how = "split", "vsplit" or "tab" opens it in a new
--- split, vertical split or tab page of the source buffer instead.
function M.jump(how)
    if not M.is_open() then return end
    local r = S.rows[vim.api.nvim_win_get_cursor(S.win)[1]]
    if not r then return util.notify("nothing to open on this line") end
    local src_win, src_buf = S.src_win, S.src_buf
    M.close()
    if not vim.api.nvim_buf_is_valid(src_buf) then return util.warn("the buffer of this list is gone") end
    if not vim.api.nvim_win_is_valid(src_win) or vim.api.nvim_win_get_buf(src_win) ~= src_buf then
        src_win = vim.fn.bufwinid(src_buf)
        if src_win == -1 then
            src_win = vim.api.nvim_get_current_win()
            local ok, err = pcall(vim.api.nvim_win_set_buf, src_win, src_buf)
            if not ok then return util.error("cannot open the claim: " .. tostring(err):gsub("^Vim:", "")) end
        end
    end
    local ok, err = pcall(function()
        vim.api.nvim_set_current_win(src_win)
        if how == "split" then
            vim.cmd("split")
        elseif how == "vsplit" then
            vim.cmd("vsplit")
        elseif how == "tab" then
            vim.cmd("tab split")
        end
    end)
    if not ok then return util.error("cannot open the claim: " .. tostring(err):gsub("^Vim:", "")) end
    local win = vim.api.nvim_get_current_win()
    local nlines = vim.api.nvim_buf_line_count(src_buf)
    local line = math.min(math.max(r.line, 1), nlines)
    local len = #(vim.api.nvim_buf_get_lines(src_buf, line - 1, line, false)[1] or "")
    vim.cmd("normal! m'")
    vim.api.nvim_win_set_cursor(win, { line, math.min(math.max(r.col - 1, 0), math.max(len - 1, 0)) })
    vim.cmd("normal! zv")
end

--- Switches between document order and grouping by entity.
function M.toggle_group()
    if not M.is_open() then return end
    S.group = not S.group
    draw(true)
end

--- Shows or hides a line under each claim: the rules that made it (why).
function M.toggle_why()
    if not M.is_open() then return end
    S.why = not S.why
    draw(true)
end

--- Shows or hides the preview of the claim under the cursor.
function M.toggle_preview()
    if not M.is_open() then return end
    S.show_preview = not S.show_preview
    place(line_count(S.ctx))
    update_preview()
end

--- Cycles the kind filter: all, then each kind present, then all again.
function M.cycle_kind()
    if not M.is_open() then return end
    local kinds = kinds_present(all_claims())
    local nxt = nil
    if not S.kind then
        nxt = kinds[1]
    else
        for i, k in ipairs(kinds) do
            if k == S.kind then nxt = kinds[i + 1] end
        end
    end
    S.kind = nxt
    draw(false)
end

--- Sets the kind filter (nil: all kinds).
function M.set_kind(kind)
    if not M.is_open() then return end
    S.kind = kind
    draw(false)
end

--- Re-lays out the list after the editor was resized.
function M.resize()
    if not M.is_open() then return end
    draw(true)
end

-- The claims the list shows, and its title; nil and a message (and its
-- level) when there are none.
local function select_claims(entry, opts, src_buf)
    local engine = require("deepseek_claims.engine")
    local name = vim.api.nvim_buf_get_name(src_buf)
    local fname = name == "" and ("buffer " .. src_buf) or vim.fn.fnamemodify(name, ":t")
    local claims, title
    if opts.entity then
        local e = entry.doc:entity(opts.entity)
        local canonical = e and e.name
        if not canonical then
            local d = engine.lookup(opts.entity)
            canonical = d and d.name
        end
        if not canonical then
            return nil, string.format('no entity named "%s" in %s or the dictionary', opts.entity, fname), "warn"
        end
        claims = entry.doc:about(canonical)
        if #claims == 0 then return nil, string.format("no claims about %s in %s", canonical, fname) end
        title = "about " .. canonical .. " in " .. fname
    else
        -- the whole buffer's claims are built when a view needs them all (the
        -- first rows of a big list are read by chunks)
        if #entry.doc == 0 then return nil, "no claims in " .. fname end
        claims = opts.kind and engine.entry_claims(entry) or entry.claims or false
        title = "in " .. fname
    end
    if opts.kind then
        local ok = false
        for _, c in ipairs(claims) do
            if c.kind == opts.kind then
                ok = true
                break
            end
        end
        if not ok then return nil, string.format("no %s claims in %s", opts.kind, fname) end
    end
    return claims, title, nil, claims and #claims or #entry.doc
end

local show
local asked -- the newest open() waiting for its parse

-- The command-line window (q:) allows no other window: a list opened there
-- could never jump.
local function in_cmdwin()
    if vim.fn.getcmdwintype() == "" then return false end
    util.warn("the claims list cannot open in the command-line window: leave it first (CTRL-C)")
    return true
end

--- Opens the list. opts: buf (default current), entity (a name or alias:
--- only the claims about it), kind (start filtered), group (boolean).
--- Returns true when a list opened, false when there is nothing to list,
--- 'pending' when the buffer's parse is still running on its thread: the
--- list then opens when it lands (the editor does not wait), unless another
--- list was asked for meanwhile.
function M.open(opts)
    opts = opts or {}
    if in_cmdwin() then return false end
    local src_buf = (opts.buf == nil or opts.buf == 0) and vim.api.nvim_get_current_buf() or opts.buf
    local src_win = vim.api.nvim_get_current_win()
    local token = {}
    asked = token
    local now = true
    local ran, res = require("deepseek_claims.engine").request(src_buf, {}, function(entry, err)
        if asked ~= token then return false end -- a newer list was asked for
        asked = nil
        -- the buffer went away while its parse ran: nobody is asking any more
        if not now and not util.buf_ok(src_buf) then return false end
        if not entry then
            util.error(err)
            return false
        end
        if not now and in_cmdwin() then return false end
        return show(entry, opts, src_buf, src_win)
    end)
    now = false
    if ran then return res end
    return "pending"
end

show = function(entry, opts, src_buf, src_win)
    local claims, title, level, count = select_claims(entry, opts, src_buf)
    if claims == nil then
        if level == "warn" then
            util.warn(title)
        else
            util.notify(title)
        end
        return false
    end
    M.close()
    if not vim.api.nvim_win_is_valid(src_win) then src_win = vim.api.nvim_get_current_win() end
    if vim.api.nvim_win_get_buf(src_win) ~= src_buf then
        local w = vim.fn.bufwinid(src_buf)
        src_win = w ~= -1 and w or src_win
    end
    local buf = vim.api.nvim_create_buf(false, true)
    vim.b[buf].deepseek_claims_float = true
    vim.bo[buf].bufhidden = "wipe"
    vim.bo[buf].filetype = "deepseek-claims-list"
    local cfg = config.current.list
    S = {
        buf = buf,
        src_buf = src_buf,
        src_win = src_win,
        claims = claims or nil,
        count = count,
        entry = entry,
        title = title,
        rows = {},
        group = opts.group == nil and cfg.group or opts.group,
        kind = opts.kind,
        show_preview = cfg.preview,
    }
    local l = layout(count + HEADER, false)
    local wcfg = vim.deepcopy(l.list)
    wcfg.style = "minimal"
    local win = vim.api.nvim_open_win(buf, true, wcfg)
    S.win = win
    win_options(win) -- after the minimal style, which turns 'cursorline' off
    highlight.define()

    local keys = cfg.keys
    local function map(lhs, fn, desc)
        for _, k in ipairs(type(lhs) == "table" and lhs or { lhs }) do
            util.map(buf, "n", k, fn, desc)
        end
    end
    map(keys.jump, function()
        M.jump()
    end, "jump to the claim")
    map(keys.split, function()
        M.jump("split")
    end, "open the claim in a split")
    map(keys.vsplit, function()
        M.jump("vsplit")
    end, "open the claim in a vertical split")
    map(keys.tab, function()
        M.jump("tab")
    end, "open the claim in a tab")
    map(keys.close, M.close, "close the list")
    map(keys.group, M.toggle_group, "group by entity / document order")
    map(keys.filter, M.cycle_kind, "filter by kind")
    map(keys.preview, M.toggle_preview, "show or hide the preview")
    map(keys.why, M.toggle_why, "show or hide the rules of each claim")

    S.augroup = vim.api.nvim_create_augroup("DeepSeekClaimsList", { clear = true })
    local s = S
    vim.api.nvim_create_autocmd(
        { "WinLeave", "BufLeave" },
        util.on_buf(buf, {
            group = S.augroup,
            callback = function()
                vim.schedule(function()
                    if S == s and vim.api.nvim_get_current_win() ~= s.win then M.close() end
                end)
            end,
        })
    )
    vim.api.nvim_create_autocmd(
        "CursorMoved",
        util.on_buf(buf, {
            group = S.augroup,
            callback = function()
                if S == s then update_preview() end
            end,
        })
    )
    vim.api.nvim_create_autocmd("VimResized", {
        group = S.augroup,
        callback = function()
            if S == s then M.resize() end
        end,
    })
    vim.api.nvim_create_autocmd("WinClosed", {
        group = S.augroup,
        pattern = tostring(win),
        callback = function()
            vim.schedule(function()
                if S == s then M.close() end
            end)
        end,
    })
    draw(false)
    return true
end

return M
