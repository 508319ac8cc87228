-- list.lua: the claims float. One row per claim: line, kind, claimant,
-- figures, hedge mark, the start of the sentence. Grouped by entity or in
-- document order (a key toggles), filtered by kind (a key cycles), <CR>
-- jumps to the claim in the source window. One list at a time.
local config = require("deepseek_claims.config")
local util = require("deepseek_claims.util")
local highlight = require("deepseek_claims.highlight")
local figures = require("deepseek_claims.lib.figures")

local M = {}

local ns = vim.api.nvim_create_namespace("deepseek_claims_list")
local HEADER = 2 -- header lines before the first row
local MAX_ROWS = 10000 -- rows drawn; beyond, a last line says how many are left

-- The open list: { win, buf, src_win, src_buf, entry (the parse), claims
-- (nil for the whole buffer until a view needs them all: see all_claims),
-- count, entities (made when first grouped: every mention of a big buffer),
-- title, group, kind, rows = { [row] = {line, col} } }
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

function M.close()
    local s = S
    S = nil
    if not s then return end
    pcall(vim.api.nvim_del_augroup_by_id, s.augroup)
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

-- The layout: sizes of the window from the editor size and the options.
local function layout(n_lines)
    local cfg = config.current.list
    local cols, rows = vim.o.columns, vim.o.lines - vim.o.cmdheight - 1
    local function size(v, total)
        return v <= 1 and math.floor(total * v) or math.floor(v)
    end
    local maxw = math.max(20, math.min(size(cfg.width, cols), cols - 4))
    local width = maxw
    local maxh = math.max(3, math.min(size(cfg.height, rows), rows - 4))
    local height = math.max(1, math.min(n_lines, maxh))
    return {
        relative = "editor",
        style = "minimal",
        border = cfg.border,
        width = width,
        height = height,
        row = math.max(0, math.floor((rows - height) / 2) - 1),
        col = math.max(0, math.floor((cols - width) / 2)),
    }
end

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

-- The figures of each claim, formatted once per parse (toggling the
-- grouping or the kind filter, or opening the list again, reuses them).
local shown = setmetatable({}, { __mode = "k" })

-- The plan of the list for the current state and window width: the header
-- (lines and highlights), the column widths, and one spec per row ({ claim,
-- i } or a group heading { heading, meta, at }); make_rows turns specs
-- into rows. At most MAX_ROWS specs; `more` says how many were left out.
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
    local ctx = { lines = {}, hls = {}, specs = {} }
    local function hl(group, row, s, e)
        ctx.hls[row] = { group, s, e }
    end

    -- header
    local head = string.format(
        " %d claim%s %s · %s · %s",
        n,
        n == 1 and "" or "s",
        S.title,
        S.group and "by entity" or "in document order",
        S.kind and ("kind: " .. S.kind) or "all kinds"
    )
    ctx.lines[1] = head
    hl("DeepSeekClaimsTitle", 0, 0, #head)
    local k = config.current.list.keys
    local hint = string.format(
        " %s jump · %s %s · %s kind · %s close",
        key_label(k.jump),
        key_label(k.group),
        S.group and "document order" or "group by entity",
        key_label(k.filter),
        key_label(k.close)
    )
    ctx.lines[2] = hint
    hl("DeepSeekClaimsHint", 1, 0, #hint)

    -- column widths
    local maxline, wc, wf, any_hedge = 1, 0, 0, false
    local fig, who = {}, {}
    -- a column stops growing at its cap, so claimants and figures are made
    -- here only until it is reached (make_rows makes the others); a list read
    -- by chunks takes its widths from its first rows and keeps room for the
    -- hedge mark
    local measured = lazy and math.min(n, FIRST_ROWS) or math.min(n, MAX_ROWS)
    for i = 1, measured do
        local c = claims[i]
        if c.line > maxline then maxline = c.line end
        if wc < 22 then
            who[i] = util.oneline(util.claimant(c))
            wc = math.max(wc, util.width(who[i]))
        end
        if wf < 26 then
            fig[i] = shown[c] or figures.join(c.quantities)
            shown[c] = fig[i]
            wf = math.max(wf, util.width(fig[i]))
        end
        any_hedge = any_hedge or c.hedged
    end
    if lazy and n > measured then any_hedge = true end
    -- claims come in line order: the last has the widest line number
    local last = lazy and S.entry.doc:claims_at(n)[1] or claims[n]
    if last then maxline = math.max(maxline, last.line) end
    local indent = S.group and "  " or ""
    wc = math.min(wc, 22)
    wf = math.min(wf, 26)
    local wl = #tostring(maxline)
    -- the sentence keeps at least 40% of the row: narrow the figures, then the
    -- claimants, down to 12 cells each
    local fixed = #indent + wl + 2 + 9 + 1 + 1 + (any_hedge and 2 or 0) + (wf > 0 and 1 or 0)
    local want_text = math.floor(width * 0.4)
    local over = fixed + wc + wf + want_text - width
    if over > 0 and wf > 12 then
        local cut = math.min(over, wf - 12)
        wf = wf - cut
        over = over - cut
    end
    if over > 0 and wc > 12 then
        local cut = math.min(over, wc - 12)
        wc = wc - cut
    end
    ctx.who, ctx.fig, ctx.indent, ctx.wl, ctx.wc, ctx.wf, ctx.any_hedge = who, fig, indent, wl, wc, wf, any_hedge
    ctx.text_w = math.max(10, width - (fixed + wc + wf) - 1)
    ctx.blank = string.rep(" ", wl)

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
            add({ heading = name == "" and "(no entity)" or name, meta = meta, at = { line = m.line, col = m.col } })
            for _, c in ipairs(cs) do
                add({ claim = c, i = index[c] })
            end
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
            key_label(k.filter)
        )
    end
    return ctx
end

-- Appends the rows of specs[from..to] to lines, their highlights to hls and
-- their targets to rows; base: the lines before lines[1] in the buffer.
local function make_rows(ctx, from, to, lines, hls, rows, base)
    local indent, blank, wl, wc, wf = ctx.indent, ctx.blank, ctx.wl, ctx.wc, ctx.wf
    for j = from, to do
        local spec = ctx.spec(j)
        local row = base + #lines -- 0-based
        if spec.heading then
            local label = spec.heading
            hls[row] = { "DeepSeekClaimsGroup", 0, #label, "DeepSeekClaimsHint", #label, #label + #spec.meta }
            lines[#lines + 1] = label .. spec.meta
            rows[row + 1] = spec.at
        else
            local c, i = spec.claim, spec.i
            local num = tostring(c.line)
            -- columns: line, kind, claimant, figures, hedge mark, sentence; each
            -- piece but the sentence is highlighted
            -- (claimants and figures past the first MAX_ROWS claims are made here)
            ctx.who[i] = ctx.who[i] or util.oneline(util.claimant(c))
            if not ctx.fig[i] then
                ctx.fig[i] = shown[c] or figures.join(c.quantities)
                shown[c] = ctx.fig[i]
            end
            local pieces =
                { indent .. blank:sub(1, wl - #num) .. num, "  ", fit(c.kind, 9), " ", fit(ctx.who[i], wc), " " }
            local groups =
                { "DeepSeekClaimsLineNr", false, "DeepSeekClaimsKind", false, "DeepSeekClaimsClaimant", false }
            if wf > 0 then
                pieces[7], groups[7] = fit(ctx.fig[i], wf), "DeepSeekClaimsFigure"
                pieces[8], groups[8] = " ", false
            end
            if ctx.any_hedge then
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
                end
                at = at + len
            end
            pieces[#pieces + 1] = sentence(c.text, ctx.text_w)
            hls[row] = h
            lines[#lines + 1] = table.concat(pieces)
            rows[row + 1] = { line = c.line, col = c.col, claim = c }
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

-- Appends the rows of ctx from spec `from` on, CHUNK_ROWS per turn of the
-- main loop, while the list s still shows ctx.
local function fill(s, ctx, from)
    vim.schedule(function()
        if S ~= s or s.ctx ~= ctx or not vim.api.nvim_buf_is_valid(s.buf) then return end
        local to = math.min(from + CHUNK_ROWS - 1, ctx.n)
        local lines, base = {}, vim.api.nvim_buf_line_count(s.buf)
        make_rows(ctx, from, to, lines, s.hls, s.rows, base)
        set_lines(s.buf, base, lines)
        if to < ctx.n then fill(s, ctx, to + 1) end
    end)
end

-- (Re)draws the list in its window; keep: stay on the same claim. The
-- first rows (and those up to the kept claim) are made at once, the rest
-- on the next turns of the main loop: a list of thousands of claims opens
-- as fast as a short one.
local function draw(keep)
    local cur = keep and S.rows[vim.api.nvim_win_get_cursor(S.win)[1]] or nil
    -- the first drawing of the whole buffer's list reads its claims by chunks
    local ctx = plan(layout(1).width, not keep and not S.claims and not S.kind and not S.group)
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
    set_lines(S.buf, 0, lines)
    vim.api.nvim_win_set_config(S.win, layout(HEADER + ctx.n + (ctx.more and 1 or 0)))
    local target = want and (HEADER + want) or math.min(HEADER + 1, #lines)
    vim.api.nvim_win_set_cursor(S.win, { target, 0 })
    if upto < ctx.n then fill(S, ctx, upto + 1) end
end

--- Jumps to the claim under the cursor in the source window and closes the list.
function M.jump()
    if not M.is_open() then return end
    local r = S.rows[vim.api.nvim_win_get_cursor(S.win)[1]]
    if not r then return end
    local src_win, src_buf = S.src_win, S.src_buf
    M.close()
    if not vim.api.nvim_buf_is_valid(src_buf) then return end
    if not vim.api.nvim_win_is_valid(src_win) or vim.api.nvim_win_get_buf(src_win) ~= src_buf then
        src_win = vim.fn.bufwinid(src_buf)
        if src_win == -1 then
            src_win = vim.api.nvim_get_current_win()
            vim.api.nvim_win_set_buf(src_win, src_buf)
        end
    end
    vim.api.nvim_set_current_win(src_win)
    local nlines = vim.api.nvim_buf_line_count(src_buf)
    local line = math.min(math.max(r.line, 1), nlines)
    local len = #(vim.api.nvim_buf_get_lines(src_buf, line - 1, line, false)[1] or "")
    vim.cmd("normal! m'")
    vim.api.nvim_win_set_cursor(src_win, { line, math.min(math.max(r.col - 1, 0), math.max(len - 1, 0)) })
    vim.cmd("normal! zv")
end

--- Switches between document order and grouping by entity.
function M.toggle_group()
    if not M.is_open() then return end
    S.group = not S.group
    draw(true)
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
    local lines = vim.api.nvim_buf_line_count(S.buf)
    vim.api.nvim_win_set_config(S.win, layout(lines))
    draw(true)
end

local function map(buf, lhs, fn, desc)
    for _, k in ipairs(type(lhs) == "table" and lhs or { lhs }) do
        vim.keymap.set("n", k, fn, { buffer = buf, nowait = true, silent = true, desc = "deepseek-claims: " .. desc })
    end
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

--- Opens the list. opts: buf (default current), entity (a name or alias:
--- only the claims about it), kind (start filtered), group (boolean).
--- Returns true when a list opened, false when there is nothing to list,
--- 'pending' when the buffer's parse is still running on its thread: the
--- list then opens when it lands (the editor does not wait), unless another
--- list was asked for meanwhile.
function M.open(opts)
    opts = opts or {}
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
    S = {
        buf = buf,
        src_buf = src_buf,
        src_win = src_win,
        claims = claims or nil,
        count = count,
        entry = entry,
        title = title,
        rows = {},
        group = opts.group == nil and config.current.list.group or opts.group,
        kind = opts.kind,
    }
    local win = vim.api.nvim_open_win(buf, true, layout(count + HEADER))
    S.win = win
    vim.wo[win].winhighlight = highlight.float_winhl
    vim.wo[win].cursorline = true
    vim.wo[win].wrap = false
    highlight.define()

    local keys = config.current.list.keys
    map(buf, keys.jump, M.jump, "jump to the claim")
    map(buf, keys.close, M.close, "close the list")
    map(buf, keys.group, M.toggle_group, "group by entity / document order")
    map(buf, keys.filter, M.cycle_kind, "filter by kind")

    S.augroup = vim.api.nvim_create_augroup("DeepSeekClaimsList", { clear = true })
    local s = S
    vim.api.nvim_create_autocmd({ "WinLeave", "BufLeave" }, {
        group = S.augroup,
        buffer = buf,
        callback = function()
            vim.schedule(function()
                if S == s then M.close() end
            end)
        end,
    })
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
