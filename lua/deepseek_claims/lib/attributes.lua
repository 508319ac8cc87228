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
-- Benchmark scores (claims of kind benchmark) get an attribute per benchmark,
-- "benchmark:AIME 2024 (Pass@1)": a table's cell from its row or column name
-- (the claim's `benchmark`), a score in prose from the name after it ("79.8%
-- on AIME 2024") or before it ("an MMLU score of 88.5"). Names compare
-- folded ("GPQA-Diamond" is "GPQA Diamond"); a score whose metric the text
-- does not say joins the one metric the same model's other scores of that
-- benchmark have. Scores agree only when equal as written: "79.8" and "80"
-- agree (80 may be 79.8 rounded), "79.8" and "79.5" do not.
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

local step = require("deepseek_claims.lib.step")

local M = {}

-- Entity kinds that can carry each attribute (by prefix); others: any kind.
local KINDS_FOR = {
    ["benchmark:"] = { model = true, product = true },
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

---------------------------------------------------------------------------
-- Benchmarks
---------------------------------------------------------------------------

M.BENCHMARK = "benchmark:"

local function collapse(s)
    return (s:gsub("%s+", " "):gsub("^ ", ""):gsub(" $", ""))
end

-- "AIME 2024 (Pass@1)" -> "AIME 2024", "Pass@1"; the metric may also come
-- from the figure's unit ("EM", "rating"; "%" says nothing).
local function split_benchmark(name, unit)
    name = collapse(name:gsub("[%*_`]", ""):gsub("%[%^?%w*%]", ""))
    local base, metric = name:match("^(.-)%s*%(([^()]+)%)$")
    base, metric = base or name, metric and collapse(metric)
    if not metric and unit and unit ~= "" and unit ~= "%" then metric = unit end
    return base, metric
end

-- The attribute of a score: "benchmark:AIME 2024 (Pass@1)".
local function benchmark_attribute(base, metric)
    return M.BENCHMARK .. base .. (metric and (" (" .. metric .. ")") or "")
end

-- The grouping key of an attribute: a benchmark's folded ("benchmark:aime
-- 2024|pass@1"), any other as it is.
local function fold(s)
    return collapse((s or ""):lower():gsub("[^%w@%.]+", " "))
end
function M.attribute_key(attribute)
    if type(attribute) ~= "string" or attribute:sub(1, #M.BENCHMARK) ~= M.BENCHMARK then return attribute end
    local base, metric = split_benchmark(attribute:sub(#M.BENCHMARK + 1))
    return M.BENCHMARK .. fold(base) .. "|" .. fold(metric)
end

--- True for the attribute of a benchmark score.
function M.is_benchmark(attribute)
    return type(attribute) == "string" and attribute:sub(1, #M.BENCHMARK) == M.BENCHMARK
end

-- Capitalised words that are no benchmark's name ("scored 80% on Monday").
local NOT_BENCHMARK = {}
for w in
    (
        "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
        .. "august september october november december jan feb mar apr jun jul aug sep sept oct nov dec "
        .. "average the a an its their our his her this that these those both all each"
    ):gmatch("%S+")
do
    NOT_BENCHMARK[w] = true
end

-- Whether a word may be part of a benchmark's name: it starts with a
-- capital or a digit, or holds a capital ("AIME", "2024", "SWE-bench",
-- "MATH-500", "pass@1" does not).
local function name_word(w)
    return w:find("^%u") or w:find("^%d") or w:find("%u")
end

-- The name the words make, or nil when it is none ("Monday", "2024", "The").
local function benchmark_name(words, metric)
    if #words == 0 or NOT_BENCHMARK[words[1]:lower()] then return nil end
    local name = table.concat(words, " ")
    if #name < 2 or name:find("^[%d%.,]+$") then return nil end
    return metric and (name .. " " .. metric) or name
end

-- A benchmark's name at the start of s ("AIME 2024 (Pass@1), ahead of"),
-- with a metric in brackets after it; nil when none.
local function name_at(s)
    local words, pos = {}, 1
    while true do
        local w, we = s:match("^([%w][%w%-%.@/]*)()", pos)
        if not w then break end
        w = w:gsub("%.+$", "")
        if not name_word(w) then break end
        words[#words + 1] = w
        pos = we
        local gap = s:match("^ +()[%w]", pos)
        if not gap then break end
        pos = gap
    end
    return benchmark_name(words, s:sub(pos):match("^ ?(%b())"))
end

-- A benchmark's name at the end of s ("posted an MMLU", "GPQA Diamond"),
-- back to the first word that cannot be part of it; nil when none.
local function name_before(s)
    local tokens = {}
    for w in s:gmatch("%S+") do
        tokens[#tokens + 1] = w
    end
    local words = {}
    for i = #tokens, 1, -1 do
        local w = tokens[i]
        if not name_word(w) or w:find("'") or w:find("[,;]$") then break end
        table.insert(words, 1, w)
    end
    return benchmark_name(words)
end

-- The benchmark of a score in prose: the name right after it ("79.8% on
-- AIME 2024", "90.8 in MMLU") or right before it ("an MMLU score of 88.5",
-- "AIME 2024: 79.8%"); nil when the text does not say.
local function prose_benchmark(before, after, resolve)
    local name
    local rest = after:match("^%s*on%s+(.*)") or after:match("^%s*in%s+(.*)")
    if rest then name = name_at((rest:gsub("^the%s+", ""))) end
    if not name then
        local head = before:match("^(.-)%s+scores?%s+of%s*$") or before:match("^(.-)%s*:%s*$")
        name = head and name_before(head)
    end
    if not name then return nil end
    if resolve(split_benchmark(name)) then return nil end -- a model, a chip, a place: not a benchmark
    return name
end

-- The benchmark a sentence opens with: "On AIME 2024, a maths test, R1
-- scored 79.8%", "On MATH-500 it reached 97.3%".
local function opening_benchmark(text, resolve)
    local rest = text:match("^On%s+(.*)")
    local name = rest and name_at((rest:gsub("^the%s+", "")))
    if not name or resolve(split_benchmark(name)) then return nil end
    return name
end

-- Words that compare a score with the one before it, which then shares its
-- benchmark ("90.8% on MMLU against 91.8% for o1"); "up from" compares a
-- model with an earlier version of it, and so does not count.
local COMPARE = { "against", "compared", "versus", "%f[%a]vs%f[%A]", "than", "ahead of", "behind", "while" }

-- Words before a name that make it what a score is compared with, not the
-- model that scored it ("R1 trails o1 ..., scoring 90.8%").
local COMPARED_OBJECT = {
    "trails?%s+$",
    "trailed%s+$",
    "behind%s+$",
    "than%s+$",
    "beats?%s+$",
    "beat%s+$",
    "outperform[eds]*%s+$",
    "ahead of%s+$",
    "against%s+$",
    "versus%s+$",
    "vs%.?%s+$",
    "matche?s?d?%s+$",
}

-- Whether a figure can be a benchmark score: a percent, a bare number or a
-- metric, never money, a count of things or a duration.
local function is_score(q)
    local kind = q.kind
    if kind == "money" or kind == "price" or kind == "duration" then return false end
    local unit = q.unit or ""
    return kind == "score"
        or unit == ""
        or unit == "%"
        or kind == "percent"
        or (kind == "other" and not unit:find("%s"))
end

-- The clause after a figure: up to the next comma, semicolon or full stop.
local function clause(s)
    return s:match("^[^,;]*") or s
end

--- The attribute of each figure of a claim found in text (a list indexed
--- like r.quantities; nil where none is inferred), with each figure's byte
--- span in r.text ({s, e} or nil). resolve (name -> dictionary entry)
--- keeps a model's or a place's name from reading as a benchmark's.
function M.infer(r, resolve)
    resolve = resolve or function() end
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
    local raw_before, raw_rest = {}, {} -- as written, for benchmark names
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
            raw_before[i], raw_rest[i] = text:sub(bs, span[i][1] - 1), text:sub(span[i][2] + 1, ae)
        else
            raw_before[i], raw_rest[i] = "", ""
        end
        before[i], rest[i] = raw_before[i]:lower(), raw_rest[i]:lower()
        after[i] = clause(rest[i])
    end
    local labels = price_labels(text, qs, rest)
    local money = 0
    for _, q in ipairs(qs) do
        if money_currency(q) then money = money + 1 end
    end
    local attrs, bench = {}, {}
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
            elseif r.kind == "benchmark" and is_score(q) then
                local name = r.benchmark or prose_benchmark(raw_before[i], raw_rest[i], resolve)
                if not name and i > 1 and has(before[i], COMPARE) then name = bench[i - 1] end
                if not name and i == 1 then name = opening_benchmark(text, resolve) end
                bench[i] = name
                if name then a = benchmark_attribute(split_benchmark(name, q.unit)) end
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

-- Half a unit of the last digit a figure is written with: "79.8" is
-- 79.75-79.85, "80" 79.5-80.5 (a score agrees with its rounding).
local function half_digit(q)
    local digits = tostring(q.text or ""):match("%d[%d,]*%.?(%d*)")
    if not digits then digits = string.format("%.10g", q.value):match("%.(%d+)$") or "" end
    return 0.5 * 10 ^ -#digits
end

local function new_fact(entity, attribute, q, r)
    local lo, hi = bounds(q)
    if M.is_benchmark(attribute) then
        local h = half_digit(q)
        lo, hi = lo - h, hi + h
    end
    return {
        entity = entity,
        attribute = attribute,
        attribute_key = M.attribute_key(attribute),
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
-- For a benchmark score, the mentions less those a comparison takes as its
-- object, when another of the same kind stays to be the scorer.
local function drop_compared(text, ments)
    local out, dropped = {}, {}
    for _, m in ipairs(ments) do
        local lead = text:sub(math.max(1, m.s - 24), m.s - 1):lower()
        if has(lead, COMPARED_OBJECT) then
            dropped[#dropped + 1] = m
        else
            out[#out + 1] = m
        end
    end
    for _, d in ipairs(dropped) do
        local other = false
        for _, m in ipairs(out) do
            other = other or (m.kind == d.kind and m.e < d.s)
        end
        if not other then out[#out + 1] = d end -- "behind o3, which OpenAI lists at 88.9%"
    end
    table.sort(out, function(a, b)
        return a.s < b.s
    end)
    return out
end

local function subjects(r, i, attribute, span, ments, resolve)
    local text = r.text or ""
    if M.is_benchmark(attribute) then ments = drop_compared(text, ments) end
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
    if span[i] and M.is_benchmark(attribute) and text:sub(span[i][2] + 1):find("^%s+for%s") then
        -- "against 79.2% for OpenAI's o1": the score is the model's after it,
        -- never the one an earlier score belongs to
        local after = text:sub(span[i][2] + 1)
        return pick(between(span[i][2] + 1, span[i][2] + #clause(after)), attribute, true)
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

-- Facts of a table's score: its row's (or column's) model, as the claim's
-- about names it (a model the dictionary does not know included).
local function table_facts(r, attrs, resolve, out)
    for i, q in ipairs(r.quantities or {}) do
        if attrs[i] then
            for _, name in ipairs(r.about or {}) do
                local d = resolve(name)
                out[#out + 1] = new_fact(d and d.name or name, attrs[i], q, r)
            end
        end
    end
end

-- Facts of a claim found in text (buffer or corpus): inferred attributes.
local function text_facts(r, resolve, out)
    local attrs, span = M.infer(r, resolve)
    if next(attrs) == nil then return end
    if r.benchmark and r.kind == "benchmark" then return table_facts(r, attrs, resolve, out) end
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

-- A score whose metric the text does not say ("79.8% on AIME 2024") takes
-- the metric of the same model's other scores of that benchmark when they
-- have one ("AIME 2024 (Pass@1)" in a table); with none or several it
-- stays apart.
local function adopt_metrics(facts)
    local metrics = {} -- entity .. base key -> { metric key -> a fact }
    local function base_of(f)
        return f.entity .. "\0" .. f.attribute_key:match("^(.-)|")
    end
    for _, f in ipairs(facts) do
        if M.is_benchmark(f.attribute) and not f.attribute_key:find("|$") then
            local b = base_of(f)
            metrics[b] = metrics[b] or {}
            metrics[b][f.attribute_key] = metrics[b][f.attribute_key] or f
        end
    end
    for _, f in ipairs(facts) do
        if M.is_benchmark(f.attribute) and f.attribute_key:find("|$") then
            local only, n = nil, 0
            for _, g in pairs(metrics[base_of(f)] or {}) do
                only, n = g, n + 1
            end
            if n == 1 then
                f.attribute, f.attribute_key = only.attribute, only.attribute_key
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
        step.tick()
    end
    adopt_metrics(out)
    return out
end

return M
