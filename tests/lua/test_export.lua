-- deepseek_claims.lib.export: JSON Lines, CSV (RFC 4180) and ClaimReview JSON-LD,
-- written atomically.

return function(T)
    local export = require("deepseek_claims.lib.export")
    local records = require("deepseek_claims.lib.records")
    local json = T.json

    local function sample()
        local a = records.from_entry({
            id = "v3-cost",
            text = 'DeepSeek said V3 cost "about" $5.6 million, not more,\nin its report.',
            claimant = "DeepSeek",
            about = { "DeepSeek", "DeepSeek-V3" },
            kind = "cost",
            quantities = { { text = "$5.6 million", value = 5600000, unit = "USD", qualifier = "about" } },
            attribute = "training_cost_usd",
            source = "https://arxiv.org/abs/2412.19437",
            date = "2024-12-27",
            status = "confirmed",
            ledger_file = "data/ledger.jsonl",
            ledger_line = 1,
        })
        local b = records.from_entry({
            id = "wang",
            text = "Alexandr Wang said DeepSeek had 50,000 H100s.",
            claimant = "Alexandr Wang",
            about = { "DeepSeek" },
            kind = "hardware",
            status = "disputed",
            date = "2025-01-23",
            source = "https://www.cnbc.com/x",
            ledger_file = "l.jsonl",
            ledger_line = 7,
            quantities = { { text = "50,000 H100s", value = 50000, unit = "GPUs", qualifier = "about" } },
        })
        local c = records.from_claim({
            text = "Nvidia fell 17%.",
            kind = "market",
            line = 3,
            col = 1,
            about = { "Nvidia" },
            quantities = {},
            claimant = "article",
        }, "buffer", "/notes/week.md")
        local d = records.from_claim({
            text = "It was reported to cost less.",
            kind = "cost",
            line = 9,
            col = 5,
            about = {},
            quantities = {},
            hedged = true,
        }, "corpus", "notes/b.md")
        return { a, b, c, d }
    end

    -- A small RFC 4180 reader, to check the writer against.
    local function parse_csv(s)
        local rows, row, field, i, quoted = {}, {}, {}, 1, false
        while i <= #s do
            local ch = s:sub(i, i)
            if quoted then
                if ch == '"' then
                    if s:sub(i + 1, i + 1) == '"' then
                        field[#field + 1] = '"'
                        i = i + 1
                    else
                        quoted = false
                    end
                else
                    field[#field + 1] = ch
                end
            elseif ch == '"' then
                quoted = true
            elseif ch == "," then
                row[#row + 1] = table.concat(field)
                field = {}
            elseif ch == "\r" and s:sub(i + 1, i + 1) == "\n" then
                row[#row + 1] = table.concat(field)
                field = {}
                rows[#rows + 1] = row
                row = {}
                i = i + 1
            else
                field[#field + 1] = ch
            end
            i = i + 1
        end
        return rows
    end

    T.test("jsonl: one object per record with the record fields", function()
        local text = export.render(sample(), "jsonl")
        local lines = {}
        for l in text:gmatch("([^\n]*)\n") do
            lines[#lines + 1] = l
        end
        T.eq(#lines, 4)
        local a = assert(json.decode(lines[1]))
        T.eq(a.id, "v3-cost")
        T.eq(a.source, "ledger")
        T.eq(a.url, "https://arxiv.org/abs/2412.19437")
        T.eq(a.quantities[1].value, 5600000)
        T.eq(a.status, "confirmed")
        T.eq(a.about[2], "DeepSeek-V3")
        local d = assert(json.decode(lines[4]))
        T.eq(d.claimant, nil)
        T.eq(#d.about, 0, "an empty about stays a list")
        T.contains(lines[4], '"about":[]')
        T.eq(export.render({}, "jsonl"), "")
    end)

    T.test("csv: RFC 4180 quoting, CRLF, a header", function()
        local text = export.render(sample(), "csv")
        T.eq(text:sub(-2), "\r\n")
        T.ok(
            text:find('"DeepSeek said V3 cost ""about"" $5.6 million, not more,\nin its report."', 1, true),
            "quotes doubled, comma and newline kept inside quotes"
        )
        local rows = parse_csv(text)
        T.eq(#rows, 5)
        T.eq(rows[1][1], "source")
        T.eq(#rows[1], #rows[2], "same width")
        local head = {}
        for i, h in ipairs(rows[1]) do
            head[h] = i
        end
        T.eq(rows[2][head.text], 'DeepSeek said V3 cost "about" $5.6 million, not more,\nin its report.')
        T.eq(rows[2][head.about], "DeepSeek; DeepSeek-V3")
        T.eq(rows[2][head.figures], "~$5.6M")
        T.eq(rows[2][head.status], "confirmed")
        T.eq(rows[3][head.figures], "~50,000 GPUs")
        T.eq(rows[2][head.hedged], "false")
        T.eq(rows[5][head.hedged], "true", "a hedged claim says so in its own column")
        T.eq(rows[4][head.file], "/notes/week.md")
        T.eq(rows[4][head.line], "3")
        T.eq(rows[5][head.claimant], "")
        local cell = records.from_claim({
            text = "DeepSeek-R1, AIME 2024 (Pass@1): 79.8",
            kind = "benchmark",
            line = 40,
            about = { "DeepSeek-R1" },
            benchmark = "AIME 2024 (Pass@1)",
            quantities = { { text = "79.8", value = 79.8, unit = "Pass@1" } },
        }, "corpus", "card.md")
        local brows = parse_csv(export.render({ cell }, "csv"))
        T.eq(brows[2][head.benchmark], "AIME 2024 (Pass@1)", "a table's score names its benchmark")
    end)

    T.test("claimreview: valid JSON-LD with every required field", function()
        local core = T.core()
        local text = export.render(sample(), "claimreview", { lookup = core.lookup, date = "2025-02-01" })
        local arr = assert(json.decode(text))
        T.eq(#arr, 4)
        local ratings = {}
        for i, item in ipairs(arr) do
            T.eq(item["@context"], "https://schema.org")
            T.eq(item["@type"], "ClaimReview")
            T.ok(type(item.claimReviewed) == "string" and #item.claimReviewed > 0, "claimReviewed")
            T.eq(item.datePublished, "2025-02-01")
            T.eq(item.author["@type"], "Organization")
            local claim = item.itemReviewed
            T.eq(claim["@type"], "Claim")
            if i <= 2 then T.ok(claim.author and claim.author.name, "item " .. i .. " author") end
            T.eq(claim.appearance["@type"], "CreativeWork")
            T.ok(type(claim.appearance.url) == "string", "appearance url")
            local r = item.reviewRating
            T.eq(r["@type"], "Rating")
            T.eq(r.bestRating, 3)
            T.eq(r.worstRating, 1)
            ratings[i] = r.ratingValue .. " " .. r.alternateName
        end
        T.same(ratings, { "3 confirmed", "1 disputed", "2 claimed", "2 claimed" })
        T.eq(arr[1].itemReviewed.author["@type"], "Organization")
        T.eq(arr[1].itemReviewed.author.name, "DeepSeek")
        T.eq(arr[1].itemReviewed.datePublished, "2024-12-27")
        T.eq(arr[1].url, "https://arxiv.org/abs/2412.19437")
        T.eq(arr[2].itemReviewed.author["@type"], "Person", "a person from the dictionary")
        T.eq(arr[3].itemReviewed.appearance.url, "file:///notes/week.md")
        T.eq(arr[3].itemReviewed.author, nil, 'the article\'s voice, no author known: none, never "unknown"')
        local cwd = T.run("pwd"):gsub("\n$", "")
        T.eq(arr[4].itemReviewed.appearance.url, "file://" .. cwd .. "/notes/b.md", "a relative path: absolute")
        T.eq(export.render({}, "claimreview"), "[]\n")
    end)

    T.test("claimreview: the article's voice is the document's author or publisher", function()
        local dir = T.tmpdir() .. "/voice dir"
        os.execute("mkdir -p " .. T.quote(dir))
        local byline =
            T.write_file(dir .. "/byline.md", "# Chips\n\n*By Clara Osei and Ali Reza*\n\nNvidia fell 17%.\n")
        local front = T.write_file(
            dir .. "/front.md",
            "---\ntitle: Chips\nsite_name: Example News\nsource: https://news.example.com/chips\n---\n\nNvidia fell 17%.\n"
        )
        local prose = T.write_file(dir .. "/prose.md", "By Monday evening the app was the No. 1 free download.\n")
        local function rec(file)
            return records.from_claim(
                { text = "Nvidia fell 17%.", kind = "market", line = 5, about = { "Nvidia" }, claimant = "article" },
                "corpus",
                file
            )
        end
        local arr = assert(json.decode(export.render({ rec(byline), rec(front), rec(prose) }, "claimreview")))
        local a1 = arr[1].itemReviewed.author
        T.eq(#a1, 2, "two authors: " .. T.dump(a1))
        T.eq(a1[1]["@type"], "Person")
        T.eq(a1[1].name, "Clara Osei")
        T.eq(a1[2].name, "Ali Reza")
        T.eq(arr[1].itemReviewed.appearance.url, "file://" .. dir:gsub(" ", "%%20") .. "/byline.md")
        T.eq(arr[2].itemReviewed.author["@type"], "Organization")
        T.eq(arr[2].itemReviewed.author.name, "Example News")
        T.eq(arr[2].itemReviewed.appearance.url, "https://news.example.com/chips", "the front matter's URL")
        T.eq(arr[3].itemReviewed.author, nil, "a sentence starting with By is no byline")
        local docmeta = require("deepseek_claims.lib.docmeta")
        for _, case in ipairs({
            { "By Clara Osei, Senior Technology Reporter\n", { "Clara Osei" }, nil },
            { "By Clara Osei, Reuters\n", { "Clara Osei" }, "Reuters" },
            { "By [Clara Osei](https://example.com/osei) | Jan. 28, 2025\n", { "Clara Osei" }, nil },
            { "---\nauthor: [Jane Roe, Ali Reza]\n---\nBy Someone Else\n", { "Jane Roe", "Ali Reza" }, nil },
            { "---\nunclosed: yes\nBy Clara Osei\n", { "Clara Osei" }, nil }, -- a rule, not front matter
        }) do
            local m = docmeta.read(case[1])
            T.same(m.authors, case[2], case[1])
            T.eq(m.publisher, case[3], case[1])
        end
    end)

    T.test("claimreview: URLs absolute whatever their origin, ledger notes as the review body", function()
        local L = "/srv/ledgers/team.jsonl"
        local function entry(source, note)
            return records.from_entry({
                text = "DeepSeek said V3 cost $5.6 million.",
                claimant = "DeepSeek",
                source = source,
                note = note,
                ledger_file = L,
                ledger_line = 1,
            })
        end
        local arr = assert(json.decode(export.render({
            entry("https://arxiv.org/abs/2412.19437", "the paper's own figure, final run only"),
            entry("notes/cost.md"),
            entry("/home/me/notes/cost.md"),
        }, "claimreview")))
        T.eq(arr[1].itemReviewed.appearance.url, "https://arxiv.org/abs/2412.19437")
        T.eq(arr[1].reviewBody, "the paper's own figure, final run only")
        T.eq(arr[2].itemReviewed.appearance.url, "file:///srv/ledgers/notes/cost.md", "relative to the ledger")
        T.eq(arr[3].itemReviewed.appearance.url, "file:///home/me/notes/cost.md")
        T.eq(arr[2].reviewBody, nil)
        for i, item in ipairs(arr) do
            T.ok(item.itemReviewed.appearance.url:find("^%a+://"), "item " .. i .. " is a URL")
        end
    end)

    T.test("write: atomic, format from the extension, clear errors", function()
        local dir = T.tmpdir()
        T.eq(export.format_of("a.csv"), "csv")
        T.eq(export.format_of("a.JSONL"), "jsonl")
        T.eq(export.format_of("a.json"), "claimreview")
        T.eq(export.format_of("a.txt"), nil)
        T.eq(assert(export.write(dir .. "/out.csv", sample())), 4)
        T.eq(parse_csv(T.read_file(dir .. "/out.csv"))[1][1], "source")
        T.eq(assert(export.write(dir .. "/out.txt", sample(), "jsonl")), 4)
        local ok, err = export.write(dir .. "/out.txt", sample())
        T.eq(ok, nil)
        T.contains(err, "cannot tell the format")
        T.contains(err, ".jsonld", "every extension is named")
        local ok2, err2 = export.write(dir .. "/x.csv", sample(), "yaml")
        T.eq(ok2, nil)
        T.contains(err2, 'unknown format "yaml"')
        local ok3, err3 = export.write(dir .. "/missing/dir/x.csv", sample())
        T.eq(ok3, nil)
        T.contains(err3, "does not exist")
        -- an existing file is replaced whole
        T.write_file(dir .. "/old.jsonl", string.rep("old line\n", 100))
        assert(export.write(dir .. "/old.jsonl", { sample()[1] }))
        T.ok(not T.read_file(dir .. "/old.jsonl"):find("old line", 1, true))
    end)
end
