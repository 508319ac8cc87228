-- A results table's claims reach every view of the engine with their
-- fields: doc:claims() and doc:claims_in(), doc:json(), the corpus records
-- of a scan, and the CLI's --json (a file and a scan): `benchmark` (the row
-- or column name), `best` (a bold cell), and the position of the cell.

return function(T)
    local json = T.json

    -- A model card in the style of a README: a note box, LaTeX, a badge,
    -- a results table with the models in the columns.
    local CARD = table.concat({
        '<div align="center">',
        '  <a href="https://huggingface.co/x"><img alt="Hugging Face"',
        '    src="https://img.shields.io/badge/%F0%9F%A4%97%20HF-x"/></a>',
        "</div>",
        "",
        "We sample with a temperature of $0.6$.",
        "",
        "| Benchmark (Metric) | GPT-4o 0513 | DeepSeek V3 |",
        "|---|---|---|",
        "| MMLU (EM) | 87.2 | **88.5** |",
        "| AIME 2024 (Pass@1) | 9.3 | - |",
        "",
        "> [!NOTE]",
        "> DeepSeek-V3 has 671 billion parameters in all.",
        "",
    }, "\n")

    local function table_claims(claims)
        local out = {}
        for _, c in ipairs(claims) do
            if c.benchmark then out[#out + 1] = c end
        end
        return out
    end

    T.test("doc:claims(): benchmark, best, the cell's position", function()
        local doc = T.core().parse(CARD)
        local got = table_claims(doc:claims())
        T.eq(#got, 3, "three figures under a model")
        T.eq(got[1].benchmark, "MMLU (EM)")
        T.eq(got[1].about[1], "GPT-4o")
        T.eq(got[1].best, false)
        T.eq(got[1].kind, "benchmark")
        T.eq(got[1].claimant, "article")
        T.eq(got[1].why.claim, "results-table")
        T.eq(got[2].about[1], "DeepSeek-V3")
        T.eq(got[2].best, true, "a bold cell is the best")
        T.eq(got[2].quantities[1].value, 88.5)
        T.eq(got[2].quantities[1].unit, "EM")
        T.eq(got[2].quantities[1].text, "88.5")
        -- the claim's position is the cell (inside its bold marks)
        local line = 10
        T.eq(got[2].line, line)
        local src_line = ({ CARD:match(("[^\n]*\n"):rep(line - 1) .. "([^\n]*)") })[1]
        T.eq(src_line:sub(got[2].col, got[2].col + 3), "88.5")
        T.eq(got[3].benchmark, "AIME 2024 (Pass@1)")
        -- prose claims have no benchmark field
        for _, c in ipairs(doc:claims()) do
            if not c.benchmark then T.eq(c.best, nil) end
        end
        -- claims_in() finds the table's claims by their lines
        T.eq(#table_claims(doc:claims_in(10, 11)), 3)
    end)

    T.test("the HTML badge, the LaTeX and the note box", function()
        local doc = T.core().parse(CARD)
        for _, c in ipairs(doc:claims()) do
            T.ok(c.line > 4, "no claim from the badge block (line " .. c.line .. ")")
            for _, q in ipairs(c.quantities) do
                T.ok(q.kind ~= "money", "no money: " .. c.text)
            end
        end
        local note
        for _, c in ipairs(doc:claims()) do
            if c.text:find("671 billion", 1, true) then note = c end
        end
        T.ok(note, "the note box's sentence is a claim")
        T.eq(note.claimant, "article", "body text, not a quotation")
    end)

    T.test("doc:json() writes benchmark and best for a table's claims only", function()
        local obj = json.decode(T.core().parse(CARD):json("card.md"))
        local n = 0
        for _, c in ipairs(obj.claims) do
            if c.benchmark ~= nil then
                n = n + 1
                T.eq(type(c.best), "boolean")
            else
                T.eq(c.best, nil)
            end
        end
        T.eq(n, 3)
    end)

    T.test("the corpus records of a scan keep benchmark and best", function()
        local core = T.core()
        local dir = T.tmpdir() .. "/tables-scan"
        os.execute("mkdir -p " .. T.quote(dir))
        T.write_file(dir .. "/card.md", CARD)
        local job = core.scan(dir)
        local t0 = os.time()
        while not job:poll().done do
            if os.time() - t0 > 20 then
                job:cancel()
                error("scan did not finish")
            end
        end
        local corpus = job:result()
        local got = table_claims(corpus:claims())
        T.eq(#got, 3)
        T.eq(got[2].benchmark, "MMLU (EM)")
        T.eq(got[2].best, true)
        T.eq(got[1].best, false)
        local direct = table_claims(core.parse(CARD):claims())
        for i, c in ipairs(got) do
            T.eq(c.line, direct[i].line)
            T.eq(c.col, direct[i].col)
            T.eq(c.text, direct[i].text)
        end
    end)

    T.test("the CLI's --json, for a file and for a scan", function()
        local path = T.write_file(T.tmpdir() .. "/card-cli.md", CARD)
        local bin = "lua5.4 " .. T.quote(T.root .. "/bin/deepseek-claims")
        for _, args in ipairs({
            "--json " .. T.quote(path),
            "scan --json " .. T.quote(path),
            "--json --entity DeepSeek-V3 " .. T.quote(path),
        }) do
            local out, err, rc = T.run(bin .. " " .. args)
            T.eq(rc, 0, args .. ": " .. err)
            local obj = json.decode(out)
            local best
            for _, c in ipairs(obj.claims) do
                if c.benchmark == "MMLU (EM)" and c.about[1] == "DeepSeek-V3" then best = c end
            end
            T.ok(best, args .. ": the table's claim")
            T.eq(best.best, true, args)
        end
    end)
end
