-- Benchmark scores in the conflicts machinery (issue 11, item 7): a claim
-- of kind benchmark gives an attribute per benchmark, from a table's row or
-- column name or from the prose around the score, so that two documents
-- giving one model different scores on one benchmark conflict.

return function(T)
    local conflicts = require("deepseek_claims.lib.conflicts")
    local attributes = require("deepseek_claims.lib.attributes")
    local records = require("deepseek_claims.lib.records")
    local BIN = T.root .. "/bin/deepseek-claims"

    -- The records of texts parsed by the engine, one file name each.
    local function recs_of(texts)
        local core = T.core()
        local out = {}
        for i, text in ipairs(texts) do
            for _, r in ipairs(records.from_claims(core.parse(text):claims(), "corpus", "doc" .. i .. ".md")) do
                out[#out + 1] = r
            end
        end
        return out
    end

    -- "entity attribute value" for every benchmark fact, sorted.
    local function bench_facts(recs)
        local out = {}
        for _, f in ipairs(attributes.facts(recs, { lookup = T.core().lookup })) do
            if attributes.is_benchmark(f.attribute) then
                out[#out + 1] = f.entity .. " | " .. f.attribute .. " | " .. string.format("%g", f.value)
            end
        end
        return T.sorted(out)
    end

    local TABLE = table.concat({
        "# Evaluation",
        "",
        "DeepSeek reported the following results for R1.",
        "",
        "| Benchmark (Metric) | DeepSeek-R1 | OpenAI o1 |",
        "| --- | --- | --- |",
        "| AIME 2024 (Pass@1) | **79.8** | 79.2 |",
        "| GPQA-Diamond (Pass@1) | 71.5 | **75.7** |",
        "| Codeforces (Percentile) | 96.3 | 96.6 |",
        "| Codeforces (Rating) | 2029 | 2061 |",
        "",
    }, "\n")

    T.test("a results table gives one fact per cell, its attribute the row's benchmark", function()
        local got = bench_facts(recs_of({ TABLE }))
        T.same(got, {
            "DeepSeek-R1 | benchmark:AIME 2024 (Pass@1) | 79.8",
            "DeepSeek-R1 | benchmark:Codeforces (Percentile) | 96.3",
            "DeepSeek-R1 | benchmark:Codeforces (Rating) | 2029",
            "DeepSeek-R1 | benchmark:GPQA-Diamond (Pass@1) | 71.5",
            "OpenAI o1 | benchmark:AIME 2024 (Pass@1) | 79.2",
            "OpenAI o1 | benchmark:Codeforces (Percentile) | 96.6",
            "OpenAI o1 | benchmark:Codeforces (Rating) | 2061",
            "OpenAI o1 | benchmark:GPQA-Diamond (Pass@1) | 75.7",
        })
        T.eq(#conflicts.find(recs_of({ TABLE }), { lookup = T.core().lookup }), 0, "one table never disagrees")
    end)

    T.test("prose scores: the benchmark after or before the score, the model that scored it", function()
        local got = bench_facts(recs_of({
            "DeepSeek said R1 scored 72.6% on AIME 2024, against 74.4% for OpenAI's o1.",
            "The lab said R1 trails o1 slightly on some general-knowledge tests, scoring 90.8% on MMLU.",
            "On GPQA Diamond, R1 reached 71.5%, DeepSeek said.",
            "DeepSeek said R1 posted an MMLU-Pro score of 84.0%.",
            "DeepSeek said R1 scored 80% on Monday, beating o1.",
        }))
        T.same(got, {
            "DeepSeek-R1 | benchmark:AIME 2024 | 72.6",
            "DeepSeek-R1 | benchmark:GPQA Diamond | 71.5",
            "DeepSeek-R1 | benchmark:MMLU | 90.8",
            "DeepSeek-R1 | benchmark:MMLU-Pro | 84",
            "OpenAI o1 | benchmark:AIME 2024 | 74.4",
        })
    end)

    T.test("two documents with different scores for one model and benchmark conflict", function()
        local core = T.core()
        local recs = recs_of({
            TABLE,
            "Independent testers said DeepSeek-R1 scored 72.6% on AIME 2024 and 71.5% on GPQA Diamond.",
        })
        local list = conflicts.find(recs, { lookup = core.lookup })
        T.eq(#list, 1, "AIME disagrees; GPQA-Diamond and GPQA Diamond agree")
        local c = list[1]
        T.eq(c.entity, "DeepSeek-R1")
        T.eq(c.attribute, "benchmark:AIME 2024 (Pass@1)", "the prose score joins the table's metric")
        T.eq(#c.clusters, 2)
        T.eq(c.clusters[1].facts[1].value, 72.6)
        T.eq(c.clusters[2].facts[1].value, 79.8)
        local text = table.concat(conflicts.format(list), "\n")
        T.contains(text, "DeepSeek-R1 · benchmark:AIME 2024 (Pass@1): 2 views")
        T.contains(text, "72.6%")
        T.contains(text, "≠ 79.8 Pass@1")
    end)

    T.test("scores agree only when equal as written, whatever the tolerance", function()
        local core = T.core()
        local function n(a, b, tolerance)
            local recs = recs_of({
                "DeepSeek said R1 scored " .. a .. "% on AIME 2024.",
                "Testers said R1 scored " .. b .. "% on AIME 2024.",
            })
            return #conflicts.find(recs, { lookup = core.lookup, tolerance = tolerance })
        end
        T.eq(n("79.8", "80"), 0, "80 may be 79.8 rounded")
        T.eq(n("79.8", "79.8"), 0)
        T.eq(n("79.8", "79.5"), 1, "a different score")
        T.eq(n("79.8", "72.6"), 1, "within the 25% money figures get")
        T.eq(n("79.8", "72.6", 0.5), 1, "--tolerance is for other figures")
    end)

    T.test("a score without its metric joins the one metric, never one of two", function()
        local core = T.core()
        local recs = recs_of({ TABLE, "Testers said DeepSeek-R1 scored 95% on Codeforces." })
        local attrs = {}
        for _, f in ipairs(attributes.facts(recs, { lookup = core.lookup })) do
            if f.record.file == "doc2.md" then attrs[#attrs + 1] = f.attribute end
        end
        T.same(attrs, { "benchmark:Codeforces" }, "Percentile or Rating: the text does not say")
        T.eq(#conflicts.find(recs, { lookup = core.lookup }), 0, "so it conflicts with neither")
    end)

    T.test("a ledger entry with a benchmark attribute compares with a table's cell", function()
        local core = T.core()
        local recs = recs_of({ TABLE })
        recs[#recs + 1] = records.from_entry({
            id = "r1-aime",
            text = "R1 scored 79.2% on AIME 2024.",
            claimant = "Vals AI",
            about = { "DeepSeek-R1" },
            kind = "benchmark",
            attribute = "benchmark:aime 2024 (pass@1)",
            quantities = { { text = "79.2%", value = 79.2, unit = "%" } },
            ledger_file = "team.jsonl",
            ledger_line = 1,
        })
        local list = conflicts.find(recs, { lookup = core.lookup, entity = "R1" })
        T.eq(#list, 1, "case and spelling of the name fold")
        T.eq(#list[1].clusters, 2)
    end)

    T.test("--conflicts shows them side by side", function()
        T.core()
        local dir = T.tmpdir() .. "/bench-conflicts"
        os.execute("mkdir -p " .. T.quote(dir))
        local a = T.write_file(dir .. "/card.md", TABLE)
        local b = T.write_file(dir .. "/tests.md", "Independent testers said DeepSeek-R1 scored 72.6% on AIME 2024.\n")
        local out, err, rc = T.run(
            "lua5.4 " .. T.quote(BIN) .. " --conflicts --no-bundled --entity R1 " .. T.quote(a) .. " " .. T.quote(b)
        )
        T.eq(rc, 0, err)
        T.contains(out, "DeepSeek-R1 · benchmark:AIME 2024 (Pass@1): 2 views")
        T.contains(out, b .. ":1")
        T.contains(out, a .. ":7")
    end)
end
