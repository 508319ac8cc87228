-- deepseek_claims.lib.records: one record shape for claims from a buffer, a
-- corpus and ledgers, so conflicts and export need not care where a claim
-- came from. Pure Lua (no vim.*).
--
-- A record:
--   { source = "buffer" | "corpus" | "ledger",
--     file = "path", line = n, col = n,      -- where to jump (ledger: its line)
--     id = "slug" (ledger), claimant = "name" or nil, about = { "Name", ... },
--     kind = "cost", text = "...", hedged = bool,
--     quantities = { { text =, value =, value_max =, unit =, qualifier =, kind =,
--                      currency =, attribute = } },
--     benchmark = "AIME 2024 (Pass@1)" or nil, best = true or nil,  -- a table's score
--     attribute = "training_cost_usd" or nil, status = "claimed" or nil,
--     date = "YYYY-MM-DD" or nil, url = "https://..." or nil, note = "..." or nil }

local step = require("deepseek_claims.lib.step")

local M = {}

M.STATUSES = { "claimed", "confirmed", "disputed" }
M.KINDS = { "cost", "time", "hardware", "benchmark", "market", "funding", "policy", "quote", "other" }
M.QUALIFIERS = { "exact", "about", "less_than", "more_than", "range" }

local function set(list)
    local t = {}
    for _, v in ipairs(list) do
        t[v] = true
    end
    return t
end
M.is_status, M.is_kind, M.is_qualifier = set(M.STATUSES), set(M.KINDS), set(M.QUALIFIERS)

-- JSON null (a sentinel table from deepseek_claims.lib.json) and vim.NIL read as nil.
local json_null = require("deepseek_claims.lib.json").null
local function value(v)
    if v == json_null or type(v) == "userdata" then return nil end -- userdata: vim.NIL
    return v
end
M.value = value

local function str(v)
    v = value(v)
    if type(v) == "string" and v ~= "" then return v end
    return nil
end

local function copy_about(list)
    local out = {}
    for _, a in ipairs(type(list) == "table" and list or {}) do
        if type(a) == "string" then out[#out + 1] = a end
    end
    return out
end

local function copy_quantities(list)
    local out = {}
    for _, q in ipairs(type(list) == "table" and list or {}) do
        if type(q) == "table" then
            local v = tonumber(value(q.value))
            out[#out + 1] = {
                text = str(q.text),
                value = v,
                value_max = tonumber(value(q.value_max)) or v,
                unit = str(q.unit) or "",
                qualifier = str(q.qualifier) or "exact",
                kind = str(q.kind),
                currency = str(q.currency),
                attribute = str(q.attribute),
                about = type(q.about) == "table" and copy_about(q.about) or nil,
            }
        end
    end
    return out
end

--- A record from an engine claim (a document's or a corpus's).
--- source: "buffer" or "corpus"; file: the path (a corpus claim has its own).
function M.from_claim(c, source, file)
    return {
        source = source or "buffer",
        file = str(c.file) or file,
        line = c.line,
        col = c.col,
        end_line = c.end_line,
        end_col = c.end_col,
        claimant = str(c.claimant),
        about = copy_about(c.about),
        kind = str(c.kind) or "other",
        text = str(c.text) or "",
        hedged = value(c.hedged) == true,
        quantities = copy_quantities(c.quantities),
        benchmark = str(c.benchmark),
        best = value(c.best) == true or nil,
    }
end

--- A record from a ledger entry (see deepseek_claims.lib.ledger: ledger_file and
--- ledger_line say where it was read).
function M.from_entry(e)
    return {
        source = "ledger",
        file = e.ledger_file,
        line = e.ledger_line,
        col = 1,
        id = str(e.id),
        claimant = str(e.claimant),
        about = copy_about(e.about),
        kind = str(e.kind) or "other",
        text = str(e.text) or "",
        hedged = value(e.hedged) == true,
        quantities = copy_quantities(e.quantities),
        benchmark = str(e.benchmark),
        attribute = str(e.attribute),
        status = str(e.status),
        date = str(e.date),
        url = str(e.source),
        note = str(e.note),
        source_file = str(e.source_file),
        source_line = tonumber(value(e.source_line)),
    }
end

--- Records from a list of claims.
function M.from_claims(claims, source, file)
    local out = {}
    for _, c in ipairs(claims or {}) do
        out[#out + 1] = M.from_claim(c, source, file)
        step.tick()
    end
    return out
end

--- Records from a corpus (the core's userdata, or a list of its claims).
function M.from_corpus(corpus)
    local claims = corpus
    if type(corpus) ~= "table" then claims = corpus:claims() end
    return M.from_claims(claims, "corpus")
end

--- Records from a loaded ledger ({ entries = ... } or a list of entries).
function M.from_ledger(ledger)
    local out = {}
    for _, e in ipairs(ledger and (ledger.entries or ledger) or {}) do
        out[#out + 1] = M.from_entry(e)
    end
    return out
end

--- Every record of a buffer, a corpus and ledgers, in that order.
--- sets = { buffer = { claims =, file = }, corpus = corpus or list, ledgers = { ledger... } }.
--- Corpus claims of the buffer's own file are left out: the buffer is fresher.
function M.collect(sets)
    local out = {}
    local bfile = sets.buffer and sets.buffer.file
    if sets.buffer then
        for _, r in ipairs(M.from_claims(sets.buffer.claims, "buffer", bfile)) do
            out[#out + 1] = r
        end
    end
    if sets.corpus then
        for _, r in ipairs(M.from_corpus(sets.corpus)) do
            if not bfile or r.file ~= bfile then out[#out + 1] = r end
        end
    end
    for _, l in ipairs(sets.ledgers or {}) do
        for _, r in ipairs(M.from_ledger(l)) do
            out[#out + 1] = r
        end
    end
    return out
end

return M
