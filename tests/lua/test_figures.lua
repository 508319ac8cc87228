-- deepseek_claims.lib.figures: the one formatter of figures, table-driven;
-- then the engine's own quantities through it, and the views that use it.

return function(T)
    local figures = require("deepseek_claims.lib.figures")

    -- A quantity: value, unit, qualifier, kind, currency [, value_max].
    local function q(value, unit, qualifier, kind, currency, value_max)
        return {
            value = value,
            unit = unit,
            qualifier = qualifier or "exact",
            kind = kind,
            currency = currency,
            value_max = value_max or value,
        }
    end

    -- { quantity, what format() says [, what format(q, { exact = true }) says] }
    local CASES = {
        -- money: the currency's sign, compact from a million, grouped below
        { q(6e6, "USD", "exact", "money", "USD"), "$6M", "$6M (USD 6000000)" },
        { q(5.6e6, "USD", "about", "money", "USD"), "~$5.6M", "~$5.6M (USD 5600000)" },
        { q(5.576e6, "USD", "exact", "money", "USD"), "$5.576M" },
        { q(294000, "USD", "exact", "money", "USD"), "$294,000", "$294,000 (USD 294000)" },
        { q(589e9, "USD", "about", "money", "USD"), "~$589B" },
        { q(1.4e12, "USD", "exact", "money", "USD"), "$1.4T" },
        { q(15e6, "EUR", "less_than", "money", "EUR"), "≤€15M", "≤€15M (EUR 15000000)" },
        { q(2e9, "GBP", "more_than", "money", "GBP"), "≥£2B" },
        { q(3e9, "CNY", "exact", "money", "CNY"), "CN¥3B" },
        { q(1.5e9, "JPY", "exact", "money", "JPY"), "¥1.5B", "¥1.5B (JPY 1500000000)" },
        { q(4563e7, "INR", "exact", "money", "INR"), "₹45.63B" },
        { q(2e12, "KRW", "exact", "money", "KRW"), "₩2T" },
        { q(3e9, "HKD", "exact", "money", "HKD"), "HK$3B" },
        { q(3e9, "SGD", "exact", "money", "SGD"), "SGD 3B" },
        -- a range repeats the sign; the exact note keeps both ends
        { q(12e6, "USD", "range", "money", "USD", 20e6), "$12M-$20M", "$12M-$20M (USD 12000000-20000000)" },
        -- kind and currency decide, not the unit string
        { q(7e6, "yen", "exact", "money", "JPY"), "¥7M" },
        -- a ledger entry without kind or currency: read from the unit
        { q(5.576e6, "USD", "exact"), "$5.576M" },
        { q(0.55, "USD per 1M tokens", "exact"), "$0.55 per 1M tokens" },
        -- prices: the amount, then the rest of the unit; no exact note
        { q(0.55, "USD per 1M tokens", "exact", "price", "USD"), "$0.55 per 1M tokens" },
        { q(2.19, "USD per 1M tokens", "about", "price", "USD"), "~$2.19 per 1M tokens" },
        { q(16, "CNY per 1M tokens", "exact", "price", "CNY"), "CN¥16 per 1M tokens" },
        { q(0.028, "USD per 1M tokens", "exact", "price", "USD"), "$0.028 per 1M tokens" },
        { q(0.5, "USD per 1M tokens", "range", "price", "USD", 1), "$0.5-$1 per 1M tokens" },
        -- qualifiers: ≤ is true of "less than", "under", "up to", "at most"
        { q(500e6, "USD", "less_than", "money", "USD"), "≤$500M" },
        { q(10000, "chips", "more_than", "count"), "≥10,000 chips" },
        { q(2, "months", "less_than", "duration"), "≤2 months" },
        -- one of a unit is singular; a range, a fraction and a plural noun are not
        { q(1, "days", "exact", "duration"), "1 day" },
        { q(1, "days", "less_than", "duration"), "≤1 day" },
        { q(1, "GPU hours", "exact", "compute"), "1 GPU hour" },
        { q(1, "companies", "exact", "count"), "1 company" },
        { q(1, "data centers", "about", "count"), "~1 data center" },
        { q(1, "people", "exact", "count"), "1 people" },
        { q(1, "EFLOPS", "exact", "compute"), "1 EFLOPS" },
        { q(1, "GB/s", "exact", "bandwidth"), "1 GB/s" },
        { q(1, "years", "range", "duration", nil, 2), "1-2 years" },
        { q(1.5, "days", "exact", "duration"), "1.5 days" },
        { q(55, "days", "exact", "duration"), "55 days" },
        -- counts: grouped below a million, compact above
        { q(2048, "GPUs", "exact", "count"), "2,048 GPUs" },
        { q(2.788e6, "GPU hours", "exact", "compute"), "2.788M GPU hours" },
        { q(10000, "GPUs", "range", "count", nil, 25000), "10,000-25,000 GPUs" },
        { q(671e9, "parameters", "exact", "parameters"), "671B parameters" },
        { q(14.8e12, "tokens", "exact", "tokens"), "14.8T tokens" },
        { q(1e25, "floating-point operations", "more_than", "compute"), "≥1e25 floating-point operations" },
        -- percent and multipliers glued; percentage points spelled out
        { q(17, "%", "exact", "percent"), "17%" },
        { q(15, "%", "range", "percent", nil, 20), "15-20%" },
        { q(0.8, "percentage points", "about", "percent"), "~0.8 percentage points" },
        { q(1, "percentage points", "exact", "percent"), "1 percentage point" },
        { q(11, "x", "about", "multiplier"), "~11x" },
        { q(-3, "%", "exact", "percent"), "-3%" },
        { q(-5, "%", "range", "percent", nil, 10), "-5 to 10%" },
        -- ranks, ratios, bare numbers
        { q(1, "rank", "exact", "rank"), "No. 1" },
        { q(0.5, "ratio", "more_than", "ratio"), "≥0.5 ratio" },
        { q(16e6, "", "exact", "other"), "16M" },
        { q(1234.5, "", "exact", "other"), "1,234.5" },
        { q(89.4, "points", "exact", "other"), "89.4 points" },
        { q(3.14159, "", "exact", "other"), "3.142" },
        -- no number: the quantity's text
        { { text = "a few", unit = "" }, "a few" },
        { { unit = "USD" }, "?", "?" },
    }

    T.test("format: every kind of figure (table-driven)", function()
        for i, c in ipairs(CASES) do
            local what = "case " .. i .. " " .. T.dump(c[1])
            T.eq(figures.format(c[1]), c[2], what)
            local exact = figures.format(c[1], { exact = true })
            if c[3] then
                T.eq(exact, c[3], what .. " (exact)")
            elseif figures.kind(c[1]) ~= "money" then
                T.eq(exact, c[2], what .. ": only money has an exact note")
            else
                T.eq(exact:sub(1, #c[2] + 2), c[2] .. " (", what .. " (exact)")
            end
        end
    end)

    T.test("number: compact, grouped, small, odd", function()
        local want = {
            { 0, "0" },
            { 1, "1" },
            { 0.55, "0.55" },
            { 0.014, "0.014" },
            { 999999, "999,999" },
            { 1e6, "1M" },
            { 5.5764e6, "5.576M" },
            { -1234567, "-1.235M" },
            { 1e15, "1e15" },
            { math.huge, "∞" },
            { 0 / 0, "?" },
            { "12", "?" },
        }
        for _, w in ipairs(want) do
            T.eq(figures.number(w[1]), w[2], tostring(w[1]))
        end
    end)

    T.test("singular: the last word of a unit", function()
        local want = {
            GPUs = "GPU",
            ["GPU hours"] = "GPU hour",
            ["war rooms"] = "war room",
            companies = "company",
            processes = "process",
            switches = "switch",
            boxes = "box",
            people = "people",
            EFLOPS = "EFLOPS",
            ["GB/s"] = "GB/s",
            series = "series",
            status = "status",
            analysis = "analysis",
            ["square feet"] = "square feet",
        }
        for plural, one in pairs(want) do
            T.eq(figures.singular(plural), one, plural)
        end
    end)

    T.test("kind and currency: the quantity's own, else its unit's", function()
        T.eq(figures.kind(q(1, "USD")), "money")
        T.eq(figures.currency(q(1, "USD")), "USD")
        T.eq(figures.kind(q(1, "CNY per 1M tokens")), "price")
        T.eq(figures.currency(q(1, "CNY per 1M tokens")), "CNY")
        T.eq(figures.kind(q(1, "GPUs")), "other")
        T.eq(figures.currency(q(1, "GPUs")), nil)
        T.eq(figures.currency(q(1, "yen", "exact", "money", "JPY")), "JPY")
        T.eq(figures.currency(q(1, "USD", "exact", "count")), nil, "the kind says it is no money")
        T.eq(figures.is_currency("XYZ"), false)
    end)

    T.test("every currency the engine emits has a sign or is written with its code", function()
        local units = assert(T.read_file(T.root .. "/data/units/currencies.tsv"))
        local n = 0
        for code in units:gmatch("\n(%u%u%u)\t") do
            T.ok(figures.is_currency(code), code .. " in lib/figures.lua")
            n = n + 1
        end
        T.ok(n > 10, "currencies read: " .. n)
    end)

    T.test("join: the figures of a claim, in order", function()
        local qs = { q(2, "months", "exact", "duration"), q(6e6, "USD", "less_than", "money", "USD") }
        T.eq(figures.join(qs), "2 months, ≤$6M")
        T.eq(figures.join(qs, "; "), "2 months; ≤$6M")
        T.eq(figures.join(qs, ", ", { exact = true }), "2 months, ≤$6M (USD 6000000)")
        T.eq(figures.join({}), "")
        T.eq(figures.join(nil), "")
    end)

    -- The figures column of the CLI's text lines (path:line   kind   claimant
    -- figures   "sentence"), without the exact notes of money, the hedge
    -- and the status: the figures alone, in line order.
    local function cli_figures(out)
        local list = {}
        for line in out:gmatch("[^\n]+") do
            local fields = {}
            for f in (line .. "   "):gmatch("(.-)   +") do
                fields[#fields + 1] = f
            end
            local s = fields[4]:gsub(" %[%a+%]$", ""):gsub(" %(hedged%)$", ""):gsub(" %(%u%u%u [%d%.e+%-]+%)", "")
            list[#list + 1] = s == "-" and "" or s
        end
        return list
    end

    -- The figures column of a CSV export, in row order.
    local function csv_figures(out)
        local list, col = {}, nil
        for line in out:gmatch("([^\r\n]*)\r\n") do
            local fields, i = {}, 1
            while i <= #line + 1 do
                if line:sub(i, i) == '"' then
                    local close = i
                    repeat
                        close = line:find('"', close + 1, true)
                        local doubled = line:sub(close + 1, close + 1) == '"'
                        if doubled then close = close + 1 end
                    until not doubled
                    fields[#fields + 1] = line:sub(i + 1, close - 1):gsub('""', '"')
                    i = close + 2
                else
                    local e = line:find(",", i, true) or (#line + 1)
                    fields[#fields + 1] = line:sub(i, e - 1)
                    i = e + 1
                end
            end
            if not col then
                for k, name in ipairs(fields) do
                    if name == "figures" then col = k end
                end
            else
                list[#list + 1] = fields[col]:gsub("; ", ", ")
            end
        end
        return list
    end

    T.test("the CLI's text and its CSV say the same figures for every claim and ledger entry", function()
        T.core()
        local paths = T.ls(T.quote(T.root) .. "/eval/articles/*.md")
        local args = table.concat(paths, " ") .. " --ledger " .. T.quote(T.root .. "/data/ledger.jsonl")
        local bin = "lua5.4 " .. T.quote(T.root .. "/bin/deepseek-claims") .. " "
        local text, err, rc = T.run(bin .. args)
        T.eq(rc, 0, err)
        local csv, err2, rc2 = T.run(bin .. "--format csv " .. args)
        T.eq(rc2, 0, err2)
        local a, b = cli_figures(text), csv_figures(csv)
        T.eq(#a, #b, "claims in both")
        T.ok(#a > 300, "claims compared: " .. #a)
        for i = 1, #a do
            T.eq(a[i], b[i], "claim " .. i)
        end
    end)

    T.test("the engine's quantities: every one of the eval articles formats", function()
        local core = T.core()
        local n = 0
        for _, f in ipairs(T.ls(T.quote(T.root) .. "/eval/articles/*.md")) do
            for _, c in ipairs(assert(core.parse_file(f)):claims()) do
                for _, x in ipairs(c.quantities) do
                    local s = figures.format(x)
                    T.ok(type(s) == "string" and s ~= "" and not s:find("nil", 1, true), T.dump(x))
                    n = n + 1
                end
            end
        end
        T.ok(n > 100, "quantities: " .. n)
    end)
end
