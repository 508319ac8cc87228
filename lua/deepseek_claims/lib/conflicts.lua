-- deepseek_claims.lib.conflicts: claims about the same entity and attribute
-- whose figures disagree, across a buffer, a corpus and ledgers. Pure Lua.
--
--   local conflicts = require("deepseek_claims.lib.conflicts")
--   local recs = conflicts.records({ buffer = { claims =, file = }, corpus = corpus, ledgers = { L } })
--   local list = conflicts.find(recs, { tolerance = 0.25, lookup = core.lookup, entity = "DeepSeek" })
--   for _, line in ipairs(conflicts.format(list)) do print(line) end
--
-- A conflict: { entity =, attribute =, unit =, facts = { fact... },
--   clusters = { { lo =, hi =, facts = { fact... } }, ... } } where each
-- cluster holds facts that agree and clusters disagree with each other; a
-- fact is { value =, value_max =, qualifier =, unit =, kind =, currency =, lo =, hi =,
-- text =, record = }
-- (see deepseek_claims.lib.attributes; record has claimant, source, file, line,
-- url).
--
-- Two figures agree when their intervals ("less than 6" is [0, 6], "more
-- than 500" is [500, inf], a range is itself) overlap, or the gap between
-- them is at most `tolerance` (relative, default 0.25) of the larger end.
-- Figures of one claim never conflict with each other (a sentence giving an
-- input and an output price is not disagreeing with itself). Benchmark
-- scores ("benchmark:AIME 2024 (Pass@1)", see deepseek_claims.lib.attributes)
-- take no tolerance: each stands for what rounds to it as written, and two
-- documents that give one model different scores on one benchmark conflict.

local records = require("deepseek_claims.lib.records")
local attributes = require("deepseek_claims.lib.attributes")
local figures = require("deepseek_claims.lib.figures")

local step = require("deepseek_claims.lib.step")

local M = {}

M.DEFAULT_TOLERANCE = 0.25

M.records = records.collect

--- True when facts a and b agree within the tolerance.
function M.agree(a, b, tolerance)
    tolerance = tolerance or M.DEFAULT_TOLERANCE
    local lo = math.max(a.lo, b.lo)
    local hi = math.min(a.hi, b.hi)
    if lo <= hi then return true end -- the intervals overlap
    local gap = lo - hi
    return gap <= tolerance * math.max(math.abs(lo), math.abs(hi))
end

local SOURCE_RANK = { buffer = 1, corpus = 2, ledger = 3 }

-- A record's identity, so that two figures of one claim are known as such.
local function record_key(r)
    return (r.source or "") .. "\0" .. tostring(r.file) .. "\0" .. tostring(r.line) .. "\0" .. (r.text or "")
end

-- Deterministic order of facts: by value, then where they come from.
local function fact_less(a, b)
    if a.lo ~= b.lo then return a.lo < b.lo end
    if a.hi ~= b.hi then return a.hi < b.hi end
    local ra, rb = a.record, b.record
    local sa, sb = SOURCE_RANK[ra.source] or 9, SOURCE_RANK[rb.source] or 9
    if sa ~= sb then return sa < sb end
    if tostring(ra.file) ~= tostring(rb.file) then return tostring(ra.file) < tostring(rb.file) end
    if (ra.line or 0) ~= (rb.line or 0) then return (ra.line or 0) < (rb.line or 0) end
    return (a.text or "") < (b.text or "")
end

-- Drops repeated facts: one figure of one claim counted twice (the same
-- file open in a buffer and scanned in the corpus is already removed by
-- records.collect; this catches a ledger loaded twice and the like).
local function dedupe(facts)
    local seen, out = {}, {}
    for _, f in ipairs(facts) do
        local r = f.record
        local key = table.concat(
            { f.entity, f.attribute, tostring(f.lo), tostring(f.hi), r.id or "", r.id and "" or record_key(r) },
            "\0"
        )
        if not seen[key] then
            seen[key] = true
            out[#out + 1] = f
        end
        step.tick()
    end
    return out
end

-- Groups sorted facts into clusters of mutually agreeing figures: each
-- fact joins the first cluster all of whose facts it agrees with, else
-- starts one. This is the definition, comparing every pair: quadratic, kept
-- for the inputs the fast path below cannot take.
local function cluster_exhaustive(facts, tolerance)
    local clusters = {}
    for _, f in ipairs(facts) do
        local home
        for _, c in ipairs(clusters) do
            local ok = true
            for _, g in ipairs(c.facts) do
                if not M.agree(f, g, tolerance) then
                    ok = false
                    break
                end
            end
            if ok then
                home = c
                break
            end
        end
        if not home then
            home = { facts = {}, lo = f.lo, hi = f.hi }
            clusters[#clusters + 1] = home
        end
        home.facts[#home.facts + 1] = f
        home.lo = math.min(home.lo, f.lo)
        home.hi = math.max(home.hi, f.hi)
    end
    return clusters
end

-- Whether the linear clustering gives the definition's answer. Facts come
-- sorted by lo, so a new fact f starts at or after every earlier g, and
-- agree(f, g) depends on g only through g.hi: they overlap when g.hi >=
-- f.lo, else the gap f.lo - g.hi is weighed against max(|f.lo|, |g.hi|).
-- With tolerance < 1, or no negative figure, agreeing is monotone in g.hi
-- (a higher g.hi never agrees less) and in f.lo (a later fact never agrees
-- more). So f agrees with all of a cluster when it agrees with the
-- cluster's fact of lowest hi, and a cluster that one fact cannot join no
-- later fact can join either.
local function monotone(facts, tolerance)
    for _, f in ipairs(facts) do
        local lo, hi = f.lo, f.hi
        if
            type(lo) ~= "number"
            or type(hi) ~= "number"
            or lo ~= lo
            or hi ~= hi
            or lo > hi
            or lo == math.huge
            or lo == -math.huge
        then
            return false
        end
        if tolerance >= 1 and lo < 0 then return false end
    end
    return true
end

-- The same clusters as cluster_exhaustive, in linear time after the sort:
-- each cluster is checked against its fact of lowest hi, and clusters a
-- fact could not join are passed over for good (first is the first one
-- still open).
local function cluster(facts, tolerance)
    if not monotone(facts, tolerance) then return cluster_exhaustive(facts, tolerance) end
    local clusters, lowest, first = {}, {}, 1
    for _, f in ipairs(facts) do
        local home
        local i = first
        while i <= #clusters do
            if M.agree(f, lowest[i], tolerance) then
                home = clusters[i]
                break
            end
            if i == first then first = i + 1 end
            i = i + 1
        end
        if not home then
            home = { facts = {}, lo = f.lo, hi = f.hi }
            clusters[#clusters + 1] = home
            lowest[#clusters] = f
            i = #clusters
        end
        home.facts[#home.facts + 1] = f
        home.lo = math.min(home.lo, f.lo)
        home.hi = math.max(home.hi, f.hi)
        if f.hi < lowest[i].hi then lowest[i] = f end
    end
    return clusters
end

-- True when two facts in different clusters come from different claims:
-- that fails only when every fact of every cluster has one claim (if a and
-- b in two clusters share a claim and c has another, c differs from one).
local function disagree_across_claims(clusters)
    if #clusters < 2 then return false end
    local key
    for _, c in ipairs(clusters) do
        for _, f in ipairs(c.facts) do
            local k = record_key(f.record)
            if key == nil then
                key = k
            elseif k ~= key then
                return true
            end
        end
    end
    return false
end

--- The conflicts among records. opts: tolerance (default 0.25), lookup
--- (name -> dictionary entry; default core.lookup), entity (only this
--- canonical name), attribute (only this one), facts (precomputed facts),
--- exhaustive (compare every pair of facts: the quadratic definition the
--- fast clustering must match; for tests). Sorted by entity
--- (case-insensitive), then attribute. O(n log n) in the facts.
function M.find(recs, opts)
    opts = opts or {}
    local tolerance = opts.tolerance or M.DEFAULT_TOLERANCE
    if type(tolerance) ~= "number" or tolerance < 0 then
        error("tolerance must be a number >= 0, got " .. tostring(tolerance), 2)
    end
    local facts = opts.facts or attributes.facts(recs, { lookup = opts.lookup })
    local want = opts.entity
    if want and opts.lookup then
        local ok, d = pcall(opts.lookup, want)
        if ok and type(d) == "table" and d.name then want = d.name end
    end
    local groups, order = {}, {}
    for _, f in ipairs(dedupe(facts)) do
        if (not want or f.entity == want) and (not opts.attribute or f.attribute == opts.attribute) then
            local key = f.entity .. "\0" .. (f.attribute_key or f.attribute)
            if not groups[key] then
                groups[key] = { entity = f.entity, attribute = f.attribute, unit = f.unit, facts = {} }
                order[#order + 1] = key
            end
            table.insert(groups[key].facts, f)
        end
    end
    local out = {}
    for _, key in ipairs(order) do
        local g = groups[key]
        table.sort(g.facts, fact_less)
        local tol = attributes.is_benchmark(g.attribute) and 0 or tolerance
        g.clusters = (opts.exhaustive and cluster_exhaustive or cluster)(g.facts, tol)
        if #g.clusters > 1 and disagree_across_claims(g.clusters) then out[#out + 1] = g end
    end
    table.sort(out, function(a, b)
        local ea, eb = a.entity:lower(), b.entity:lower()
        if ea ~= eb then return ea < eb end
        if a.entity ~= b.entity then return a.entity < b.entity end
        return a.attribute < b.attribute
    end)
    return out
end

--- The conflicts that involve an entity (canonical name), from a list.
function M.about(list, name)
    local out = {}
    for _, c in ipairs(list or {}) do
        if c.entity == name then out[#out + 1] = c end
    end
    return out
end

---------------------------------------------------------------------------
-- Text
---------------------------------------------------------------------------

--- Where a fact's claim comes from: "ledger data/ledger.jsonl:12 (https://...)".
--- path: shows a file's path (default: as it is).
function M.where(r, path)
    local s = (r.source or "?") .. " " .. (r.file and (path and path(r.file) or r.file) or "?")
    if r.line then s = s .. ":" .. r.line end
    if r.url then s = s .. " " .. r.url end
    return s
end

--- A short claimant: the claimant, "(article)" or "(passive)".
function M.claimant(r)
    if r.claimant == nil then return "(passive)" end
    if r.claimant == "article" then return "(article)" end
    return r.claimant
end

-- The columns of a string, counting UTF-8 characters, not bytes ("¥2" is
-- two columns); the figures and names here have no double-width characters.
local function width(s)
    return select(2, s:gsub("[^\128-\191]", ""))
end

-- Pads to n columns, or cuts to n ending with "…".
local function fit(s, n)
    local w = width(s)
    if w <= n then return s .. string.rep(" ", n - w) end
    local out, cols = {}, 0
    for ch in s:gmatch("[^\128-\191][\128-\191]*") do
        if cols == n - 1 then break end
        out[#out + 1], cols = ch, cols + 1
    end
    return table.concat(out) .. "…"
end

M.MAX_CLAIMANT = 28 -- columns of the claimant column at most: longer names are cut

--- The conflicts as lines of text, side by side:
---   DeepSeek · gpu_count: 2 views
---     2,048 GPUs     DeepSeek        ledger data/ledger.jsonl:3 https://...
---   ≠ ~50,000 GPUs   Alexandr Wang   corpus notes/x.md:19
--- (the first fact of each view after the first is marked "≠"). The figure
--- and claimant columns are 18 and 24 columns wide, a longer entry pushing
--- the rest of its row (the CLI's text); with opts.fit, as wide as their
--- widest entry in the list, the claimant's at most MAX_CLAIMANT (a longer
--- one is cut with "…"), so the rest of a row never shifts. opts.path
--- shows a file's path.
function M.format(list, opts)
    opts = opts or {}
    local fw, cw = 18, 24
    if opts.fit then
        fw, cw = 0, 0
        for _, c in ipairs(list or {}) do
            for _, cl in ipairs(c.clusters) do
                for _, f in ipairs(cl.facts) do
                    fw = math.max(fw, width(figures.format(f)))
                    cw = math.max(cw, width(M.claimant(f.record)))
                end
            end
        end
        cw = math.min(cw, M.MAX_CLAIMANT)
    end
    local sep = opts.fit and "  " or " "
    local cell = opts.fit and fit
        or function(x, n)
            local w = width(x)
            return w >= n and x or x .. string.rep(" ", n - w)
        end
    local lines = {}
    for _, c in ipairs(list or {}) do
        lines[#lines + 1] = string.format("%s · %s: %d views", c.entity, c.attribute, #c.clusters)
        for ci, cl in ipairs(c.clusters) do
            for fi, f in ipairs(cl.facts) do
                local mark = fi == 1 and (ci == 1 and "  " or "≠ ") or "  "
                local status = f.record.status and (" [" .. f.record.status .. "]") or ""
                lines[#lines + 1] = "  "
                    .. mark
                    .. cell(figures.format(f), fw)
                    .. sep
                    .. cell(M.claimant(f.record), cw)
                    .. sep
                    .. M.where(f.record, opts.path)
                    .. status
            end
        end
    end
    return lines
end

return M
