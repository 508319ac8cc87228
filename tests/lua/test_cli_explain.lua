-- bin/deepseek-claims --explain (every sentence with its decision) and
-- --lexicon FILE (the user's words), run as a separate process under lua5.4.

return function(T)
    local F = require("fixtures")
    local json = T.json
    local BIN = T.root .. "/bin/deepseek-claims"

    local function cli(args)
        return T.run("lua5.4 " .. T.quote(BIN) .. " " .. args)
    end

    local lines = T.lines

    local function article()
        return T.write_file(T.tmpdir() .. "/explain.md", F.article)
    end

    T.test("--explain: each claim with its rules, each other sentence with the rule that rejected it", function()
        local core = T.core()
        local path = article()
        local out, err, rc = cli("--explain " .. T.quote(path))
        T.eq(rc, 0, "stderr: " .. err)
        local doc = core.parse(F.article)
        local text = "\n" .. out
        for _, c in ipairs(doc:claims()) do
            local head = string.format(
                "\n%s:%d:%d: claim: %s · %s (%s)",
                path,
                c.line,
                c.col,
                c.kind,
                c.claimant or "-",
                c.claimant_type
            )
            T.contains(text, head)
            T.contains(
                text,
                string.format(
                    "why: claim=%s claimant=%s kind=%s hedge=%s",
                    c.why.claim,
                    c.why.claimant,
                    c.why.kind,
                    c.why.hedge or "-"
                ),
                "the rules of the claim on line " .. c.line
            )
        end
        local rejected = 0
        for _, s in ipairs(doc:sentences()) do
            if s.not_claim and s.not_claim ~= "heading" then
                rejected = rejected + 1
                T.contains(text, string.format("\n%s:%d:%d: not a claim: %s\n", path, s.line, s.col, s.not_claim))
            end
            T.contains(text, '\n    "' .. s.text .. '"\n', "every sentence is shown")
        end
        T.ok(rejected > 0, "the fixture has a sentence that is no claim")
        T.contains(out, "hedge=may", "a hedge cue is named")
        T.contains(out, "· hedged\n")
    end)

    T.test("--explain --json: every sentence once, its claims inside it, the rule of each rejection", function()
        local core = T.core()
        local path = article()
        local out, err, rc = cli("--explain --json " .. T.quote(path) .. " " .. T.quote(path))
        T.eq(rc, 0, "stderr: " .. err)
        local objs = {}
        for _, l in ipairs(lines(out)) do
            objs[#objs + 1] = assert(json.decode(l))
        end
        T.eq(#objs, 2, "one object per file")
        local obj = objs[1]
        T.eq(obj.file, path)
        local doc = core.parse(F.article)
        local sentences, claims = doc:sentences(), doc:claims()
        T.eq(#obj.sentences, #sentences)
        local n = 0
        for i, s in ipairs(obj.sentences) do
            T.eq(s.byte, sentences[i].byte, "in order")
            T.eq(s.text, sentences[i].text)
            T.eq(s.claim, #s.claims > 0)
            if s.claim then
                T.eq(s.not_claim, json.null, "a claim has no rejection")
            else
                T.eq(s.not_claim, sentences[i].not_claim, "the engine's rule")
            end
            for _, c in ipairs(s.claims) do
                n = n + 1
                local want = claims[n]
                T.eq(c.byte, want.byte, "claims in order, each once")
                T.ok(c.byte >= s.byte and c.byte < s.byte + s.len, "inside its sentence")
                T.same(c.why, {
                    claim = want.why.claim,
                    claimant = want.why.claimant,
                    kind = want.why.kind,
                    hedge = want.why.hedge or json.null,
                })
                T.eq(c.claimant_type, want.claimant_type)
            end
        end
        T.eq(n, #claims, "every claim is in a sentence")
    end)

    T.test("--explain: a sentence with two claims and a table's cells", function()
        local core = T.core()
        local card = T.root .. "/examples/model-card.md"
        local out, err, rc = cli("--explain --json " .. T.quote(card))
        T.eq(rc, 0, "stderr: " .. err)
        local obj = assert(json.decode(out))
        local cells, total = 0, 0
        for _, s in ipairs(obj.sentences) do
            total = total + #s.claims
            for _, c in ipairs(s.claims) do
                if c.benchmark then
                    cells = cells + 1
                    T.eq(#s.claims, 1, "a cell holds one figure")
                end
            end
        end
        T.eq(total, #core.parse_file(card):claims())
        T.ok(cells > 10, "the table's cells are claims: " .. cells)
        local two = T.write_file(
            T.tmpdir() .. "/two.md",
            "Analysts at Bernstein said the $5.6 million covered only the final run, and SemiAnalysis "
                .. "estimated that DeepSeek may have access to around 50,000 Nvidia GPUs.\n"
        )
        local text = cli("--explain " .. T.quote(two))
        local heads = select(2, text:gsub("\n?[^\n]*two%.md:1:1: claim: ", ""))
        T.eq(heads, #core.parse_file(two):claims(), text)
        T.eq(select(2, text:gsub('\n    "Analysts at', "")), 1, "the sentence once")
    end)

    T.test("--explain does not mix with other modes", function()
        for _, case in ipairs({
            { "scan --explain x.md", "use it without scan" },
            { "--explain --conflicts x.md", "--conflicts does not apply to --explain" },
            { "--explain --format csv x.md", "--format does not apply to --explain" },
            { "--explain --entity Nvidia x.md", "--entity does not apply to --explain" },
            { "--explain --entities x.md", "--entities does not apply to --explain" },
        }) do
            local out, err, rc = cli(case[1])
            T.eq(rc, 2, case[1])
            T.eq(out, "")
            T.contains(err, case[2])
        end
    end)

    local OPINED = "Jane Doe, an analyst at Foo Capital, opined that DeepSeek spent $6 million on the run.\n\n"
        .. "Nvidia's sales will double next year, Jo Park opined in a note to clients.\n"

    T.test("--lexicon FILE: a reporting verb added as data changes the claimant", function()
        T.core()
        local dir = T.tmpdir() .. "/lexicon"
        os.execute("mkdir -p " .. T.quote(dir))
        local a = T.write_file(dir .. "/opined.md", OPINED)
        local before = cli(T.quote(a))
        T.ok(before:find(":1 +cost +article "), before)
        T.ok(before:find(":3 +market +article "), before)
        local lex = T.write_file(dir .. "/words.tsv", "\239\187\191# my desk's words\r\nopined\treport saying\r\n")
        local out, err, rc = cli("--lexicon " .. T.quote(lex) .. " " .. T.quote(a))
        T.eq(rc, 0, "stderr: " .. err)
        T.ok(out:find(":1 +cost +Jane Doe "), "report makes the subject the claimant: " .. out)
        T.ok(out:find(":3 +market +article "), "Jo Park is no name yet: " .. out)
        local more = T.write_file(dir .. "/names.tsv", "opined\tspeaker-verb\n")
        local out2 = cli("--lexicon " .. T.quote(lex) .. " --lexicon " .. T.quote(more) .. " " .. T.quote(a))
        T.ok(out2:find(":3 +market +Jo Park "), "a second file adds speaker-verb: " .. out2)
        local why = cli("--explain --lexicon " .. T.quote(lex) .. " " .. T.quote(a))
        T.contains(why, "claim: cost · Jane Doe (named)")
        -- with --dict, with scan
        local ents = T.write_file(dir .. "/ents.tsv", "Foo Capital\torg\n")
        local out3 = cli("--dict " .. T.quote(ents) .. " --lexicon " .. T.quote(lex) .. " " .. T.quote(a))
        T.ok(out3:find(":1 +cost +Jane Doe "), out3)
        local out4 = cli("scan --lexicon " .. T.quote(lex) .. " " .. T.quote(a))
        T.eq(out4, out, "scan reads with the same words")
    end)

    T.test("--lexicon errors name the file and line, and suggest a class", function()
        T.core()
        local dir = T.tmpdir() .. "/lexicon-bad"
        os.execute("mkdir -p " .. T.quote(dir))
        local a = T.write_file(dir .. "/a.md", OPINED)
        local good = T.write_file(dir .. "/good.tsv", "# fine\nopined\treport\n\nquipped\treport\n")
        local bad = T.write_file(dir .. "/bad.tsv", "# one\nmused\tsaying\ncontended\treprt\n")
        local out, err, rc = cli("--lexicon " .. T.quote(good) .. " --lexicon " .. T.quote(bad) .. " " .. T.quote(a))
        T.eq(rc, 2)
        T.eq(out, "")
        T.contains(err, bad .. ":3: 'contended': unknown class 'reprt' (did you mean 'report'?)")
        T.contains(err, "doc/lexicon.md")
        local w = T.write_file(dir .. "/word.tsv", "according to\treport\n")
        local _, err2, rc2 = cli("--lexicon " .. T.quote(w) .. " " .. T.quote(a))
        T.eq(rc2, 2)
        T.contains(err2, w .. ":1: 'according to' is not a word")
        local _, err3, rc3 = cli("--lexicon " .. T.quote(dir .. "/missing.tsv") .. " " .. T.quote(a))
        T.eq(rc3, 2)
        T.contains(err3, "--lexicon " .. dir .. "/missing.tsv: ")
        local _, err4, rc4 = cli("--lexicon " .. T.quote(a) .. " " .. T.quote(a))
        T.eq(rc4, 2, "an article is no lexicon")
        T.contains(err4, a .. ":1: ")
    end)
end
