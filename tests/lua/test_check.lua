-- lib/check.lua: a document's figures against the ledgers and a corpus.
-- A figure that disagrees with every known figure for its entity and
-- attribute is a warning naming the others; one that agrees is nothing
-- (an "info" with opts.agree); each finding points at the figure's own
-- columns in the source, markup and line breaks included.

return function(T)
    local check = require("deepseek_claims.lib.check")
    local records = require("deepseek_claims.lib.records")
    local ledger = require("deepseek_claims.lib.ledger")

    local function bundled(core)
        local L = assert(ledger.load(T.root .. "/data/ledger.jsonl"))
        return check.known(records.from_ledger(L), { lookup = core.lookup })
    end

    local function run(core, text, known, opts)
        opts = opts or {}
        opts.source = opts.source or text
        opts.lookup = core.lookup
        return check.find(core.parse(text):claims(), known, opts)
    end

    -- The source text a finding points at.
    local function pointed(text, f)
        local lines = {}
        for l in (text .. "\n"):gmatch("(.-)\n") do
            lines[#lines + 1] = l
        end
        if f.line == f.end_line then return lines[f.line]:sub(f.col, f.end_col) end
        return lines[f.line]:sub(f.col) .. "\n" .. lines[f.end_line]:sub(1, f.end_col)
    end

    T.test("a figure that disagrees with the bundled ledger warns, naming its figures", function()
        local core = T.core()
        local text = "DeepSeek said it spent only $60 million to train DeepSeek-V3.\n"
        local list = run(core, text, bundled(core))
        T.eq(#list, 1)
        local f = list[1]
        T.eq(f.severity, "warn")
        T.eq(f.attribute, "training_cost_usd")
        T.eq(f.figure, "$60M")
        T.contains(f.message, "differs from DeepSeek (ledger, arXiv 2412.19437): $5.576M")
        T.eq(f.line, 1)
        T.eq(f.col, 29)
        T.eq(f.end_col, 39)
        T.eq(pointed(text, f), "$60 million")
        T.eq(f.exact, true)
        T.ok(f.claim and f.claim.text and f.quantity and f.quantity.value == 60e6, "the claim and its quantity")
        T.eq(f.others[1].source, "ledger")
        T.eq(f.others[1].claimant, "DeepSeek")
        T.eq(f.others[1].agrees, false)
    end)

    T.test("a figure that agrees is no finding; with opts.agree an info", function()
        local core = T.core()
        local text = "DeepSeek said the final training run of DeepSeek-V3 cost $5.6 million.\n"
        T.eq(#run(core, text, bundled(core)), 0)
        local list = run(core, text, bundled(core), { agree = true })
        T.eq(#list, 1)
        T.eq(list[1].severity, "info")
        T.contains(list[1].message, "agrees with DeepSeek (ledger, arXiv 2412.19437): $5.576M")
        -- a figure one ledger entry gives is not flagged for another's estimate
        local gpus = "DeepSeek trained V3 on 2,048 Nvidia H800 GPUs, the company said.\n"
        T.eq(#run(core, gpus, bundled(core)), 0)
    end)

    T.test("the figure's columns: markup, a line break, a link, two figures", function()
        local core = T.core()
        local known = bundled(core)
        local cases = {
            { "DeepSeek said it spent only **\\$60 million** to train DeepSeek-V3.\n", "$60 million" },
            { "DeepSeek said it spent only $60\nmillion to train DeepSeek-V3, it said.\n", "$60\nmillion" },
            { "> DeepSeek said it spent only [$60 million](https://x.test) to train DeepSeek-V3.\n", "$60 million" },
        }
        for _, case in ipairs(cases) do
            local list = run(core, case[1], known)
            T.eq(#list, 1, case[1])
            T.eq(pointed(case[1], list[1]), case[2], case[1])
        end
        -- two figures of one sentence, each at its own place
        local text = "Intro line.\n\nDeepSeek said it trained DeepSeek-V3 for $60 million on 20,000 GPUs.\n"
        local list = run(core, text, known)
        T.eq(#list, 2)
        T.same({ list[1].line, pointed(text, list[1]), list[1].attribute }, { 3, "$60 million", "training_cost_usd" })
        T.same({ list[2].line, pointed(text, list[2]), list[2].attribute }, { 3, "20,000 GPUs", "gpu_count" })
    end)

    T.test("the tolerance: 25% by default, as --conflicts", function()
        local core = T.core()
        local text = "DeepSeek said the final run of DeepSeek-V3 cost $6.9 million to train.\n"
        T.eq(#run(core, text, bundled(core)), 0, "within 25% of $5.576M")
        T.eq(#run(core, text, bundled(core), { tolerance = 0.1 }), 1, "not within 10%")
        T.raises("tolerance must be a number", check.find, {}, {}, { tolerance = -1 })
    end)

    T.test("the corpus: known claims of other files, asked for per entity", function()
        local core = T.core()
        local corpus_text = "DeepSeek said training DeepSeek-V3 cost $5.6 million.\n"
        local claims = core.parse(corpus_text):claims()
        for _, c in ipairs(claims) do
            c.file = "notes/a.md"
        end
        local asked = {}
        local known = check.known({}, {
            lookup = core.lookup,
            more = function(entity)
                asked[entity] = (asked[entity] or 0) + 1
                return records.from_claims(claims, "corpus")
            end,
        })
        local draft = "DeepSeek said it spent only $60 million to train DeepSeek-V3.\n"
        local list = run(core, draft, known, { file = "draft.md" })
        T.eq(#list, 1)
        T.contains(list[1].message, "DeepSeek (corpus, notes/a.md:1): $5.6M")
        for name, n in pairs(asked) do
            T.eq(n, 1, name .. " asked once")
        end
        run(core, draft, known, { file = "draft.md" })
        for name, n in pairs(asked) do
            T.eq(n, 1, name .. " still asked once")
        end
        -- the document's own claims in the corpus are not what is known
        T.eq(#run(core, draft, known, { file = "notes/a.md" }), 0)
    end)

    T.test("records, lines and a list of records as what is known", function()
        local core = T.core()
        local L = assert(ledger.load(T.root .. "/data/ledger.jsonl"))
        local text = "Intro.\n\nDeepSeek said it spent only $60 million to train DeepSeek-V3.\n"
        local recs = records.from_claims(core.parse(text):claims(), "buffer", "draft.md")
        local list = check.find(recs, records.from_ledger(L), {
            lines = { "Intro.", "", "DeepSeek said it spent only $60 million to train DeepSeek-V3." },
            lookup = core.lookup,
        })
        T.eq(#list, 1)
        T.eq(list[1].line, 3)
        T.eq(list[1].col, 29)
        -- no source: the claim's start, marked inexact
        list = check.find(recs, records.from_ledger(L), { lookup = core.lookup })
        T.eq(list[1].col, 1)
        T.eq(list[1].exact, false)
        T.eq(#check.find({}, {}, {}), 0)
    end)
end
