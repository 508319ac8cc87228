-- deepseek_claims.lib.conflicts and .attributes: agreement within a tolerance,
-- ranges and bounds, crafted pairs from ledgers and text, attribute
-- inference, deterministic order, the report text.

return function(T)
    local conflicts = require("deepseek_claims.lib.conflicts")
    local attributes = require("deepseek_claims.lib.attributes")
    local records = require("deepseek_claims.lib.records")
    local ledger = require("deepseek_claims.lib.ledger")

    local function q(value, qualifier, value_max)
        return {
            value = value,
            qualifier = qualifier or "exact",
            value_max = value_max or value,
            unit = "USD",
            text = "$" .. value,
        }
    end
    local function fact(value, qualifier, value_max)
        local lo, hi = attributes.bounds(q(value, qualifier, value_max))
        return { lo = lo, hi = hi }
    end

    -- A ledger record about `about` with one figure.
    local function rec(id, claimant, about, attribute, value, qualifier, value_max)
        return records.from_entry({
            id = id,
            text = id,
            claimant = claimant,
            about = about,
            kind = "cost",
            attribute = attribute,
            quantities = { q(value, qualifier, value_max) },
            ledger_file = "test.jsonl",
            ledger_line = tonumber(id:match("%d+")) or 1,
            source = "https://example.com/" .. id,
            status = "claimed",
        })
    end

    -- A lookup that needs no engine: names and kinds for these tests.
    local KINDS = {
        DeepSeek = "org",
        ["DeepSeek-V3"] = "model",
        Nvidia = "org",
        ["Nvidia H800"] = "chip",
        Meta = "org",
        OpenAI = "org",
        ["OpenAI o1"] = "model",
        ["DeepSeek-R1"] = "model",
    }
    local ALIASES = { V3 = "DeepSeek-V3", H800 = "Nvidia H800", R1 = "DeepSeek-R1", o1 = "OpenAI o1" }
    local function lookup(name)
        local canonical = ALIASES[name] or name
        if not KINDS[canonical] then return nil end
        local aliases = {}
        for a, c in pairs(ALIASES) do
            if c == canonical then aliases[#aliases + 1] = a end
        end
        return { name = canonical, kind = KINDS[canonical], aliases = aliases }
    end

    T.test("agree: within the tolerance, beyond it, ranges and bounds", function()
        T.ok(conflicts.agree(fact(5576000), fact(5600000)), "rounding")
        T.ok(conflicts.agree(fact(50000), fact(60000)), "within 25%")
        T.ok(not conflicts.agree(fact(50000), fact(60000), 0.1), "not within 10%")
        T.ok(not conflicts.agree(fact(2048), fact(50000)), "far apart")
        T.ok(conflicts.agree(fact(60e9, "range", 65e9), fact(64e9, "range", 72e9)), "ranges overlap")
        T.ok(not conflicts.agree(fact(1e9, "range", 2e9), fact(4e9, "range", 5e9)), "ranges apart")
        T.ok(conflicts.agree(fact(5.6e6), fact(6e6, "less_than")), "under a ceiling")
        T.ok(not conflicts.agree(fact(19e9), fact(10e9, "less_than")), "over a ceiling")
        T.ok(conflicts.agree(fact(800e6), fact(500e6, "more_than")), "over a floor")
        T.ok(not conflicts.agree(fact(5.6e6), fact(500e6, "more_than")), "under a floor")
        T.ok(conflicts.agree(fact(4.5e9), fact(5.5e9)), "4.5 vs 5.5: 18% apart")
        T.ok(conflicts.agree(fact(7), fact(7), 0), "equal at zero tolerance")
    end)

    T.test("crafted ledger pairs: disagreements are found, agreements are not", function()
        local recs = {
            rec("r1", "DeepSeek", { "DeepSeek", "DeepSeek-V3" }, "training_cost_usd", 5576000),
            rec("r2", "SemiAnalysis", { "DeepSeek" }, "training_cost_usd", 500e6, "more_than"),
            rec("r3", "Bloomberg", { "Nvidia" }, "market_value_loss_usd", 589e9, "about"),
            rec("r4", "Reuters", { "Nvidia" }, "market_value_loss_usd", 593e9, "about"),
            rec("r5", "Meta", { "Meta" }, "capex_usd", 60e9, "range", 65e9),
            rec("r6", "Meta", { "Meta" }, "capex_usd", 64e9, "range", 72e9),
            rec("r7", "DeepSeek", { "DeepSeek", "Nvidia H800" }, "gpu_count", 2048),
            rec("r8", "Alexandr Wang", { "DeepSeek" }, "gpu_count", 50000, "about"),
        }
        local list = conflicts.find(recs, { lookup = lookup })
        T.eq(#list, 2)
        T.eq(list[1].entity, "DeepSeek")
        T.eq(list[1].attribute, "gpu_count")
        T.eq(list[2].attribute, "training_cost_usd")
        local c = list[2]
        T.eq(#c.clusters, 2)
        T.eq(c.clusters[1].facts[1].record.claimant, "DeepSeek")
        T.eq(c.clusters[2].facts[1].record.claimant, "SemiAnalysis")
        -- the chip got no GPU count: chips do not carry it
        for _, f in ipairs(attributes.facts(recs, { lookup = lookup })) do
            T.ok(f.entity ~= "Nvidia H800", "a chip has no " .. f.attribute)
        end
        -- V3 alone has one figure, so no conflict about it
        T.eq(#conflicts.find(recs, { lookup = lookup, entity = "V3" }), 0, "alias resolves; no conflict")
        T.eq(#conflicts.find(recs, { lookup = lookup, entity = "DeepSeek" }), 2)
        T.eq(#conflicts.find(recs, { lookup = lookup, attribute = "gpu_count" }), 1)
    end)

    T.test("the tolerance is configurable", function()
        local recs = {
            rec("r1", "A", { "Nvidia" }, "h20_charge_usd", 5.5e9),
            rec("r2", "B", { "Nvidia" }, "h20_charge_usd", 4.5e9),
        }
        T.eq(#conflicts.find(recs, { lookup = lookup }), 0, "default 25%")
        T.eq(#conflicts.find(recs, { lookup = lookup, tolerance = 0.1 }), 1, "10%")
        T.eq(#conflicts.find(recs, { lookup = lookup, tolerance = 1 }), 0)
        T.raises("tolerance must be", conflicts.find, recs, { tolerance = -1 })
    end)

    T.test("figures of one claim never conflict with each other", function()
        local r = records.from_entry({
            id = "one",
            text = "Input $0.55, output $2.19.",
            about = { "DeepSeek-R1" },
            quantities = { q(0.55), q(2.19) },
            attribute = "price_usd",
            ledger_file = "x",
            ledger_line = 1,
        })
        T.eq(#conflicts.find({ r }, { lookup = lookup }), 0)
        local other = rec("r2", "X", { "DeepSeek-R1" }, "price_usd", 2.19)
        T.eq(#conflicts.find({ r, other }, { lookup = lookup }), 1, "but another claim does")
    end)

    T.test("the same claim seen twice counts once; order is deterministic", function()
        local a = rec("r1", "DeepSeek", { "DeepSeek" }, "gpu_count", 2048)
        local b = rec("r2", "Wang", { "DeepSeek" }, "gpu_count", 50000)
        local c = rec("r3", "House", { "DeepSeek" }, "gpu_count", 60000)
        local one = conflicts.find({ c, b, a, a }, { lookup = lookup })
        local two = conflicts.find({ a, b, c }, { lookup = lookup })
        T.eq(#one, 1)
        T.same(conflicts.format(one), conflicts.format(two))
        T.eq(#one[1].facts, 3)
        T.eq(one[1].facts[1].value, 2048)
        T.eq(#one[1].clusters, 2, "50,000 and 60,000 agree")
        local lines = conflicts.format(one)
        T.eq(lines[1], "DeepSeek · gpu_count: 2 views")
        T.contains(lines[2], "$2,048")
        T.contains(lines[2], "DeepSeek")
        T.contains(lines[2], "ledger test.jsonl:1 https://example.com/r1 [claimed]")
        T.contains(lines[3], "≠ ")
        T.contains(lines[3], "50,000")
        -- columns line up whatever the characters (é is two bytes, one column)
        local y = rec("r4", "Société Générale", { "DeepSeek" }, "gpu_count", 100)
        local z = rec("r5", "Tencent", { "DeepSeek" }, "gpu_count", 900)
        local cl = conflicts.format(conflicts.find({ y, z }, { lookup = lookup }))
        T.eq(#cl, 3, table.concat(cl, "\n"))
        local function col_of(line, word)
            local at = line:find(word, 1, true)
            return select(2, line:sub(1, at - 1):gsub("[^\128-\191]", ""))
        end
        T.eq(col_of(cl[2], "ledger"), col_of(cl[3], "ledger"), table.concat(cl, "\n"))
    end)

    T.test("attributes are inferred from kind, unit and words", function()
        local function claim(kind, text, quantities, about)
            return records.from_claim({
                kind = kind,
                text = text,
                quantities = quantities,
                about = about,
                claimant = "article",
                line = 1,
                col = 1,
            }, "buffer", "notes.md")
        end
        local function Q(text, value, unit, qualifier, kind, currency)
            return {
                text = text,
                value = value,
                unit = unit,
                qualifier = qualifier or "exact",
                kind = kind,
                currency = currency,
            }
        end
        local cases = {
            {
                claim(
                    "cost",
                    "The final training run of V3 cost $5.6 million.",
                    { Q("$5.6 million", 5.6e6, "USD") },
                    { "DeepSeek-V3" }
                ),
                { "DeepSeek-V3 training_cost_usd" },
            },
            {
                claim(
                    "hardware",
                    "DeepSeek trained V3 on 2,048 Nvidia H800 GPUs.",
                    { Q("2,048 Nvidia H800 GPUs", 2048, "GPUs") },
                    { "DeepSeek", "DeepSeek-V3", "Nvidia", "Nvidia H800" }
                ),
                { "DeepSeek gpu_count", "DeepSeek-V3 gpu_count" },
            },
            {
                claim(
                    "hardware",
                    "V3 took 2.788 million GPU hours.",
                    { Q("2.788 million GPU hours", 2.788e6, "GPU hours") },
                    { "DeepSeek-V3" }
                ),
                { "DeepSeek-V3 gpu_hours" },
            },
            {
                claim(
                    "market",
                    "Nvidia shares fell 17%, wiping out $589 billion of market value.",
                    { Q("17%", 17, "%"), Q("$589 billion", 589e9, "USD") },
                    { "Nvidia" }
                ),
                { "Nvidia market_value_loss_usd" },
            },
            {
                claim(
                    "funding",
                    "High-Flyer managed about 60 billion yuan in assets.",
                    { Q("about 60 billion yuan", 60e9, "CNY", "about") },
                    { "High-Flyer" }
                ),
                { "High-Flyer assets_cny" },
            },
            {
                claim(
                    "funding",
                    "Meta raised $5 billion in a round that valued it at $50 billion.",
                    { Q("$5 billion", 5e9, "USD"), Q("$50 billion", 50e9, "USD") },
                    { "Meta" }
                ),
                { "Meta valuation_usd" },
            },
            {
                claim(
                    "funding",
                    "Meta, Microsoft and OpenAI plan to spend $300 billion between them.",
                    { Q("$300 billion", 300e9, "USD") },
                    { "Meta", "OpenAI" }
                ),
                {},
            },
            {
                claim(
                    "cost",
                    "R1 costs $0.55 per million input tokens and $2.19 per million output tokens, while o1 costs $15 and $60 respectively.",
                    {
                        Q("$0.55 per million input tokens", 0.55, "USD per 1M tokens"),
                        Q("$2.19 per million output tokens", 2.19, "USD per 1M tokens"),
                        Q("$15", 15, "USD per 1M tokens"),
                        Q("$60", 60, "USD per 1M tokens"),
                    },
                    { "DeepSeek-R1", "OpenAI o1" }
                ),
                {
                    "DeepSeek-R1 price_per_1m_input_tokens_usd",
                    "DeepSeek-R1 price_per_1m_output_tokens_usd",
                    "OpenAI o1 price_per_1m_input_tokens_usd",
                    "OpenAI o1 price_per_1m_output_tokens_usd",
                },
            },
            { claim("other", "Nvidia said nothing about 17% of anything.", { Q("17%", 17, "%") }, { "Nvidia" }), {} },
            -- money in any currency the engine reports, by the quantity's
            -- own kind and currency (yen was none of the four it knew)
            {
                claim(
                    "cost",
                    "The final training run of V3 cost 1.5 billion yen.",
                    { Q("1.5 billion yen", 1.5e9, "JPY", "exact", "money", "JPY") },
                    { "DeepSeek-V3" }
                ),
                { "DeepSeek-V3 training_cost_jpy" },
            },
            {
                claim(
                    "funding",
                    "Meta was valued at 9 trillion won in the round.",
                    { Q("9 trillion won", 9e12, "KRW", "exact", "money", "KRW") },
                    { "Meta" }
                ),
                { "Meta valuation_krw" },
            },
        }
        local KINDS2 = { ["High-Flyer"] = "org" }
        local function lookup2(n)
            local d = lookup(n)
            if d then return d end
            if KINDS2[n] then return { name = n, kind = KINDS2[n], aliases = {} } end
        end
        for i, case in ipairs(cases) do
            local got = {}
            for _, f in ipairs(attributes.facts({ case[1] }, { lookup = lookup2 })) do
                got[#got + 1] = f.entity .. " " .. f.attribute
            end
            table.sort(got)
            T.same(got, case[2], "case " .. i .. ": " .. case[1].text)
        end
    end)

    T.test("claims found by the engine conflict with a ledger", function()
        local core = T.core()
        local text = table.concat({
            "DeepSeek said V3 was trained on 2,048 Nvidia H800 GPUs in under two months.",
            "",
            "Alexandr Wang said he believed V3 was trained on about 50,000 H100s.",
            "",
            "DeepSeek says the final training run of V3 cost $5.6 million.",
        }, "\n")
        local doc = core.parse(text)
        local L = ledger.parse(
            '{"id":"semi","text":"Hardware spend well above $500 million.","claimant":"SemiAnalysis",'
                .. '"about":["DeepSeek-V3"],"attribute":"training_cost_usd","source":"https://example.com/semi",'
                .. '"quantities":[{"text":"$500 million","value":500000000,"unit":"USD","qualifier":"more_than"}]}',
            "my.jsonl"
        )
        local recs = conflicts.records({ buffer = { claims = doc:claims(), file = "notes.md" }, ledgers = { L } })
        local list = conflicts.find(recs, { lookup = core.lookup })
        local got = {}
        for _, c in ipairs(list) do
            got[#got + 1] = c.entity .. " " .. c.attribute
        end
        T.same(got, { "DeepSeek-V3 gpu_count", "DeepSeek-V3 training_cost_usd" })
        local cost = list[2]
        T.eq(cost.clusters[1].facts[1].record.source, "buffer")
        T.eq(cost.clusters[1].facts[1].record.file, "notes.md")
        T.eq(cost.clusters[1].facts[1].record.line, 5)
        T.eq(cost.clusters[2].facts[1].record.source, "ledger")
        T.eq(cost.clusters[2].facts[1].record.url, "https://example.com/semi")
    end)

    T.test("the bundled ledger holds the reported disagreements", function()
        local core = T.core()
        local L = ledger.load(T.root .. "/data/ledger.jsonl")
        local list = conflicts.find(conflicts.records({ ledgers = { L } }), { lookup = core.lookup })
        local got = {}
        for _, c in ipairs(list) do
            got[c.entity .. " " .. c.attribute] = c
        end
        T.ok(got["DeepSeek training_cost_usd"], "$5.6M final run vs $500M+ hardware")
        T.ok(got["DeepSeek gpu_count"], "2,048 H800s vs 50,000 H100-class")
        T.ok(not got["Nvidia market_value_loss_usd"], "$589B and $593B agree")
        T.ok(not got["Meta capex_usd"], "overlapping capex ranges agree")
        T.ok(not got["Nvidia h20_charge_usd"], "$5.5B and $4.5B agree within 25%")
    end)
    -- n ledger records of one entity and attribute: half of them agree (one
    -- big cluster), half spread over many clusters.
    local function many(n)
        local out = {}
        for i = 1, n do
            local v = (i % 2 == 0) and 5.6e6 or 1e6 * 1.5 ^ (i % 40)
            out[i] = rec("r" .. i, "claimant " .. i, { "DeepSeek-V3" }, "training_cost_usd", v)
        end
        return out
    end

    -- The fewest CPU seconds of three runs of fn (one when it is slow).
    local function cpu_time(fn)
        local best = math.huge
        for _ = 1, 3 do
            collectgarbage()
            local t0 = os.clock()
            fn()
            best = math.min(best, os.clock() - t0)
            if best > 0.5 then break end
        end
        return best
    end

    -- The CPU time of find over n records (facts computed beforehand).
    local function find_time(n)
        local recs = many(n)
        local facts = attributes.facts(recs, { lookup = lookup })
        return cpu_time(function()
            conflicts.find(recs, { lookup = lookup, facts = facts })
        end),
            recs,
            facts
    end

    T.test("find grows as n log n in the figures of one attribute (time at 4n over time at n)", function()
        -- n large enough to be measured well (LuaJIT is fast)
        local n, t1 = 2000, find_time(2000)
        while t1 < 0.03 and n < 64000 do
            n = n * 2
            t1 = find_time(n)
        end
        local t4, recs, facts = find_time(4 * n)
        local list = conflicts.find(recs, { lookup = lookup, facts = facts })
        T.eq(#list, 1)
        T.eq(#list[1].facts, 4 * n)
        -- quadratic gives 16; n log n 4.6, and up to about 8 as the figures
        -- outgrow the CPU's caches
        T.ok(t4 / t1 < 12, string.format("n = %d: time at 4n / time at n = %.2f (%.3fs / %.3fs)", n, t4 / t1, t4, t1))
    end)

    T.test("find compares each figure with few clusters, not with every figure", function()
        -- comparisons counted, not timed: linear gives 4 at 4n, quadratic 16
        local real, calls = conflicts.agree, 0
        conflicts.agree = function(...)
            calls = calls + 1
            return real(...)
        end
        local ok, err = pcall(function()
            local counts = {}
            for i, n in ipairs({ 1000, 4000 }) do
                calls = 0
                conflicts.find(many(n), { lookup = lookup })
                counts[i] = calls
            end
            T.ok(counts[2] / counts[1] < 5, string.format("comparisons %d at n, %d at 4n", counts[1], counts[2]))
        end)
        conflicts.agree = real
        if not ok then error(err, 0) end
    end)

    T.test("the fast clustering gives what comparing every pair gives", function()
        local seed = 12345
        local function rand(k) -- a small LCG: the same figures in every run and interpreter
            seed = (seed * 1103515245 + 12345) % 2147483648
            return seed % k
        end
        local QUALS = { "exact", "about", "less_than", "more_than", "range" }
        for round = 1, 60 do
            local recs = {}
            for i = 1, 40 + rand(40) do
                local v = (rand(1000) + 1) * 10 ^ rand(4) * (round % 3 == 0 and rand(3) == 0 and -1 or 1)
                local qual = QUALS[rand(5) + 1]
                recs[i] = rec(
                    "r" .. i,
                    "c" .. rand(5),
                    { "DeepSeek-V3" },
                    "training_cost_usd",
                    v,
                    qual,
                    qual == "range" and v * (1 + rand(50) / 100) or nil
                )
            end
            for _, tol in ipairs({ 0, 0.1, 0.25, 0.9, 1, 1.5 }) do
                local fast = conflicts.find(recs, { lookup = lookup, tolerance = tol })
                local slow = conflicts.find(recs, { lookup = lookup, tolerance = tol, exhaustive = true })
                T.eq(#fast, #slow, "round " .. round .. " tolerance " .. tol)
                T.same(conflicts.format(fast), conflicts.format(slow), "round " .. round .. " tolerance " .. tol)
            end
        end
    end)
end
