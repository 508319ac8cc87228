-- deepseek_claims.lib.attributes: turns records into comparable facts, one per
-- (entity, attribute, figure): "DeepSeek-V3 training_cost_usd = 5.576M".
-- Pure Lua (no vim.*).
--
-- Ledger entries name their attribute; for claims found in text it is
-- inferred from the claim kind, the unit and the words next to the figure:
--   GPU hours -> gpu_hours, GPUs -> gpu_count, parameters -> parameter_count,
--   "USD per 1M tokens" -> price_per_1m_{input,output,cached_input}_tokens_usd
--   (or price_per_1m_tokens_usd when the text does not say), money + "train"
--   -> training_cost_<cur>, market + money + "wiped"/"lost" + "market value"
--   -> market_value_loss_<cur>, funding + "assets"/"manages" -> assets_<cur>,
--   "valuation"/"valued" -> valuation_<cur>, "spend"/"capital expenditure"
--   -> capex_<cur>. The keyword nearest the figure wins ("raised $600M in a
--   round that valued it at $2.5B": a round, then a valuation).
-- The entities a figure is about are the claim's "about" names mentioned
-- between the previous figure and this one (else those of the previous
-- figure: "took 2.788M GPU hours to train, at a cost of $5.6M"), less names
-- inside the figure ("2,048 Nvidia H800 GPUs": the chip is what is counted),
-- makers named before their products ("Nvidia H800", "Nvidia chips") and
-- kinds that cannot carry the attribute (a chip has no training cost); of
-- two names of one kind the nearer wins. Figures shared out among several
-- names ("between them", "each") give no fact.
--
--   local facts = attributes.facts(records, { lookup = core.lookup })
--   -- { entity=, attribute=, unit=, kind=, currency=, lo=, hi=, value=, value_max=,
--   --   qualifier=, text=, record= }

local M = {}

-- Entity kinds that can carry each attribute (by prefix); others: any kind.
local KINDS_FOR = {
    training_cost = { org = true, model = true },
    gpu_count = { org = true, model = true, product = true },
    gpu_hours = { org = true, model = true },
    parameter_count = { model = true },
    market_value = { org = true, product = true, person = true },
    assets = { org = true },
    valuation = { org = true },
    capex = { org = true, product = true },
    price_per_1m = { model = true, product = true }, -- an org sells many models
}

local function kinds_for(attribute)
    for prefix, kinds in pairs(KINDS_FOR) do
        if attribute:sub(1, #prefix) == prefix then return kinds end
    end
end

local figures = require("deepseek_claims.lib.figures")

-- The currency of a money amount (not a price), lowercase for the
-- attribute's name ("usd"), or nil: the quantity's own, as the engine gave
-- it (a ledger entry's from its unit).
local function money_currency(q)
    if figures.kind(q) ~= "money" then return nil end
    local code = figures.currency(q)
    return code and code:lower()
end

local function has(s, words)
    for _, w in ipairs(words) do
        if s:find(w) then return true end
    end
    return false
end

-- Keyword groups for money figures (Lua patterns over lowercase text).
local GROUPS = {
    {
        name = "training_cost",
        kinds = "notmoney",
        words = { "train", "final run", "to build", "development cost", "compute cost" },
    },
    {
        name = "market_value",
        kinds = "market",
        words = { "market value", "market cap", "stock market", "capitali[sz]ation", "fortune" },
    },
    { name = "assets", kinds = "funding", words = { "asset", "manag", "aum" } },
    { name = "valuation", kinds = "funding", words = { "valuation", "valued", "valuing" } },
    {
        name = "capex",
        kinds = "funding",
        words = { "spend", "capital expenditure", "capex", "capital projects", "infrastructure", "data cent" },
    },
    -- funding rounds: named so that they block the groups above, no attribute
    { name = "round", kinds = "funding", words = { "rais", "round", "funding", "%f[%a]from%f[%A]", "further" } },
}
local LOSS = { "wip", "eras", "lost", "los[ei]", "shed", "fell", "drop", "plung", "tumbl", "sank", "slump", "declin" }
local GAIN = { "added", "gain", "rose", "climb", "jump", "surg", "soar" }
local SHARED =
    { "between them", "combined", "in total", "collectively", "together", "%f[%a]each%f[%A]", "apiece", "altogether" }

local function group_fits(g, kind)
    if g.kinds == "notmoney" then return kind ~= "funding" and kind ~= "market" end
    return g.kinds == kind
end

-- The keyword group nearest the end of s (last = true) or its start.
local function nearest_group(s, kind, last)
    local best, best_at
    for _, g in ipairs(GROUPS) do
        if group_fits(g, kind) then
            for _, w in ipairs(g.words) do
                local from = 1
                while true do
                    local at, e = s:find(w, from)
                    if not at then break end
                    if not best_at or (last and at > best_at) or (not last and at < best_at) then
                        best, best_at = g, at
                    end
                    from = e + 1
                end
            end
        end
    end
    return best
end

-- The attribute of a money figure from its text before (back to the
-- previous figure), its clause after, and the sentence for a lone figure.
local function money_attribute(kind, cur, before, after, text, single)
    local g = nearest_group(before, kind, true)
        or nearest_group(after, kind, false)
        or (single and nearest_group(text, kind, false))
    if not g or g.name == "round" then return nil end
    if g.name == "market_value" then
        local near = before .. " " .. after
        if has(near, LOSS) then return "market_value_loss_" .. cur end
        if has(near, GAIN) then return "market_value_gain_" .. cur end
        return "market_value_" .. cur
    end
    return g.name .. "_" .. cur
end

-- Every byte position where one of names appears as a word in text
-- (plurals and possessives allowed: "H800s", "DeepSeek's"); pairs {s, e}.
local function mentions(text, names)
    local out = {}
    for _, n in ipairs(names) do
        local from = 1
        while n ~= "" do
            local s, e = text:find(n, from, true)
            if not s then break end
            local before = s > 1 and text:sub(s - 1, s - 1) or " "
            local after = text:sub(e + 1, e + 1)
            if after == "s" then after = text:sub(e + 2, e + 2) end
            if not before:find("[%w]") and not after:find("[%w]") then out[#out + 1] = { s, e } end
            from = e + 1
        end
    end
    table.sort(out, function(a, b)
        return a[1] < b[1]
    end)
    return out
end

-- Label of a per-token price from its own text and what follows it.
local function price_label(qtext, after)
    local s = (qtext or ""):lower()
    if s:find("cache") or after:lower():find("^[^%$]-cache") then return "cached_input" end
    if s:find("output") then return "output" end
    if s:find("input") then return "input" end
end

-- Labels of every per-token price of one claim. Unlabelled figures take the
-- labels of the labelled ones before them: in order with "respectively",
-- else the last one carries over.
local function price_labels(text, qs, after)
    local labels, seen, unl = {}, {}, 0
    local respectively = text:lower():find("respectively", 1, true) ~= nil
    for i, q in ipairs(qs) do
        if (q.unit or ""):find(" per ") then
            local l = price_label(q.text, after[i])
            if l then
                labels[i] = l
                if l ~= "cached_input" then seen[#seen + 1] = l end
            elseif #seen > 0 then
                unl = unl + 1
                labels[i] = respectively and seen[(unl - 1) % #seen + 1] or seen[#seen]
            end
        end
    end
    return labels
end

-- The clause after a figure: up to the next comma, semicolon or full stop.
local function clause(s)
    return s:match("^[^,;]*") or s
end

--- The attribute of each figure of a claim found in text (a list indexed
--- like r.quantities; nil where none is inferred), with each figure's byte
--- span in r.text ({s, e} or nil).
function M.infer(r)
    local text = r.text or ""
    local lower = text:lower()
    local qs = r.quantities or {}
    local span, from = {}, 1
    for i, q in ipairs(qs) do
        local s, e = nil, nil
        if q.text and q.text ~= "" then
            s, e = text:find(q.text, from, true)
        end
        if s then
            span[i] = { s, e }
            from = e + 1
        end
    end
    local before, after, rest = {}, {}, {}
    for i in ipairs(qs) do
        local bs = 1
        for j = i - 1, 1, -1 do
            if span[j] then
                bs = span[j][2] + 1
                break
            end
        end
        local ae = #text
        for j = i + 1, #qs do
            if span[j] then
                ae = span[j][1] - 1
                break
            end
        end
        if span[i] then
            before[i] = lower:sub(bs, span[i][1] - 1)
            rest[i] = lower:sub(span[i][2] + 1, ae)
        else
            before[i], rest[i] = "", ""
        end
        after[i] = clause(rest[i])
    end
    local labels = price_labels(text, qs, rest)
    local money = 0
    for _, q in ipairs(qs) do
        if money_currency(q) then money = money + 1 end
    end
    local attrs = {}
    for i, q in ipairs(qs) do
        local unit = q.unit or ""
        local a = q.attribute
        if not a and type(q.value) == "number" then
            local cur = unit:match("^(%u%u%u) per 1M tokens$")
            if unit == "GPU hours" then
                a = "gpu_hours"
            elseif unit == "GPUs" then
                a = "gpu_count"
            elseif unit == "parameters" then
                a = "parameter_count"
            elseif cur then
                a = "price_per_1m_" .. (labels[i] and (labels[i] .. "_") or "") .. "tokens_" .. cur:lower()
            elseif money_currency(q) then
                a = money_attribute(r.kind, money_currency(q), before[i], after[i], lower, money == 1)
            end
        end
        -- a figure shared out among several names says nothing about one
        if a and not has(before[i] .. " " .. after[i], SHARED) then attrs[i] = a end
    end
    return attrs, span
end

-- [lo, hi] of a quantity: "less than 6" is [0, 6], "more than 5" [5, inf].
local function bounds(q)
    local v, vmax = q.value, q.value_max or q.value
    if q.qualifier == "less_than" then return math.min(0, v), v end
    if q.qualifier == "more_than" then return v, math.huge end
    if q.qualifier == "range" then return math.min(v, vmax), math.max(v, vmax) end
    return v, v
end
M.bounds = bounds

local function new_fact(entity, attribute, q, r)
    local lo, hi = bounds(q)
    return {
        entity = entity,
        attribute = attribute,
        unit = q.unit or "",
        value = q.value,
        value_max = q.value_max,
        qualifier = q.qualifier or "exact",
        kind = q.kind,
        currency = q.currency,
        text = q.text,
        lo = lo,
        hi = hi,
        record = r,
    }
end

-- Resolves names to dictionary entries, cached.
local function resolver(lookup)
    local cache = {}
    return function(name)
        if cache[name] == nil then
            local d = false
            if lookup then
                local ok, res = pcall(lookup, name)
                if ok and type(res) == "table" then d = res end
            end
            cache[name] = d
        end
        return cache[name] or nil
    end
end

local MAKER_NOUNS = {
    "^'?s? ?chips?%f[%A]",
    "^'?s? ?gpus?%f[%A]",
    "^'?s? ?processors?%f[%A]",
    "^'?s? ?accelerators?%f[%A]",
    "^'?s? ?hardware%f[%A]",
    "^'?s? ?graphics",
}

-- Mentions of the claim's entities in text, each { s=, e=, name=, kind= },
-- in order; names inside a figure and makers before their products are left
-- out. The second value lists every name found in the text at all.
local function entity_mentions(r, span, resolve)
    local text = r.text or ""
    local lower = text:lower()
    local all = {}
    for _, name in ipairs(r.about or {}) do
        local d = resolve(name)
        local names = { name }
        for _, a in ipairs(d and d.aliases or {}) do
            names[#names + 1] = a
        end
        for _, m in ipairs(mentions(text, names)) do
            all[#all + 1] = { s = m[1], e = m[2], name = d and d.name or name, kind = d and d.kind or "org" }
        end
    end
    table.sort(all, function(a, b)
        return a.s < b.s or (a.s == b.s and a.e > b.e)
    end)
    local out, seen = {}, {}
    for _, m in ipairs(all) do
        seen[#seen + 1] = m.name
        local keep = true
        for _, sp in pairs(span) do
            if m.s >= sp[1] and m.e <= sp[2] then keep = false end
        end
        if keep and m.kind == "org" then
            local tail = lower:sub(m.e + 1, m.e + 24)
            if has(tail, MAKER_NOUNS) then keep = false end
            for _, o in ipairs(all) do
                -- "Nvidia H800", "Nvidia's H800": the org names the chip's maker
                if o ~= m and (o.kind == "chip" or o.kind == "product") and o.s > m.e and o.s <= m.e + 4 then
                    keep = false
                end
            end
        end
        if keep then out[#out + 1] = m end
    end
    return out, seen
end

-- The names of a candidate list that can carry the attribute; of several
-- names of one kind, the one nearest the figure (the last when the list
-- comes before it, the first when after).
local function pick(list, attribute, first)
    local allowed = kinds_for(attribute)
    local chosen, order = {}, {}
    for _, m in ipairs(list) do
        if not allowed or allowed[m.kind] then
            if not chosen[m.kind] then order[#order + 1] = m.kind end
            if not first or not chosen[m.kind] then chosen[m.kind] = m.name end
        end
    end
    local out = {}
    for _, k in ipairs(order) do
        out[#out + 1] = chosen[k]
    end
    return out
end

-- The names the figure i of a claim is about: see the header.
local function subjects(r, i, attribute, span, ments, resolve)
    local text = r.text or ""
    local function between(s, e)
        local out = {}
        for _, m in ipairs(ments) do
            if m.s >= s and m.e <= e then out[#out + 1] = m end
        end
        return out
    end
    -- the mentions before figure j, back to the previous figure; none when a
    -- pronoun follows the last of them ("a round led by Alibaba that valued
    -- it at ...": "it" is the company of the earlier figure)
    local function before(j)
        if not span[j] then return {} end
        local bs = 1
        for k = j - 1, 1, -1 do
            if span[k] then
                bs = span[k][2] + 1
                break
            end
        end
        local list = between(bs, span[j][1] - 1)
        if #list > 0 then
            local tail = text:sub(list[#list].e + 1, span[j][1] - 1):lower()
            if tail:find("%f[%a]its?%f[%A]") then return {} end
        end
        return list
    end
    for j = i, 1, -1 do
        local names = pick(before(j), attribute)
        if #names > 0 then return names end
    end
    if span[i] then
        -- the clause after the figure, past later figures ("$0.55 per million
        -- input tokens and $2.19 per million output tokens for R1")
        local after = text:sub(span[i][2] + 1)
        local names = pick(between(span[i][2] + 1, span[i][2] + #clause(after)), attribute, true)
        if #names > 0 then return names end
    end
    -- nothing near the figure: an "about" name the text never spells out
    -- (the engine resolved "the lab", "it"), when it is the only one of its
    -- kind; names seen elsewhere in the sentence belong to other figures
    local dropped = {}
    for _, n in ipairs(r.seen or {}) do
        dropped[n] = true
    end
    local allowed = kinds_for(attribute)
    local by_kind, order = {}, {}
    for _, name in ipairs(r.about or {}) do
        local d = resolve(name)
        local canonical, kind = d and d.name or name, d and d.kind or "org"
        if not dropped[canonical] and (not allowed or allowed[kind]) then
            if not by_kind[kind] then
                by_kind[kind] = {}
                order[#order + 1] = kind
            end
            table.insert(by_kind[kind], canonical)
        end
    end
    local out = {}
    for _, k in ipairs(order) do
        if #by_kind[k] == 1 then out[#out + 1] = by_kind[k][1] end
    end
    return out
end

-- Facts of a ledger record: its attribute (or each quantity's) applies to
-- every "about" entity (or the quantity's own "about") of a fitting kind.
local function ledger_facts(r, resolve, out)
    for _, q in ipairs(r.quantities) do
        local attribute = q.attribute or r.attribute
        if attribute and type(q.value) == "number" then
            local allowed = kinds_for(attribute)
            for _, name in ipairs(q.about or r.about or {}) do
                local d = resolve(name)
                if not allowed or allowed[d and d.kind or "org"] then
                    out[#out + 1] = new_fact(d and d.name or name, attribute, q, r)
                end
            end
        end
    end
end

-- Facts of a claim found in text (buffer or corpus): inferred attributes.
local function text_facts(r, resolve, out)
    local attrs, span = M.infer(r)
    if next(attrs) == nil then return end
    local ments, seen = entity_mentions(r, span, resolve)
    local ctx = { text = r.text, quantities = r.quantities, about = r.about, seen = seen }
    for i, q in ipairs(r.quantities or {}) do
        if attrs[i] then
            for _, name in ipairs(subjects(ctx, i, attrs[i], span, ments, resolve)) do
                out[#out + 1] = new_fact(name, attrs[i], q, r)
            end
        end
    end
end

--- The facts of a list of records. opts.lookup: name -> { name=, kind=,
--- aliases= } (default: the engine's core.lookup when it loads).
function M.facts(recs, opts)
    opts = opts or {}
    local lookup = opts.lookup
    if lookup == nil then
        local ok, core = pcall(require, "deepseek_claims.core")
        lookup = ok and type(core) == "table" and core.lookup or nil
    end
    local resolve = resolver(lookup)
    local out = {}
    for _, r in ipairs(recs or {}) do
        if r.source == "ledger" then
            ledger_facts(r, resolve, out)
        else
            text_facts(r, resolve, out)
        end
    end
    return out
end

return M
