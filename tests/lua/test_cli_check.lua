-- bin/deepseek-claims --check: each figure that differs from the ledgers
-- (and a --corpus) as "file:line:col: warning: ..." and exit status 1; a
-- text that agrees prints nothing and exits 0; errors exit 2. And the scan
-- cache of the CLI: under $XDG_CACHE_HOME, --cache-dir, --no-cache; a
-- corrupt one changes nothing in the output.

return function(T)
    local BIN = T.root .. "/bin/deepseek-claims"

    local function cli(args)
        return T.run("lua5.4 " .. T.quote(BIN) .. " " .. args)
    end

    local function dir(name)
        local d = T.tmpdir() .. "/" .. name
        os.execute("mkdir -p " .. T.quote(d))
        return d
    end

    local DRAFT = "# Draft\n\nDeepSeek said it spent only **\\$60 million** to train DeepSeek-V3.\n\n"
        .. "The V3 model cost $5.6 million to train, DeepSeek said.\n"

    T.test("--check: a figure that differs is a compiler-style warning; exit status 1", function()
        T.core()
        local d = dir("check-a")
        local draft = T.write_file(d .. "/draft.md", DRAFT)
        local out, err, rc = cli("--check " .. T.quote(draft))
        T.eq(rc, 1, "stderr: " .. err)
        T.eq(err, "")
        T.eq(
            out,
            draft
                .. ":3:32: warning: $60 million: training cost of DeepSeek-V3 and DeepSeek differs from "
                .. "DeepSeek (ledger, arXiv 2412.19437): $5.576M; SemiAnalysis (ledger, semianalysis.com): ≥$500M\n"
        )
        -- --verbose: the figure that agrees too, as an info line
        out, err, rc = cli("--check --verbose " .. T.quote(draft))
        T.eq(rc, 1)
        T.contains(
            out,
            draft
                .. ":5:19: info: $5.6 million: training cost of DeepSeek-V3 agrees with DeepSeek (ledger, arXiv 2412.19437): $5.576M"
        )
        T.contains(err, "1 figure differs")
    end)

    T.test("--check: a text that agrees prints nothing and exits 0", function()
        T.core()
        local d = dir("check-b")
        local ok = T.write_file(d .. "/ok.md", "The V3 model cost $5.6 million to train, DeepSeek said.\n")
        local out, err, rc = cli("--check " .. T.quote(ok))
        T.same({ out, err, rc }, { "", "", 0 })
        -- standard input and a folder
        out, err, rc =
            T.run("printf 'DeepSeek said V3 cost $60 million to train.\\n' | lua5.4 " .. T.quote(BIN) .. " --check -")
        T.eq(rc, 1, err)
        T.ok(out:match("^%-:1:%d+: warning: %$60 million: training cost of [^\n]* differs from DeepSeek"), out)
        T.write_file(d .. "/draft.md", DRAFT)
        out, err, rc = cli("--check " .. T.quote(d))
        T.eq(rc, 1, err)
        T.contains(out, d .. "/draft.md:3:32: warning:")
    end)

    T.test("--check with --ledger, --no-bundled, --tolerance and --corpus", function()
        T.core()
        local d = dir("check-c")
        local draft = T.write_file(d .. "/draft.md", DRAFT)
        local mine = T.write_file(
            d .. "/mine.jsonl",
            '{"id":"v3-60m","text":"A rumour put V3 at $60 million.","claimant":"a rumour","about":["DeepSeek-V3"],'
                .. '"kind":"cost","quantities":[{"text":"$60 million","value":60000000,"unit":"USD"}],'
                .. '"attribute":"training_cost_usd","status":"disputed"}\n'
        )
        local out, _, rc = cli("--check --no-bundled --ledger " .. T.quote(mine) .. " " .. T.quote(draft))
        T.eq(rc, 1, "the $5.6M line differs from the rumour")
        T.contains(
            out,
            draft
                .. ":5:19: warning: $5.6 million: training cost of DeepSeek-V3 differs from a rumour (ledger, mine.jsonl:1): $60M"
        )
        T.ok(not out:find(":3:32:"), "the $60M agrees with the rumour")
        out, _, rc = cli("--check --no-bundled " .. T.quote(draft))
        T.same({ out, rc }, { "", 0 }, "nothing known")
        out, _, rc = cli("--check --tolerance 0.99 " .. T.quote(draft))
        T.eq(rc, 0, "everything agrees within 99%: " .. out)
        -- a corpus: its claims count, the draft's own copy in it does not
        local corpus = dir("check-c/corpus")
        T.write_file(corpus .. "/a.md", "Analysts said training DeepSeek-V3 cost $61 million, Reuters reported.\n")
        T.write_file(corpus .. "/draft.md", DRAFT)
        out, _, rc = cli("--check --no-bundled --corpus " .. T.quote(corpus) .. " " .. T.quote(corpus .. "/draft.md"))
        T.eq(rc, 1)
        T.contains(
            out,
            ":5:19: warning: $5.6 million: training cost of DeepSeek-V3 differs from analysts (corpus, "
                .. corpus
                .. "/a.md:1): $61M"
        )
        T.ok(not out:find("draft.md:3"), "$60M agrees with $61M: " .. out)
        -- the same file by another name is still the draft's own copy
        local again =
            cli("--check --no-bundled --corpus " .. T.quote(corpus) .. " " .. T.quote(corpus .. "/./draft.md"))
        T.contains(again, "/./draft.md:5:19: warning: $5.6 million:", "its own $5.6M is not what is known")
        -- a --corpus that cannot be read: an error, exit status 2, the check still made
        local err
        out, err, rc = cli("--check --corpus " .. T.quote(corpus .. "/missing") .. " " .. T.quote(draft))
        T.eq(rc, 2)
        T.contains(err, "missing")
        T.contains(out, draft .. ":3:32: warning:")
        T.eq(#T.ls(T.quote(T.tmpdir() .. "/xdg-cache/deepseek-claims") .. "/corpus-*.dsc"), 1, "its scan cached")
    end)

    T.test("--check: errors exit 2, the other files still checked; bad options", function()
        T.core()
        local d = dir("check-d")
        local draft = T.write_file(d .. "/draft.md", DRAFT)
        local out, err, rc = cli("--check " .. T.quote(d .. "/missing.md") .. " " .. T.quote(draft))
        T.eq(rc, 2)
        T.contains(err, "missing.md")
        T.contains(out, draft .. ":3:32: warning:")
        for _, case in ipairs({
            { "--check --json x.md", "--json does not apply to --check" },
            { "--check", "--check needs the FILEs" },
            { "--corpus notes x.md", "--corpus works only with --check" },
            { "--verbose x.md", "--verbose works only with --check" },
            { "--no-cache x.md", "--no-cache works only with scan or --corpus" },
            { "--check --conflicts x.md", "--conflicts does not apply to --check" },
        }) do
            _, err, rc = cli(case[1])
            T.eq(rc, 2, case[1])
            T.contains(err, case[2], case[1])
        end
    end)

    T.test("scan: the cache under $XDG_CACHE_HOME, --cache-dir, --no-cache; a corrupt one changes nothing", function()
        T.core()
        local d = dir("cache-cli/notes")
        T.write_file(d .. "/a.md", "DeepSeek said V3 cost $5.6 million to train on 2,048 H800s.\n")
        T.write_file(d .. "/b.md", "Nvidia shares fell 17% on Monday, analysts said.\n")
        os.execute("touch -d '1 hour ago' " .. T.quote(d) .. "/*.md")
        local want = cli("scan --no-cache " .. T.quote(d))
        local caches = T.quote(T.tmpdir() .. "/xdg-cache/deepseek-claims") .. "/notes-*.dsc"
        T.eq(#T.ls(caches), 0, "--no-cache writes none")
        T.eq(cli("scan --json " .. T.quote(d)), cli("scan --json --no-cache " .. T.quote(d)))
        T.eq(cli("scan " .. T.quote(d)), want, "a first scan with the cache")
        local files = T.ls(caches)
        T.eq(#files, 1, "written under $XDG_CACHE_HOME/deepseek-claims")
        T.eq(cli("scan " .. T.quote(d)), want, "from the cache")
        T.write_file(files[1], T.read_file(files[1]):sub(1, 100))
        local out, err, rc = cli("scan " .. T.quote(d))
        T.same({ out, err, rc }, { want, "", 0 }, "a cut cache: the same output, rebuilt quietly")
        T.ok(#T.read_file(files[1]) > 100, "rebuilt")
        local other = dir("cache-cli/other")
        cli("scan --cache-dir " .. T.quote(other) .. " " .. T.quote(d))
        T.eq(#T.ls(T.quote(other) .. "/notes-*.dsc"), 1, "--cache-dir")
    end)
end
