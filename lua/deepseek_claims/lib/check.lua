-- deepseek_claims.lib.check: a document's figures against what is known. Each
-- figure of a claim that maps to an attribute (training_cost_usd, gpu_count,
-- ...: lib/attributes) is compared with the figures the ledgers and a corpus
-- hold for the same entity and attribute, within a tolerance (lib/conflicts:
-- intervals that overlap, or a gap of at most `tolerance` of the larger
-- end). Pure Lua (no vim.*): the CLI's --check and Neovim's diagnostics
-- call it.
--
--   local check = require("deepseek_claims.lib.check")
--   local known = check.known(records, { lookup = core.lookup })  -- ledger and corpus records
--   local findings = check.find(doc:claims(), known, {
--       source = text,        -- the document's text (or lines = {...}): each figure's exact columns
--       file = "notes/x.md",  -- the document's own claims in the corpus are not "known"
--       tolerance = 0.25, agree = false, lookup = core.lookup,
--   })
--
-- A finding, one per figure (of a claim, with what is known about it):
--   { claim = <the claim as given>, quantity = <its quantity>, index = <of the quantity>,
--     entity = "DeepSeek-V3", entities = { <each entity the figure is about and
--     something is known of> }, attribute = "training_cost_usd",
--     line =, col =, end_line =, end_col =,  -- the figure in the source: 1-based, byte
--                                             -- columns, end_col its last byte (the engine's
--                                             -- spans); the claim's start when unknown
--     exact = true,                          -- false: the figure was not found in the source
--     severity = "warn" | "info",            -- warn: for an entity no known figure
--                                             -- agrees and some differ; info: agrees
--                                             -- (only with opts.agree)
--     figure = "$60M",
--     message = "differs from DeepSeek (ledger, arXiv 2412.19437): $5.576M; SemiAnalysis (...): ≥$500M",
--     others = { { figure =, claimant =, source = "ledger" | "corpus", where =, agrees =,
--                  fact =, record = }, ... } }  -- the figures compared: disagreeing first
-- Findings come in document order. Figures with nothing known about them
-- give none.

local attributes = require("deepseek_claims.lib.attributes")
local conflicts = require("deepseek_claims.lib.conflicts")
local figures = require("deepseek_claims.lib.figures")
local records = require("deepseek_claims.lib.records")

local M = {}

M.MAX_OTHERS = 4 -- in a message; `others` holds them all

---------------------------------------------------------------------------
-- What is known
---------------------------------------------------------------------------

-- Resolves a name to its canonical one (lookup: name -> { name = }).
local function canonical(lookup, cache, name)
    if cache[name] == nil then
        local ok, d = pcall(lookup or function() end, name)
        cache[name] = ok and type(d) == "table" and d.name or name
    end
    return cache[name]
end

-- The canonical names a record's figures can be about.
local function names_of(r, lookup, cache)
    local out = {}
    for _, a in ipairs(r.about or {}) do
        out[#out + 1] = canonical(lookup, cache, a)
    end
    for _, q in ipairs(r.quantities or {}) do
        for _, a in ipairs(q.about or {}) do
            out[#out + 1] = canonical(lookup, cache, a)
        end
    end
    return out
end

--- What is known, from records (lib/records: ledger entries, corpus claims),
--- prepared for check.find: facts are worked out per entity, when a
--- document first asks about it. opts.lookup: as lib/attributes takes it;
--- opts.more(entity): more records about an entity, asked once each (a
--- corpus too big to turn into records whole).
function M.known(recs, opts)
    opts = opts or {}
    local k = { lookup = opts.lookup, more = opts.more, by_name = {}, facts = {}, names = {} }
    for _, r in ipairs(recs or {}) do
        local seen = {}
        for _, n in ipairs(names_of(r, k.lookup, k.names)) do
            if not seen[n] then
                seen[n] = true
                k.by_name[n] = k.by_name[n] or {}
                table.insert(k.by_name[n], r)
            end
        end
    end
    return k
end

-- The known facts about an entity and attribute.
local function known_facts(k, entity, attribute)
    local facts = k.facts[entity]
    if not facts then
        local recs = {}
        for _, r in ipairs(k.by_name[entity] or {}) do
            recs[#recs + 1] = r
        end
        if k.more then
            local ok, extra = pcall(k.more, entity)
            for _, r in ipairs(ok and type(extra) == "table" and extra or {}) do
                recs[#recs + 1] = r
            end
        end
        facts = {}
        for _, f in ipairs(attributes.facts(recs, { lookup = k.lookup })) do
            if f.entity == entity then
                facts[f.attribute] = facts[f.attribute] or {}
                table.insert(facts[f.attribute], f)
            end
        end
        k.facts[entity] = facts
    end
    return facts[attribute] or {}
end

---------------------------------------------------------------------------
-- Where a figure is in the source
---------------------------------------------------------------------------

-- What markdown may put between the characters of a figure ("\$5.6",
-- "**$5.6** million").
local MARKUP = "[\\*_~`]*"

-- A Lua pattern for a figure's text that lets markup in between, and any
-- run of spaces (a line break too) where the text has one.
local function figure_pattern(text)
    local parts = {}
    for ch in text:gmatch("[\1-\127\194-\244][\128-\191]*") do
        if ch:match("^%s$") then
            parts[#parts + 1] = "%s+"
        else
            parts[#parts + 1] = (ch:gsub("[%^%$%(%)%%%.%[%]%*%+%-%?]", "%%%0"))
        end
    end
    return table.concat(parts, MARKUP)
end

-- The n-th match of pattern in s from init: start and end, or nil.
local function nth_find(s, pattern, n)
    local from = 1
    for k = 1, n do
        local a, b = s:find(pattern, from)
        if not a then return nil end
        if k == n then return a, b end
        from = b + 1
    end
end

-- How many times the figure's text comes before position `before` of the
-- claim's text: the occurrence to look for in the source.
local function occurrence(text, qtext, before)
    local n, from = 0, 1
    while true do
        local a, b = text:find(qtext, from, true)
        if not a or a >= before then break end
        n = n + 1
        from = b + 1
    end
    return n + 1
end

-- Line and column of byte k (1-based) of region, which starts at the
-- claim's line and column.
local function position(region, k, line, col)
    local nl, last = 0, nil
    for i in region:sub(1, k - 1):gmatch("()\n") do
        nl, last = nl + 1, i
    end
    if nl == 0 then return line, col + k - 1 end
    return line + nl, k - last
end

-- The byte offset (1-based) of line and col in source.
local function offset(source, line, col)
    local at = 1
    for _ = 2, line do
        at = source:find("\n", at, true)
        if not at then return nil end
        at = at + 1
    end
    return at + col - 1
end

-- The claim's sentence in the source (from its byte and len, else from
-- its line and column span, as a record has it).
local function sentence(c, source)
    if c.byte and c.len then return source:sub(c.byte + 1, c.byte + c.len) end
    if not (c.line and c.col and c.end_line and c.end_col) then return nil end
    local a, b = offset(source, c.line, c.col), offset(source, c.end_line, c.end_col)
    return a and b and source:sub(a, b) or nil
end

-- The figure's place in the source: line, col, end_line, end_col, exact.
local function locate(c, q, at, source)
    local line, col = c.line or 1, c.col or 1
    local region = source and q.text and q.text ~= "" and sentence(c, source)
    if not region then return line, col, line, col, false end
    local a, b = nth_find(region, figure_pattern(q.text), occurrence(c.text or "", q.text, at or 1))
    if not a then
        a, b = nth_find(region, figure_pattern(q.text), 1)
    end
    if not a then return line, col, line, col, false end
    local l1, c1 = position(region, a, line, col)
    local l2, c2 = position(region, b, line, col)
    return l1, c1, l2, c2, true
end

---------------------------------------------------------------------------
-- Findings
---------------------------------------------------------------------------

-- "arXiv 2412.19437", "semianalysis.com", or the ledger's file and line.
local function where(r)
    local url = r.url
    if type(url) == "string" and url ~= "" then
        local id = url:match("arxiv%.org/abs/([%w%.%-/]+)") or url:match("arxiv%.org/pdf/([%w%.%-]+)")
        if id then return "arXiv " .. id:gsub("%.pdf$", ""):gsub("v%d+$", "") end
        local host = url:match("^%a[%w+.-]*://([^/?#]+)")
        if host then return (host:gsub("^www%.", "")) end
        return url
    end
    if r.file then return tostring(r.file) .. (r.line and (":" .. r.line) or "") end
    return "?"
end

local SOURCE_RANK = { ledger = 1, corpus = 2, buffer = 3 }

local function other_of(g, agrees)
    local r = g.record
    return {
        figure = figures.format(g),
        claimant = conflicts.claimant(r),
        source = r.source or "?",
        where = where(r),
        agrees = agrees,
        fact = g,
        record = r,
    }
end

local function other_less(a, b)
    if a.agrees ~= b.agrees then return not a.agrees end
    local ra, rb = SOURCE_RANK[a.source] or 9, SOURCE_RANK[b.source] or 9
    if ra ~= rb then return ra < rb end
    if a.fact.lo ~= b.fact.lo then return a.fact.lo < b.fact.lo end
    return a.where < b.where
end

-- "DeepSeek (ledger, arXiv 2412.19437): $5.576M; SemiAnalysis (ledger,
-- semianalysis.com): ≥$500M", the same claimant, source and figure once.
local function describe(list)
    local parts, seen, shown = {}, {}, 0
    for _, o in ipairs(list) do
        local s = string.format("%s (%s, %s): %s", o.claimant, o.source, o.where, o.figure)
        if not seen[s] then
            seen[s] = true
            if shown < M.MAX_OTHERS then parts[#parts + 1] = s end
            shown = shown + 1
        end
    end
    if shown > M.MAX_OTHERS then parts[#parts + 1] = string.format("and %d more", shown - M.MAX_OTHERS) end
    return table.concat(parts, "; ")
end

-- Whether a known fact is the document's own claim (the file scanned in
-- the corpus too, or the very record).
local function own(g, rec, opts)
    local r = g.record
    if r == rec then return true end
    if r.source == "ledger" or not opts.file or not r.file then return false end
    local same = opts.same_file or function(a, b)
        return a == b
    end
    return same(r.file, opts.file)
end

-- The quantity of rec a fact comes from: the first one of its text and
-- value without facts for this entity yet (a figure gives one fact per
-- entity; two equal figures of one sentence, one each).
local function quantity_index(rec, f, by_figure)
    local first
    for i, q in ipairs(rec.quantities) do
        if q.text == f.text and q.value == f.value then
            first = first or i
            local taken = false
            for _, g in ipairs(by_figure[i] or {}) do
                taken = taken or g.entity == f.entity
            end
            if not taken then return i end
        end
    end
    return first
end

-- What is known about one fact of a claim: the figures that agree with it
-- and those that do not.
local function compare(rec, f, known, opts)
    local differ, agree = {}, {}
    for _, g in ipairs(known_facts(known, f.entity, f.attribute)) do
        if not own(g, rec, opts) then
            if conflicts.agree(f, g, opts.tolerance) then
                agree[#agree + 1] = other_of(g, true)
            else
                differ[#differ + 1] = other_of(g, false)
            end
        end
    end
    return differ, agree
end

-- A figure's finding from the comparisons of its facts (one per entity it
-- is about), or nil. It warns when, for some entity, no known figure agrees
-- and some differ: a figure one source gives is not flagged because another
-- source estimates otherwise (the ledgers disagree among themselves).
local function finding(c, rec, spans, i, facts, known, opts)
    local warn_list, agree_list, others, seen = {}, {}, {}, {}
    local entities = {}
    for _, f in ipairs(facts) do
        local differ, agree = compare(rec, f, known, opts)
        if #differ + #agree > 0 then entities[#entities + 1] = f.entity end
        if #agree == 0 then
            for _, o in ipairs(differ) do
                warn_list[#warn_list + 1] = o
            end
        end
        for _, o in ipairs(agree) do
            agree_list[#agree_list + 1] = o
        end
        for _, list in ipairs({ differ, agree }) do
            for _, o in ipairs(list) do
                if not seen[o.fact] then
                    seen[o.fact] = true
                    others[#others + 1] = o
                end
            end
        end
    end
    local warn = #warn_list > 0
    if not warn and not (opts.agree and #agree_list > 0) then return nil end
    table.sort(others, other_less)
    table.sort(warn_list, other_less)
    table.sort(agree_list, other_less)
    local q = (c.quantities or {})[i] or rec.quantities[i]
    local line, col, end_line, end_col, exact = locate(c, q or {}, spans[i], opts.source)
    return {
        claim = c,
        quantity = q,
        index = i,
        entity = entities[1] or facts[1].entity,
        entities = entities,
        attribute = facts[1].attribute,
        line = line,
        col = col,
        end_line = end_line,
        end_col = end_col,
        exact = exact,
        severity = warn and "warn" or "info",
        figure = figures.format(facts[1]),
        message = warn and ("differs from " .. describe(warn_list)) or ("agrees with " .. describe(agree_list)),
        others = others,
    }
end

-- Where each figure of rec starts in its text (as lib/attributes finds them).
local function figure_starts(rec)
    local starts, from = {}, 1
    for i, q in ipairs(rec.quantities) do
        if q.text and q.text ~= "" then
            local a, b = (rec.text or ""):find(q.text, from, true)
            if a then
                starts[i] = a
                from = b + 1
            end
        end
    end
    return starts
end

--- The findings for a document's claims (engine claim tables or records)
--- against what is known (check.known(), or a list of records). opts:
--- tolerance (default 0.25), agree (also figures that agree, severity
--- "info"), source (the document's text) or lines (its lines), file (the
--- document's path: its own claims among the known ones are left out),
--- same_file(a, b) (how paths compare; default ==), lookup. See the header.
function M.find(claims, known, opts)
    opts = opts or {}
    local tolerance = opts.tolerance or conflicts.DEFAULT_TOLERANCE
    if type(tolerance) ~= "number" or tolerance ~= tolerance or tolerance < 0 then
        error("tolerance must be a number >= 0, got " .. tostring(tolerance), 2)
    end
    if type(known) ~= "table" or not known.by_name then known = M.known(known, { lookup = opts.lookup }) end
    local o = {
        tolerance = tolerance,
        agree = opts.agree,
        file = opts.file,
        same_file = opts.same_file,
        source = opts.source or (type(opts.lines) == "table" and table.concat(opts.lines, "\n")) or nil,
    }
    local out = {}
    for _, c in ipairs(claims or {}) do
        local rec = c.source and c.quantities and c or records.from_claim(c, "buffer", opts.file)
        local spans = figure_starts(rec)
        local by_figure, order = {}, {}
        for _, f in ipairs(attributes.facts({ rec }, { lookup = known.lookup or opts.lookup })) do
            local i = quantity_index(rec, f, by_figure)
            if i then
                if not by_figure[i] then order[#order + 1] = i end
                by_figure[i] = by_figure[i] or {}
                table.insert(by_figure[i], f)
            end
        end
        for _, i in ipairs(order) do
            out[#out + 1] = finding(c, rec, spans, i, by_figure[i], known, o)
        end
    end
    table.sort(out, function(a, b)
        if a.line ~= b.line then return a.line < b.line end
        if a.col ~= b.col then return a.col < b.col end
        return a.entity < b.entity
    end)
    return out
end

return M
