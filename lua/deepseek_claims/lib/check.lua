-- deepseek_claims.lib.check: a document's figures checked against what is
-- already known (the ledgers, a scanned corpus). The comparison behind the
-- editor's diagnostics and the CLI's --check. Pure Lua (no vim.*).
--
--   local check = require("deepseek_claims.lib.check")
--   local findings = check.run(doc:claims(), known, { tolerance = 0.25, lookup = core.lookup,
--                                                     file = "draft.md", lines = lines })
--   for _, line in ipairs(check.format(findings, "draft.md")) do print(line) end
--
-- known: records of the ledgers and the corpus (deepseek_claims.lib.records),
-- their facts (deepseek_claims.lib.attributes), or check.index() of either.
-- claims: the engine's claims of one document, or check.prepare() of them.
--
-- A finding, one per figure that has something to compare with:
--   { claim =, quantity =, line =, col =, end_line =, end_col =,
--     severity = "warning" | "info", message =,
--     entity =, attribute =,        -- of the first comparison (see parts)
--     others = { other... },        -- the known figures it differs from
--     agrees = { other... },        -- those it agrees with
--     n_others =, n_agrees =,       -- how many of each: with more than
--                                   -- M.MAX_FULL known figures of one entity
--                                   -- and attribute, others and agrees keep
--                                   -- the M.KEEP most relevant of them
--     parts = { { entity =, attribute =, others =, agrees = }, ... } }
-- line, col, end_line, end_col: the figure in the source, 1-based bytes,
-- end_col inclusive (like the engine's claims), when opts.lines (or
-- opts.line) gives the document's lines; the claim's own start otherwise.
-- An other: { claimant =, where =, figure =, fact =, record = }.
--
-- A figure of a known attribute (attributes.lua: training cost, GPU count,
-- GPU hours, parameters, valuation, prices, ...) about an entity is weighed
-- against the known figures of that entity and attribute, with the
-- conflicts' rule of agreement (conflicts.agree, within the tolerance). It is
-- a "warning" when it agrees with none of them, and an "info" (only with
-- opts.agree) when it agrees with at least one: a figure some source backs is
-- not the writer's mistake, even where sources disagree among themselves
-- (that is :DeepSeekClaims conflicts' business).

local records = require("deepseek_claims.lib.records")
local attributes = require("deepseek_claims.lib.attributes")
local conflicts = require("deepseek_claims.lib.conflicts")
local figures = require("deepseek_claims.lib.figures")

local M = {}

M.MAX_SHOWN = 3 -- other figures named in one message; the rest counted
M.MAX_FULL = 64 -- known figures of one entity and attribute formatted and sorted in full
M.KEEP = 12 -- beyond that, the most relevant kept (a message names M.MAX_SHOWN, once each)

---------------------------------------------------------------------------
-- Known facts
---------------------------------------------------------------------------

local function key(entity, attribute)
    return entity .. "\0" .. attribute
end

local function is_fact(x)
    return type(x) == "table" and x.record ~= nil and x.attribute ~= nil and x.lo ~= nil
end

--- Adds known facts to an index (check.index's): records or facts, only
--- those about opts.entity when given (a corpus's claims about one name,
--- fetched when a document first names it). opts.lookup as for index.
--- Returns the index.
function M.add(index, known, opts)
    known = known or {}
    local facts = known
    if known[1] ~= nil and not is_fact(known[1]) then
        facts = attributes.facts(known, { lookup = opts and opts.lookup })
    end
    local only = opts and opts.entity
    local by_key = index.by_key
    for _, f in ipairs(facts) do
        if not only or f.entity == only then
            local k = key(f.entity, f.attribute)
            local list = by_key[k]
            if not list then
                list = {}
                by_key[k] = list
            end
            list[#list + 1] = f
            index.count = (index.count or 0) + 1
        end
    end
    return index
end

--- The known facts indexed by entity and attribute. known: records or facts
--- (or an index, returned as is). opts.lookup: name -> dictionary entry.
function M.index(known, opts)
    if type(known) == "table" and (known.by_key or known.parts) then return known end
    return M.add({ by_key = {}, count = 0 }, known, opts)
end

--- Several indexes seen as one, none copied (the editor keeps the ledgers'
--- index while the corpus's facts come and go).
function M.union(...)
    return { parts = { ... } }
end

-- The known facts of entity and attribute in an index or a union.
local function known_of(index, entity, attribute)
    local k = key(entity, attribute)
    if not index.parts then return index.by_key[k] end
    local out
    for _, part in ipairs(index.parts) do
        local list = part.by_key[k]
        if list and not out then
            out = list
        elseif list then
            local joined = {}
            for _, f in ipairs(out) do
                joined[#joined + 1] = f
            end
            for _, f in ipairs(list) do
                joined[#joined + 1] = f
            end
            out = joined
        end
    end
    return out
end

---------------------------------------------------------------------------
-- The document's facts
---------------------------------------------------------------------------

-- What a claim's facts depend on: the same sentence gives the same facts
-- wherever it stands.
local function claim_key(c)
    local parts = { c.text or "", c.kind or "", table.concat(type(c.about) == "table" and c.about or {}, "\1") }
    for _, q in ipairs(type(c.quantities) == "table" and c.quantities or {}) do
        local fields = { q.text, q.value, q.value_max, q.unit, q.qualifier, q.attribute }
        for i = 1, 6 do
            fields[i] = tostring(fields[i])
        end
        parts[#parts + 1] = table.concat(fields, "\1")
    end
    return table.concat(parts, "\0")
end

local function has_figures(c)
    return type(c.quantities) == "table" and c.quantities[1] ~= nil
end

--- The facts of a document's claims, once: { prepared = true, claims =,
--- facts = { [claim index] = { { q = quantity index, entity =, attribute =,
--- fact = } ... } }, entities = { name = true } }. opts.lookup as above;
--- opts.cache (a table kept between calls) reuses the facts of sentences
--- already seen, so re-checking an edited document infers only what changed.
function M.prepare(claims, opts)
    if type(claims) == "table" and claims.prepared then return claims end
    opts = opts or {}
    claims = claims or {}
    local cache = opts.cache
    local out = { prepared = true, claims = claims, facts = {}, entities = {} }
    local missing, missing_at = {}, {}
    for i, c in ipairs(claims) do
        if has_figures(c) then
            local k = cache and claim_key(c)
            local hit = k and cache[k]
            if hit then
                out.facts[i] = hit
            else
                local r = records.from_claim(c, "buffer", opts.file)
                r.index = i
                missing[#missing + 1] = r
                missing_at[#missing_at + 1] = { i = i, k = k, r = r }
            end
        end
    end
    if #missing > 0 then
        local per, used = {}, {}
        for _, f in ipairs(attributes.facts(missing, { lookup = opts.lookup })) do
            local i = f.record.index
            per[i] = per[i] or {}
            -- the fact's figure: the first quantity it was made from that has
            -- no fact of this entity and attribute yet ("$5M ... $5M")
            local q
            for qi, x in ipairs(claims[i].quantities) do
                local taken = i .. "\0" .. qi .. "\0" .. f.entity .. "\0" .. f.attribute
                if x.text == f.text and x.value == f.value and not used[taken] then
                    q = qi
                    used[taken] = true
                    break
                end
            end
            table.insert(per[i], { q = q, entity = f.entity, attribute = f.attribute, fact = f })
        end
        for _, m in ipairs(missing_at) do
            local list = per[m.i] or {}
            out.facts[m.i] = list
            if cache then cache[m.k] = list end
        end
    end
    for _, list in pairs(out.facts) do
        for _, x in ipairs(list) do
            out.entities[x.entity] = true
        end
    end
    return out
end

---------------------------------------------------------------------------
-- Where a figure stands in the source
---------------------------------------------------------------------------

-- Markup the engine removes from between a figure's characters: emphasis,
-- escapes, code marks, link brackets.
local MARKUP = { ["\\"] = true, ["*"] = true, ["_"] = true, ["`"] = true, ["["] = true, ["]"] = true }

local function space(b)
    return b == " " or b == "\t" or b == "\n" or b == "\r"
end

-- Matches figure (as the claim's text has it) in s from byte i: figure's
-- spaces match any run of spaces or line breaks, markup in s is skipped, a
-- link's target after "](" too. Returns the last byte matched, or nil.
local function match_at(s, i, figure)
    local j, n, last = 1, #figure, nil
    while j <= n do
        local fb = figure:sub(j, j)
        local sb = s:sub(i, i)
        if sb == "" then return nil end
        if space(fb) then
            if not space(sb) then return nil end
            while space(s:sub(i, i)) do
                i = i + 1
            end
            while space(figure:sub(j, j)) do
                j = j + 1
            end
        elseif sb == fb then
            last = i
            i, j = i + 1, j + 1
        elseif sb == "]" and s:sub(i + 1, i + 1) == "(" then
            local close = s:find(")", i + 2, true)
            if not close then return nil end
            i = close + 1
        elseif MARKUP[sb] then
            i = i + 1
        else
            return nil
        end
    end
    return last
end

local function get_line(opts, n)
    if opts.lines then return opts.lines[n] end
    if opts.line then return opts.line(n) end
end

-- The claim's source text from (line, col) to (end_line, end_col), its
-- lines joined with "\n", and the line and column where each byte is.
local function claim_source(c, opts)
    local line, col = c.line, c.col or 1
    local end_line = c.end_line or line
    if type(line) ~= "number" or end_line - line > 200 then return nil end
    local parts, starts = {}, {}
    local at = 0
    for n = line, end_line do
        local s = get_line(opts, n)
        if type(s) ~= "string" then return nil end
        local from = n == line and col or 1
        if n == end_line and c.end_col then s = s:sub(1, c.end_col) end
        s = s:sub(from)
        starts[#starts + 1] = { at = at + 1, line = n, col = from }
        parts[#parts + 1] = s
        at = at + #s + 1
    end
    return table.concat(parts, "\n"), starts
end

local function position(starts, i)
    local k = #starts
    while k > 1 and starts[k].at > i do
        k = k - 1
    end
    local st = starts[k]
    return st.line, st.col + (i - st.at)
end

--- Where each figure of claim c stands in the source: a list indexed like
--- c.quantities of { line, col, end_line, end_col } (1-based, end_col
--- inclusive), or nil where it cannot be found. opts.lines or opts.line(n).
function M.locate(c, opts)
    local out = {}
    local s, starts = claim_source(c, opts or {})
    if not s then return out end
    local from = 1
    for qi, q in ipairs(type(c.quantities) == "table" and c.quantities or {}) do
        local figure = type(q.text) == "string" and q.text or ""
        if figure ~= "" then
            local first = figure:sub(1, 1)
            local i = s:find(first, from, true)
            while i do
                local e = match_at(s, i, figure)
                if e then
                    local l1, c1 = position(starts, i)
                    local l2, c2 = position(starts, e)
                    out[qi] = { line = l1, col = c1, end_line = l2, end_col = c2 }
                    from = e + 1
                    break
                end
                i = s:find(first, i + 1, true)
            end
        end
    end
    return out
end

---------------------------------------------------------------------------
-- Messages
---------------------------------------------------------------------------

--- A short name for a source address: "arXiv 2412.19437", else the host.
function M.site(url)
    if type(url) ~= "string" or url == "" then return nil end
    local id = url:match("arxiv%.org/abs/([%w%.%-/]+)") or url:match("arxiv%.org/pdf/([%w%.%-/]+)")
    if id then return "arXiv " .. id:gsub("%.pdf$", ""):gsub("v%d+$", "") end
    local host = url:match("^%a[%w+.-]*://([^/?#]+)")
    if not host then return url end
    return (host:gsub("^www%.", ""))
end

local function basename(p)
    return (tostring(p):match("([^/]+)$") or tostring(p))
end

--- Where a known figure comes from: "ledger, arXiv 2412.19437",
--- "corpus, notes/x.md:19". opts.path(file) shortens corpus paths.
function M.where(r, opts)
    if r.source == "ledger" then
        local site = M.site(r.url)
        if site then return "ledger, " .. site end
        return "ledger, " .. basename(r.file or "?") .. (r.line and (":" .. r.line) or "")
    end
    local file = r.file or "?"
    if opts and opts.path then file = opts.path(file) end
    return (r.source or "?") .. ", " .. tostring(file) .. (r.line and (":" .. r.line) or "")
end

local function claimant(r)
    if r.claimant == nil then return "an unattributed claim" end
    if r.claimant == "article" then return "an article" end
    return r.claimant
end

--- The attribute as words: training_cost_usd -> "training cost",
--- gpu_count -> "GPU count", price_per_1m_input_tokens_usd -> "price per 1M input tokens".
function M.label(attribute)
    local a = tostring(attribute)
    local cur = a:match("_(%l%l%l)$")
    if cur and figures.is_currency(cur:upper()) then a = a:sub(1, -5) end
    a = a:gsub("_", " "):gsub("%f[%w]gpu%f[%W]", "GPU"):gsub("%f[%w]1m%f[%W]", "1M")
    a = a:gsub("%f[%w]pct%f[%W]", "%%")
    return a
end

local SOURCE_RANK = { ledger = 1, corpus = 2, buffer = 3 }

function M.other_less(a, b)
    local ra, rb = a.record, b.record
    local sa, sb = SOURCE_RANK[ra.source] or 9, SOURCE_RANK[rb.source] or 9
    if sa ~= sb then return sa < sb end
    if tostring(ra.file) ~= tostring(rb.file) then return tostring(ra.file) < tostring(rb.file) end
    if (ra.line or 0) ~= (rb.line or 0) then return (ra.line or 0) < (rb.line or 0) end
    return a.fact.lo < b.fact.lo
end

-- "A (ledger, arXiv 2412.19437): $5.576M; B (corpus, x.md:3): ≥$500M", each
-- figure once, at most opts.max_shown of them. left: known figures not in
-- list (compare() formats only the few a message can show), counted in
-- "and N more".
local function describe(list, opts, left)
    local shown, seen = {}, {}
    for _, o in ipairs(list) do
        local s = o.claimant .. " (" .. o.where .. "): " .. o.figure
        if not seen[s] then
            seen[s] = true
            shown[#shown + 1] = s
        end
    end
    local max = (opts and opts.max_shown) or M.MAX_SHOWN
    local more = #shown - max + (left or 0)
    for i = #shown, max + 1, -1 do
        shown[i] = nil
    end
    if more > 0 then shown[#shown + 1] = "and " .. more .. " more" end
    return table.concat(shown, "; ")
end

-- How far a known figure is from the document's, relatively (0: the same).
local function distance(g, x)
    local a, b = (g.lo + g.hi) / 2, (x.lo + x.hi) / 2
    local d = math.abs(a - b) / math.max(math.abs(a), math.abs(b), 1e-300)
    return d == d and d or math.huge
end

-- Known figures a and b as a message names them after a cut (compare()
-- kept the most relevant): the ledgers' first, then the closest to the
-- document's figure (their distance), then other_less.
local function relevant_less(a, b)
    local sa, sb = SOURCE_RANK[a.record.source] or 9, SOURCE_RANK[b.record.source] or 9
    if sa ~= sb then return sa < sb end
    if a.distance ~= b.distance then return a.distance < b.distance end
    return M.other_less(a, b)
end

-- The known figures of some parts: those the figure differs from, those
-- it agrees with, each in order (other_less; relevant_less when compare()
-- cut some); and how many of each compare() left out.
local function gather(parts)
    local others, agrees, left_others, left_agrees = {}, {}, 0, 0
    for _, p in ipairs(parts) do
        for _, o in ipairs(p.others) do
            others[#others + 1] = o
        end
        for _, o in ipairs(p.agrees) do
            agrees[#agrees + 1] = o
        end
        left_others = left_others + (p.n_others or #p.others) - #p.others
        left_agrees = left_agrees + (p.n_agrees or #p.agrees) - #p.agrees
    end
    table.sort(others, left_others > 0 and relevant_less or M.other_less)
    table.sort(agrees, left_agrees > 0 and relevant_less or M.other_less)
    return others, agrees, left_others, left_agrees
end

-- One message for the parts of one attribute: "training cost of
-- DeepSeek-V3 and DeepSeek differs from ..." (the figure is about both).
local function attribute_message(attribute, parts, opts)
    local names = {}
    for _, p in ipairs(parts) do
        names[#names + 1] = p.entity
    end
    local others, agrees, left_others, left_agrees = gather(parts)
    local head = M.label(attribute) .. " of " .. table.concat(names, " and ")
    if #agrees == 0 then return head .. " differs from " .. describe(others, opts, left_others) end
    local s = head .. " agrees with " .. describe(agrees, opts, left_agrees)
    if #others > 0 then s = s .. " (differs from " .. describe(others, opts, left_others) .. ")" end
    return s
end

-- The message of a figure's parts: one clause per attribute, in order.
local function message(parts, opts)
    local by, order = {}, {}
    for _, p in ipairs(parts) do
        if not by[p.attribute] then
            by[p.attribute] = {}
            order[#order + 1] = p.attribute
        end
        table.insert(by[p.attribute], p)
    end
    local out = {}
    for _, a in ipairs(order) do
        out[#out + 1] = attribute_message(a, by[a], opts)
    end
    return table.concat(out, " · ")
end

---------------------------------------------------------------------------
-- The check
---------------------------------------------------------------------------

-- Known facts that are not the document's own: the corpus's copy of the
-- document's file is older than the document. opts.same_file(a, b) says
-- whether two paths name one file (the CLI's "notes/a.md" and
-- "./notes/a.md"); default ==.
local function foreign(f, opts)
    local r = f.record
    if not opts.file or r.source == "ledger" or r.file == nil then return true end
    if opts.same_file then return not opts.same_file(r.file, opts.file) end
    return r.file ~= opts.file
end

-- A known figure as a message names it (the formatting: done only for
-- those a message can show).
local function other(g, opts)
    return {
        claimant = claimant(g.record),
        where = M.where(g.record, opts),
        figure = figures.format(g),
        fact = g,
        record = g.record,
    }
end

-- Whether known figure a is more worth naming than b next to the figure x
-- (relevant_less's order).
local function more_relevant(a, b, x)
    local sa, sb = SOURCE_RANK[a.record.source] or 9, SOURCE_RANK[b.record.source] or 9
    if sa ~= sb then return sa < sb end
    local da, db = distance(a, x), distance(b, x)
    if da ~= db then return da < db end
    return M.other_less({ record = a.record, fact = a }, { record = b.record, fact = b })
end

-- The known figures of facts as a message shows them, in other_less order:
-- every one when there are at most M.MAX_FULL (today's messages), else the
-- M.KEEP most relevant to x, picked in one pass (a bounded insertion: linear
-- in #facts), the others only counted by the caller.
local function shown_others(facts, x, opts)
    local pick = facts
    if #facts > M.MAX_FULL then
        pick = {}
        for _, g in ipairs(facts) do
            if #pick < M.KEEP or more_relevant(g, pick[#pick], x) then
                local i = math.min(#pick + 1, M.KEEP)
                pick[i] = g
                while i > 1 and more_relevant(pick[i], pick[i - 1], x) do
                    pick[i], pick[i - 1] = pick[i - 1], pick[i]
                    i = i - 1
                end
            end
        end
    end
    local out = {}
    for i, g in ipairs(pick) do
        out[i] = other(g, opts)
        out[i].distance = distance(g, x)
    end
    table.sort(out, pick ~= facts and relevant_less or M.other_less)
    return out
end

-- The known figures of one entity and attribute against the document's
-- fact x: { entity =, attribute =, others =, agrees =, n_others =,
-- n_agrees = } (others and agrees: those a message can show; n_*: all).
local function compare(x, list, tolerance, opts)
    local others, agrees = {}, {}
    for _, g in ipairs(list or {}) do
        if foreign(g, opts) then
            if conflicts.agree(x.fact, g, tolerance) then
                agrees[#agrees + 1] = g
            else
                others[#others + 1] = g
            end
        end
    end
    return {
        entity = x.entity,
        attribute = x.attribute,
        others = shown_others(others, x.fact, opts),
        agrees = shown_others(agrees, x.fact, opts),
        n_others = #others,
        n_agrees = #agrees,
    }
end

local function finding(c, qi, parts, opts, where)
    local disagrees = {}
    for _, p in ipairs(parts) do
        if #p.agrees == 0 then disagrees[#disagrees + 1] = p end
    end
    local others, agrees, left_others, left_agrees = gather(parts)
    local severity = #disagrees > 0 and "warning" or "info"
    if severity == "info" and not opts.agree then return nil end
    local shown = severity == "warning" and disagrees or parts
    local pos = where[qi]
        or { line = c.line, col = c.col or 1, end_line = c.line, end_col = (c.end_line == c.line and c.end_col) or nil }
    return {
        claim = c,
        quantity = c.quantities[qi],
        line = pos.line,
        col = pos.col,
        end_line = pos.end_line,
        end_col = pos.end_col,
        located = where[qi] ~= nil,
        severity = severity,
        message = message(shown, opts),
        entity = shown[1].entity,
        attribute = shown[1].attribute,
        others = others,
        agrees = agrees,
        n_others = #others + left_others,
        n_agrees = #agrees + left_agrees,
        parts = parts,
    }
end

--- The findings of a document (see the header), in document order.
--- opts: tolerance (default conflicts.DEFAULT_TOLERANCE), lookup, agree
--- (report agreeing figures too, as "info"), file (the document's path:
--- corpus facts of that file are left out; same_file(a, b) compares paths,
--- default ==), lines or line(n) (the source,
--- to place each figure), path(file) (corpus paths as the messages write
--- them), cache (see prepare), max_shown (other figures named per message).
function M.run(claims, known, opts)
    opts = opts or {}
    local tolerance = opts.tolerance or conflicts.DEFAULT_TOLERANCE
    if type(tolerance) ~= "number" or tolerance ~= tolerance or tolerance < 0 then
        error("tolerance must be a number >= 0, got " .. tostring(tolerance), 2)
    end
    local doc = M.prepare(claims, opts)
    local index = M.index(known, opts)
    local out = {}
    for i, c in ipairs(doc.claims) do
        local list = doc.facts[i]
        if list and #list > 0 then
            local by_q, order = {}, {}
            for _, x in ipairs(list) do
                local known_list = x.q and known_of(index, x.entity, x.attribute)
                if known_list then
                    local p = compare(x, known_list, tolerance, opts)
                    if p.n_others + p.n_agrees > 0 then
                        if not by_q[x.q] then
                            by_q[x.q] = {}
                            order[#order + 1] = x.q
                        end
                        table.insert(by_q[x.q], p)
                    end
                end
            end
            if #order > 0 then
                table.sort(order)
                local where = (opts.lines or opts.line) and M.locate(c, opts) or {}
                for _, qi in ipairs(order) do
                    out[#out + 1] = finding(c, qi, by_q[qi], opts, where)
                end
            end
        end
    end
    table.sort(out, function(a, b)
        if a.line ~= b.line then return a.line < b.line end
        return a.col < b.col
    end)
    return out
end

--- Findings as the lines compilers and linters write, the figure (as the
--- sentence gives it) before the message: "file:line:col: warning: $60
--- million: training cost of DeepSeek-V3 differs from ...".
function M.format(findings, file)
    local lines = {}
    for _, f in ipairs(findings or {}) do
        local figure = type(f.quantity) == "table" and type(f.quantity.text) == "string" and f.quantity.text or nil
        lines[#lines + 1] = string.format(
            "%s:%d:%d: %s: %s%s",
            file or "-",
            f.line or 0,
            f.col or 0,
            f.severity,
            figure and (figure:gsub("%s+", " ") .. ": ") or "",
            f.message
        )
    end
    return lines
end

--- True when any finding is a warning (a figure that disagrees).
function M.any_warning(findings)
    for _, f in ipairs(findings or {}) do
        if f.severity == "warning" then return true end
    end
    return false
end

return M
