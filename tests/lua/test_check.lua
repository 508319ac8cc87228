-- deepseek_claims.lib.check: a document's figures against the known facts
-- (the editor's diagnostics and the CLI's --check share it): which figure
-- disagrees, where it stands in the source, what the message names.

return function(T)
    local check = require("deepseek_claims.lib.check")
    local ledger = require("deepseek_claims.lib.ledger")
    local records = require("deepseek_claims.lib.records")

    local function lines_of(text)
        local out = {}
        for l in (text .. "\n"):gmatch("(.-)\n") do
            out[#out + 1] = l
        end
        return out
    end

    local function bundled()
        local L = assert(ledger.load(T.root .. "/data/ledger.jsonl"))
        return records.from_ledger(L)
    end

    -- The findings of text against the bundled ledger.
    local function run(text, opts)
        local core = T.core()
        opts = opts or {}
        opts.lookup = core.lookup
        opts.lines = lines_of(text)
        local doc = core.parse(text, { markdown = true })
        return check.run(doc:claims(), opts.known or bundled(), opts), opts.lines
    end

    local DISAGREE = "DeepSeek said it spent only \\$60 million to train DeepSeek-V3."
    local AGREE = "DeepSeek said training V3 cost $5.6 million."

    T.test("check: a figure that disagrees with the ledger is a warning naming the ledger's figure", function()
        local f, lines = run("# Notes\n\n" .. DISAGREE .. "\n\n" .. AGREE .. "\n")
        T.eq(#f, 1, "only the disagreeing figure")
        T.eq(f[1].severity, "warning")
        T.eq(f[1].line, 3)
        T.eq(lines[3]:sub(f[1].col, f[1].end_col), "$60 million", "the figure's exact range, past the escape")
        T.contains(f[1].message, "differs from DeepSeek (ledger, arXiv 2412.19437): $5.576M")
        T.contains(f[1].message, "SemiAnalysis (ledger, semianalysis.com): ≥$500M")
        T.eq(f[1].quantity.text, "$60 million")
        T.ok(#f[1].others >= 2, "the other figures listed")
        T.eq(f[1].others[1].claimant, "DeepSeek")
        T.eq(f[1].others[1].figure, "$5.576M")
        T.ok(check.any_warning(f))
    end)

    T.test("check: agreeing figures are info only with agree", function()
        local f = run(AGREE .. "\n")
        T.eq(#f, 0)
        f = run(AGREE .. "\n", { agree = true })
        T.eq(#f, 1)
        T.eq(f[1].severity, "info")
        T.contains(f[1].message, "agrees with DeepSeek (ledger, arXiv 2412.19437): $5.576M")
        T.ok(not check.any_warning(f))
    end)

    T.test("check: the tolerance decides", function()
        -- $7M is 20% above $5.576M: agrees at 25%, not at 10%
        local text = "DeepSeek said training V3 cost $7 million.\n"
        T.eq(#run(text), 0)
        local f = run(text, { tolerance = 0.1 })
        T.eq(#f, 1)
        T.eq(f[1].severity, "warning")
        T.raises("tolerance", function()
            run(text, { tolerance = -1 })
        end)
    end)

    T.test("check: a figure in markup, across a line break, in a table cell", function()
        local text =
            "DeepSeek said training V3 cost **$60 [million](#)**.\n\nDeepSeek said training V3 cost $60\nmillion.\n"
        local f, lines = run(text)
        T.eq(#f, 2)
        T.eq(lines[1]:sub(f[1].col, f[1].end_col), "$60 [million", "from the figure's first byte to its last")
        T.same({ f[2].line, f[2].col, f[2].end_line }, { 3, 32, 4 })
        T.eq(lines[4]:sub(1, f[2].end_col), "million")
        -- located without the source: the claim's start
        local core = T.core()
        local doc = core.parse(text, { markdown = true })
        local g = check.run(doc:claims(), bundled(), { lookup = core.lookup })
        T.same({ g[1].line, g[1].col, g[1].located }, { 1, 1, false })
    end)

    T.test("check: corpus facts of the document's own file are left out", function()
        local core = T.core()
        local corpus_doc = core.parse("Reuters reported that Moonshot AI was valued at $3 billion.", {})
        local known = records.from_claims(corpus_doc:claims(), "corpus", "/notes/a.md")
        local text = "Moonshot AI was valued at $30 billion, investors said.\n"
        local f = run(text, { known = known })
        T.eq(#f, 1)
        T.contains(f[1].message, "valuation of Moonshot AI differs from Reuters (corpus, /notes/a.md:1): $3B")
        T.eq(#run(text, { known = known, file = "/notes/a.md" }), 0, "the document is the newer copy")
        local short = run(text, {
            known = known,
            path = function(p)
                return p:match("[^/]+$")
            end,
        })
        T.contains(short[1].message, "(corpus, a.md:1)")
    end)

    T.test("check: the known facts may be records, facts or an index", function()
        local core = T.core()
        local recs = bundled()
        local facts = require("deepseek_claims.lib.attributes").facts(recs, { lookup = core.lookup })
        local index = check.index(recs, { lookup = core.lookup })
        local a = run(DISAGREE, { known = recs })
        local b = run(DISAGREE, { known = facts })
        local c = run(DISAGREE, { known = index })
        T.eq(a[1].message, b[1].message)
        T.eq(a[1].message, c[1].message)
        T.eq(#run(DISAGREE, { known = {} }), 0, "nothing known, nothing to say")
    end)

    T.test("check: prepare's cache gives the same findings and infers only new sentences", function()
        local core = T.core()
        local cache = {}
        local text = DISAGREE .. "\n" .. AGREE .. "\n"
        local doc = core.parse(text, { markdown = true })
        local first =
            check.run(doc:claims(), bundled(), { lookup = core.lookup, cache = cache, lines = lines_of(text) })
        local n = 0
        for _ in pairs(cache) do
            n = n + 1
        end
        T.eq(n, 2, "one entry per claim with figures")
        -- the same sentences lower in the document: cached, placed anew
        local moved = "# Title\n\n" .. text
        local doc2 = core.parse(moved, { markdown = true })
        local second =
            check.run(doc2:claims(), bundled(), { lookup = core.lookup, cache = cache, lines = lines_of(moved) })
        T.eq(#second, #first)
        T.eq(second[1].message, first[1].message)
        T.eq(second[1].line, first[1].line + 2)
    end)

    T.test("check: format writes file:line:col: severity: message", function()
        local f = run(DISAGREE .. "\n")
        local out = check.format(f, "draft.md")
        T.eq(#out, 1)
        T.ok(out[1]:find("^draft%.md:1:30: warning: %$60 million: training cost of ") ~= nil, out[1])
        -- a figure across a line break is written on one line
        f = run("DeepSeek said it spent only $60\nmillion to train DeepSeek-V3.\n")
        T.ok(check.format(f, "x.md")[1]:find("^x%.md:1:29: warning: %$60 million: ") ~= nil)
    end)

    T.test("check: add gives an index a corpus's facts about one entity, when asked", function()
        local core = T.core()
        local corpus_doc = core.parse(
            "Reuters reported that Moonshot AI was valued at $3 billion. Nvidia was valued at $3 trillion.",
            {}
        )
        local recs = records.from_claims(corpus_doc:claims(), "corpus", "/notes/a.md")
        local index = check.index(bundled(), { lookup = core.lookup })
        local n = index.count
        local text = "Moonshot AI was valued at $30 billion, investors said.\n"
        T.eq(#run(text, { known = index }), 0, "nothing known about Moonshot AI yet")
        T.ok(check.add(index, recs, { entity = "Moonshot AI", lookup = core.lookup }) == index)
        T.eq(index.count, n + 1, "the one fact about Moonshot AI, not Nvidia's")
        local f = run(text, { known = index })
        T.eq(#f, 1)
        T.contains(f[1].message, "valuation of Moonshot AI differs from Reuters (corpus, /notes/a.md:1): $3B")
    end)

    -- Known facts: the bundled ledger's and n corpus figures about
    -- DeepSeek's training cost, far from $60 million ($1B and up), and one
    -- closer to it ($100M, in the last file; still disagreeing) when close is set.
    local function many(n, close)
        local core = T.core()
        local facts = require("deepseek_claims.lib.attributes").facts(bundled(), { lookup = core.lookup })
        local base
        for _, f in ipairs(facts) do
            if f.entity == "DeepSeek" and f.attribute == "training_cost_usd" then base = base or f end
        end
        assert(base, "the bundled ledger's training cost of DeepSeek")
        local function corpus_fact(i, v)
            local g = {}
            for k, x in pairs(base) do
                g[k] = x
            end
            g.lo, g.hi, g.value, g.value_max, g.qualifier = v, v, v, nil, nil
            g.record = { source = "corpus", file = string.format("/notes/f%05d.md", i), line = 3, claimant = "Analyst" }
            return g
        end
        for i = 1, n do
            facts[#facts + 1] = corpus_fact(i, 1e9 + i * 1e6)
        end
        if close then facts[#facts + 1] = corpus_fact(n + 1, 100e6) end
        return check.index(facts)
    end

    T.test("check: thousands of known figures: only those the message names are formatted", function()
        local figures = require("deepseek_claims.lib.figures")
        local format, formatted, paths = figures.format, 0, 0
        local function path(p)
            paths = paths + 1
            return p:match("[^/]+$")
        end
        figures.format = function(...)
            formatted = formatted + 1
            return format(...)
        end
        local ok, err = pcall(function()
            local index = many(5000, true)
            local small = run(DISAGREE, { known = many(0) })
            formatted = 0
            local f = run(DISAGREE, { known = index, path = path })
            T.eq(#f, 1)
            T.ok(f[1].n_others >= 5001, "every known figure counted: " .. tostring(f[1].n_others))
            T.ok(formatted <= 4 * check.KEEP, "formatted " .. formatted .. " known figures of 5001")
            T.ok(paths <= 2 * check.KEEP, "shortened " .. paths .. " corpus paths of 5001")
            -- the ledger's first, as with few; then the closest corpus figure
            T.contains(f[1].message, small[1].message .. "; Analyst (corpus, f05001.md:3): $100M; and ")
            local more = tonumber(f[1].message:match("; and (%d+) more$"))
            T.ok(more and more >= 5000, "the rest counted: " .. f[1].message)
        end)
        figures.format = format
        assert(ok, err)
    end)

    T.test("check: a few known figures give the message they always gave", function()
        local f = run(DISAGREE, { known = many(10) })
        T.eq(#f, 1)
        T.eq(f[1].n_others, #f[1].others, "all kept")
        T.eq(
            f[1].message,
            "training cost of DeepSeek-V3 and DeepSeek differs from DeepSeek (ledger, arXiv 2412.19437): $5.576M; "
                .. "SemiAnalysis (ledger, semianalysis.com): ≥$500M; Analyst (corpus, /notes/f00001.md:3): $1.001B; "
                .. "and 9 more"
        )
    end)

    T.test("check: same_file tells the document's own copy in the corpus by another name", function()
        local core = T.core()
        local corpus_doc = core.parse("Reuters reported that Moonshot AI was valued at $3 billion.", {})
        local known = records.from_claims(corpus_doc:claims(), "corpus", "notes/a.md")
        local text = "Moonshot AI was valued at $30 billion, investors said.\n"
        T.eq(#run(text, { known = known, file = "./notes/a.md" }), 1, "== alone: another file")
        local same = function(a, b)
            return (a:gsub("^%./", "")) == (b:gsub("^%./", ""))
        end
        T.eq(#run(text, { known = known, file = "./notes/a.md", same_file = same }), 0)
        T.eq(#run(text, { known = known, file = "./notes/b.md", same_file = same }), 1)
    end)

    T.test("check: site and label", function()
        T.eq(check.site("https://arxiv.org/abs/2412.19437"), "arXiv 2412.19437")
        T.eq(check.site("https://arxiv.org/pdf/2412.19437v2"), "arXiv 2412.19437")
        T.eq(check.site("https://www.reuters.com/x/y"), "reuters.com")
        T.eq(check.site(nil), nil)
        T.eq(check.label("training_cost_usd"), "training cost")
        T.eq(check.label("gpu_count"), "GPU count")
        T.eq(check.label("price_per_1m_input_tokens_usd"), "price per 1M input tokens")
        T.eq(check.label("aime_2024_pass1_pct"), "aime 2024 pass1 %")
    end)

    T.test("check: odd input gives no finding, never an error", function()
        T.eq(#check.run({}, {}), 0)
        T.eq(#check.run(nil, nil), 0)
        local odd = {
            { text = "x", quantities = { { text = "$5", value = 5, unit = "USD" } } }, -- no line
            { line = 1, col = 1, text = "y", quantities = "nope" },
            { line = 2, col = 1 },
        }
        T.eq(#check.run(odd, bundled(), { lines = {} }), 0)
    end)
end
