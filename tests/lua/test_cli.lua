-- bin/deepseek-claims, run as a separate process. The script is Lua 5.4, so
-- these tests start it with lua5.4 even when the suite runs under LuaJIT.

return function(T)
    local F = require("fixtures")
    local json = T.json
    local BIN = T.root .. "/bin/deepseek-claims"

    local function cli(args, stdin_file)
        local cmd = "lua5.4 " .. T.quote(BIN) .. " " .. args
        if stdin_file then cmd = cmd .. " < " .. T.quote(stdin_file) end
        return T.run(cmd)
    end

    local lines = T.lines

    -- A folder of notes: two articles, one plain .txt, files to skip.
    local notes
    local function make_notes()
        if notes then return notes end
        notes = T.tmpdir() .. "/notes dir" -- a space, to test quoting
        os.execute("mkdir -p " .. T.quote(notes .. "/sub") .. " " .. T.quote(notes .. "/.git"))
        T.write_file(notes .. "/budget.md", F.article)
        T.write_file(notes .. "/sub/chips.markdown", F.structure)
        T.write_file(notes .. "/sub/plain.txt", F.plain)
        T.write_file(notes .. "/.git/skipped.md", F.article)
        T.write_file(notes .. "/data.json", "{}")
        T.write_file(notes .. "/README", "Nvidia said nothing.")
        return notes
    end

    T.test("--help and --version", function()
        local out, _, rc = cli("--help")
        T.eq(rc, 0)
        T.contains(out, "Usage: deepseek-claims")
        T.contains(out, "--json")
        local _, _, rc2 = cli("-h")
        T.eq(rc2, 0)
        T.core()
        local v, _, rc3 = cli("--version")
        T.eq(rc3, 0)
        T.eq(v, "deepseek-claims 0.1.0\n")
    end)

    T.test("unknown option: usage on stderr, exit 2", function()
        local out, err, rc = cli("--bogus x.md")
        T.eq(rc, 2)
        T.eq(out, "")
        T.contains(err, "unknown option --bogus")
        T.contains(err, "Usage:")
        local _, err2, rc2 = cli("--entity")
        T.eq(rc2, 2)
        T.contains(err2, "needs a value")
        T.core()
        local out3, err3, rc3 = cli("")
        T.eq(rc3, 2, "no PATH")
        T.eq(out3, "")
        T.contains(err3, "Usage:")
    end)

    T.test("-- ends the options", function()
        T.core()
        local odd = T.tmpdir() .. "/-dash.md"
        T.write_file(odd, "Nvidia said its sales rose 20% in the quarter.\n")
        local out, err, rc = T.run("cd " .. T.quote(T.tmpdir()) .. " && lua5.4 " .. T.quote(BIN) .. " -- -dash.md")
        T.eq(rc, 0, "stderr: " .. err)
        T.contains(out, "-dash.md:1 ")
    end)

    T.test("--json --entities: entities with counts, no claims", function()
        T.core()
        local path = make_notes() .. "/budget.md"
        local out, err, rc = cli("--json --entities " .. T.quote(path))
        T.eq(rc, 0, "stderr: " .. err)
        local obj = assert(json.decode(lines(out)[1]))
        T.eq(obj.file, path)
        T.eq(obj.claims, nil)
        local counts = {}
        for _, e in ipairs(obj.entities) do
            counts[e.name] = e.count
        end
        T.eq(counts["Nvidia"], 2)
        T.eq(counts["DeepSeek"], 2)
    end)

    T.test("the script is executable and runs through its shebang", function()
        T.core()
        local out, err, rc = T.run(T.quote(BIN) .. " --version")
        T.eq(rc, 0, "stderr: " .. err)
        T.contains(out, "0.1.0")
    end)

    T.test("runs from any folder through a symlink, finding lib/ and the engine", function()
        T.core()
        local home = T.tmpdir() .. "/home"
        os.execute("mkdir -p " .. T.quote(home .. "/bin"))
        os.execute("ln -sf " .. T.quote(BIN) .. " " .. T.quote(home .. "/bin/dsc"))
        T.write_file(home .. "/note.md", F.article)
        local out, err, rc = T.run("cd " .. T.quote(home) .. " && bin/dsc --format csv note.md")
        T.eq(rc, 0, "stderr: " .. err)
        T.contains(out, "source,file,line,")
        T.contains(out, "corpus,note.md,9,")
        local out2, err2, rc2 = T.run(
            "cd / && "
                .. T.quote(home .. "/bin/dsc")
                .. " --ledger "
                .. T.quote(T.root .. "/data/ledger.jsonl")
                .. " --conflicts"
        )
        T.eq(rc2, 0, "stderr: " .. err2)
        T.contains(out2, "views")
    end)

    T.test("a clear message when the engine is not built", function()
        local fake = T.tmpdir() .. "/unbuilt"
        os.execute("mkdir -p " .. T.quote(fake .. "/bin"))
        T.write_file(fake .. "/bin/deepseek-claims", T.read_file(BIN))
        local out, err, rc = T.run("lua5.4 " .. T.quote(fake .. "/bin/deepseek-claims") .. " x.md")
        T.eq(rc, 2)
        T.eq(out, "")
        T.contains(err, "run make in " .. fake)
    end)

    T.test("human output: one claim per line", function()
        T.core()
        local path = make_notes() .. "/budget.md"
        local out, err, rc = cli(T.quote(path))
        T.eq(rc, 0, "stderr: " .. err)
        T.eq(err, "")
        local ls = lines(out)
        local doc = T.core().parse(F.article)
        T.eq(#ls, #doc:claims())
        local cost
        for _, l in ipairs(ls) do
            T.eq(l:sub(1, #path + 1), path .. ":", "starts with path:")
            if l:sub(#path + 1, #path + 3) == ":9 " then cost = l end
        end
        T.ok(cost, "a line for the claim on line 9: " .. out)
        T.ok(cost:sub(#path + 1):find("^:9 +cost +DeepSeek +"), cost)
        T.contains(cost, "≤$6M (USD 6000000)")
        T.contains(cost, "55 days")
        T.contains(cost, '"DeepSeek said on Tuesday')
        local hedged
        for _, l in ipairs(ls) do
            if l:find(":19 ", 1, true) then hedged = l end
        end
        T.ok(hedged, "a line for the claim on line 19")
        T.contains(hedged, "(hedged)")
        T.ok(hedged:sub(#path + 1):find("^:19 +cost +%- "), "nil claimant shows as -: " .. hedged)
    end)

    T.test("folders are walked: .md, .markdown, .txt; .git skipped", function()
        T.core()
        local dir = make_notes()
        local out, err, rc = cli("--json " .. T.quote(dir))
        T.eq(rc, 0, "stderr: " .. err)
        local files = {}
        for _, l in ipairs(lines(out)) do
            local obj, derr = json.decode(l)
            T.ok(obj, "each line is JSON: " .. tostring(derr))
            files[#files + 1] = obj.file
        end
        T.same(files, { dir .. "/budget.md", dir .. "/sub/chips.markdown", dir .. "/sub/plain.txt" })
    end)

    -- LUA_INIT hooks the engine's doc:claims() to say on stderr that it ran
    local hook = "local r = require; function require(n) local m = r(n); "
        .. "if n == 'deepseek_claims.core' then local ix = debug.getregistry()['deepseek_claims.doc'].__index; "
        .. "local f = ix.claims; ix.claims = function(...) io.stderr:write('doc:claims\\n'); return f(...) end end; "
        .. "return m end"
    T.test("--json writes doc:json() and builds no claim tables", function()
        T.core()
        local path = T.quote(make_notes() .. "/budget.md")
        local env = "LUA_INIT=" .. T.quote(hook) .. " "
        local out, err, rc = T.run(env .. "lua5.4 " .. T.quote(BIN) .. " " .. path)
        T.eq(rc, 0, "stderr: " .. err)
        T.ok(err:find("doc:claims", 1, true), "the hook sees the listing's doc:claims()")
        T.ok(out ~= "", "claims listed")
        out, err, rc = T.run(env .. "lua5.4 " .. T.quote(BIN) .. " --json " .. path)
        T.eq(rc, 0, "stderr: " .. err)
        T.eq(err, "", "--json asks for no claim tables")
        T.ok(#assert(json.decode(lines(out)[1])).claims > 0, "claims in the JSON line")
        -- an export needs them: -o with --json
        local _, err2, rc2 =
            T.run(env .. "lua5.4 " .. T.quote(BIN) .. " --json -o " .. T.quote(T.tmpdir() .. "/x.jsonl") .. " " .. path)
        T.eq(rc2, 0, "stderr: " .. err2)
        T.ok(err2:find("doc:claims", 1, true), "-o builds the records from doc:claims()")
    end)

    T.test("--json: the fields of doc/json.md", function()
        T.core()
        local path = make_notes() .. "/budget.md"
        local out, err, rc = cli("-j " .. T.quote(path))
        T.eq(rc, 0, "stderr: " .. err)
        local ls = lines(out)
        T.eq(#ls, 1)
        local obj = assert(json.decode(ls[1]))
        T.eq(obj.file, path)
        T.eq(obj.bytes, #F.article)
        T.ok(#obj.entities > 0 and #obj.claims > 0)
        for _, e in ipairs(obj.entities) do
            T.eq(type(e.name), "string")
            T.eq(type(e.kind), "string")
            for _, m in ipairs(e.mentions) do
                for _, k in ipairs({ "line", "col", "byte", "len" }) do
                    T.eq(type(m[k]), "number", k)
                end
                T.eq(type(m.text), "string")
            end
        end
        local kinds = {
            cost = 1,
            time = 1,
            hardware = 1,
            benchmark = 1,
            market = 1,
            funding = 1,
            policy = 1,
            quote = 1,
            other = 1,
        }
        local found_cost
        for _, c in ipairs(obj.claims) do
            for _, k in ipairs({ "line", "col", "byte", "len" }) do
                T.eq(type(c[k]), "number", k)
            end
            T.eq(type(c.text), "string")
            T.ok(kinds[c.kind], "claim kind " .. tostring(c.kind))
            T.ok(type(c.claimant) == "string" or c.claimant == json.null, "claimant string or null")
            T.eq(type(c.about), "table")
            T.eq(type(c.hedged), "boolean")
            T.eq(type(c.quantities), "table")
            if c.line == 9 then found_cost = c end
        end
        T.ok(found_cost, "the claim on line 9")
        local six
        for _, q in ipairs(found_cost.quantities) do
            if q.value == 6000000 then six = q end
        end
        T.ok(six, "6000000 among " .. T.dump(found_cost.quantities))
        T.eq(six.unit, "USD")
        T.eq(six.qualifier, "less_than")
        T.contains(ls[1], '"value":6000000')
    end)

    T.test("--entity filters claims, by canonical name or alias", function()
        T.core()
        local path = make_notes() .. "/budget.md"
        local doc = T.core().parse(F.article)
        local want = #doc:about("Nvidia H800")
        T.ok(want >= 1)
        for _, args in ipairs({ "--entity H800", "-e 'Nvidia H800'", "--entity=H800", "-eH800" }) do
            local out, err, rc = cli(args .. " " .. T.quote(path))
            T.eq(rc, 0, args .. " stderr: " .. err)
            T.eq(#lines(out), want, args)
        end
        local out = cli("--entity Meta " .. T.quote(path))
        T.eq(out, "", "no claim about an entity the article never names")
        -- JSON keeps only the claims whose about has the entity
        local jout = cli("--json --entity NVIDIA " .. T.quote(path))
        local obj = assert(json.decode(lines(jout)[1]))
        T.eq(#obj.claims, #doc:about("Nvidia"))
        for _, c in ipairs(obj.claims) do
            local has = false
            for _, a in ipairs(c.about) do
                if a == "Nvidia" then has = true end
            end
            T.ok(has, "claim about Nvidia")
        end
    end)

    T.test("--entities lists names with counts", function()
        T.core()
        local path = make_notes() .. "/budget.md"
        local out, err, rc = cli("--entities " .. T.quote(path))
        T.eq(rc, 0, "stderr: " .. err)
        local count
        for _, l in ipairs(lines(out)) do
            local n = l:match("^.-%s+(%d+)%s+org%s+Nvidia$")
            if n then count = tonumber(n) end
        end
        T.eq(count, 2, "Nvidia x2 in:\n" .. out)
    end)

    T.test("--plain and standard input", function()
        T.core()
        local file = T.write_file(T.tmpdir() .. "/plain-input", F.plain)
        local out = cli("--json --plain -", file)
        local obj = assert(json.decode(lines(out)[1]))
        T.eq(obj.file, "-")
        T.eq(obj.claims[1].text, "OpenAI said it spent more than $100 million on [training](#) runs.")
        local md = assert(json.decode(lines(cli("--json -", file))[1]))
        T.eq(md.claims[1].text, "OpenAI said it spent more than $100 million on training runs.")
    end)

    T.test("--dict adds entities", function()
        T.core()
        local tsv = T.write_file(T.tmpdir() .. "/extra.tsv", "Quill Labs\torg\tQuill\n")
        local text = T.write_file(T.tmpdir() .. "/quill.md", "Quill said it raised $10 million.\n")
        local out, err, rc = cli("--entities --dict " .. T.quote(tsv) .. " " .. T.quote(text))
        T.eq(rc, 0, "stderr: " .. err)
        T.ok(out:find("%s1%s+org%s+Quill Labs\n"), out)
        local _, err2, rc2 = cli("--dict " .. T.quote(T.tmpdir() .. "/none.tsv") .. " " .. T.quote(text))
        T.eq(rc2, 2)
        T.contains(err2, "deepseek-claims: ")
    end)

    T.test("an unreadable path: message on stderr, the rest still runs, exit 2", function()
        T.core()
        local good = make_notes() .. "/budget.md"
        local missing = T.tmpdir() .. "/missing.md"
        local out, err, rc = cli(T.quote(missing) .. " " .. T.quote(good))
        T.eq(rc, 2)
        T.ok(err:find("^deepseek%-claims: " .. missing:gsub("%p", "%%%0") .. ": "), "stderr: " .. err)
        T.eq(#lines(err), 1)
        T.eq(#lines(out), #T.core().parse(F.article):claims(), "the good file is still printed")
        local jout, _, jrc = cli("--json " .. T.quote(good) .. " " .. T.quote(missing))
        T.eq(jrc, 2)
        T.eq(#lines(jout), 1)
    end)

    ---------------------------------------------------------------------------
    -- scan: the corpus on worker threads, same output as the file mode
    ---------------------------------------------------------------------------

    -- A folder that both modes read alike: .md, .markdown and a .txt with
    -- markup (both clean every file as markdown), a .git to skip, a file to ignore.
    local corpus_dir
    local function make_corpus()
        if corpus_dir then return corpus_dir end
        corpus_dir = T.tmpdir() .. "/corpus dir"
        os.execute("mkdir -p " .. T.quote(corpus_dir .. "/sub") .. " " .. T.quote(corpus_dir .. "/.git"))
        T.write_file(corpus_dir .. "/budget.md", F.article)
        T.write_file(corpus_dir .. "/sub/chips.markdown", F.structure)
        T.write_file(
            corpus_dir .. "/sub/note.txt",
            "Nvidia [said](#) its H800 sales rose 20% to \\$4 billion in the quarter.\n"
        )
        T.write_file(corpus_dir .. "/.git/skipped.md", F.article)
        T.write_file(corpus_dir .. "/data.json", "{}")
        return corpus_dir
    end

    local function decode_lines(out)
        local objs = {}
        for _, l in ipairs(lines(out)) do
            local obj, err = json.decode(l)
            T.ok(obj, "a JSON line: " .. tostring(err) .. " in " .. l)
            objs[#objs + 1] = obj
        end
        return objs
    end

    T.test("scan --jobs 1 and 2 print the claims of the file mode", function()
        local core = T.core()
        local dir = make_corpus()
        local serial, serr, src = cli(T.quote(dir))
        T.eq(src, 0, "stderr: " .. serr)
        local want = #core.parse(F.article):claims() + #core.parse(F.structure):claims() + 1
        T.eq(#lines(serial), want)
        for _, jobs in ipairs({ "1", "2" }) do
            local out, err, rc = cli("scan " .. T.quote(dir) .. " --jobs " .. jobs)
            T.eq(rc, 0, "stderr: " .. err)
            T.eq(err, "", "no progress on stderr in a pipe")
            T.eq(out, serial, "--jobs " .. jobs)
        end
        local out = cli("--jobs=2 scan " .. T.quote(dir))
        T.eq(out, serial, "options before the scan word")
        -- --plain reads the markup as text in both modes
        local plain = cli("--plain " .. T.quote(dir))
        T.ok(plain ~= serial, "--plain changes the reading")
        T.contains(plain, "\\$4")
        T.eq((cli("scan --plain --jobs 2 " .. T.quote(dir))), plain, "scan --plain")
    end)

    T.test("scan --json: one object per file with the claims of the file mode", function()
        T.core()
        local dir = make_corpus()
        local out, err, rc = cli("scan --json --jobs 2 " .. T.quote(dir))
        T.eq(rc, 0, "stderr: " .. err)
        local objs = decode_lines(out)
        local files = {}
        for _, o in ipairs(objs) do
            files[#files + 1] = o.file
        end
        T.same(files, { dir .. "/budget.md", dir .. "/sub/chips.markdown", dir .. "/sub/note.txt" })
        T.eq(objs[1].bytes, #F.article)
        local serial = decode_lines((cli("--json " .. T.quote(dir))))
        for i, o in ipairs(objs) do
            T.same(o.claims, serial[i].claims, o.file .. ": the same claims")
        end
        local cost
        for _, c in ipairs(objs[1].claims) do
            if c.line == 9 then cost = c end
        end
        T.ok(cost, "the claim on line 9")
        T.eq(cost.col, 1)
        T.eq(cost.kind, "cost")
        T.eq(cost.claimant, "DeepSeek")
        -- a corpus keeps each entity's count and first mention: the same
        -- names, kinds, counts and first positions as the file mode
        for i, o in ipairs(objs) do
            T.eq(#o.entities, #serial[i].entities, o.file .. ": as many entities")
            for j, e in ipairs(o.entities) do
                local want = serial[i].entities[j]
                T.eq(e.name, want.name)
                T.eq(e.kind, want.kind)
                T.eq(e.count, #want.mentions, e.name .. ": count")
                T.eq(#e.mentions, 1, e.name .. ": the first mention")
                for _, k in ipairs({ "line", "col", "byte", "len" }) do
                    T.eq(e.mentions[1][k], want.mentions[1][k], e.name .. ": first mention " .. k)
                end
            end
        end
    end)

    T.test("scan --entity: the claims about one entity, alias or canonical", function()
        T.core()
        local dir = make_corpus()
        local serial = cli("--entity 'Nvidia H800' " .. T.quote(dir))
        T.ok(#lines(serial) >= 2, serial)
        for _, name in ipairs({ "H800", "'Nvidia H800'" }) do
            local out, err, rc = cli("scan --entity " .. name .. " " .. T.quote(dir))
            T.eq(rc, 0, "stderr: " .. err)
            T.eq(out, serial, name)
        end
        local objs = decode_lines((cli("scan --json -e H800 " .. T.quote(dir))))
        T.eq(#objs, 3, "every file still has its line")
        for _, o in ipairs(objs) do
            for _, c in ipairs(o.claims) do
                T.ok(table.concat(c.about, "|"):find("Nvidia H800", 1, true), "about the chip")
            end
            for _, e in ipairs(o.entities) do
                T.eq(e.name, "Nvidia H800")
            end
        end
        T.eq(#objs[3].claims, 1, "note.txt")
    end)

    T.test("scan --entities: mentions and files over the corpus", function()
        T.core()
        local dir = make_corpus()
        local mentions = 0
        for _, o in ipairs(decode_lines((cli("--json --entities " .. T.quote(dir))))) do
            for _, e in ipairs(o.entities) do
                if e.name == "Nvidia" then mentions = mentions + e.count end
            end
        end
        T.ok(mentions >= 3)
        local out, err, rc = cli("scan --entities " .. T.quote(dir))
        T.eq(rc, 0, "stderr: " .. err)
        local row
        for _, l in ipairs(lines(out)) do
            if l:find("   Nvidia$") then row = l end
        end
        T.ok(row, out)
        T.eq(row, string.format("%4d", mentions) .. "      3 files   org       Nvidia")
        local one = cli("scan --entities --entity H800 " .. T.quote(dir))
        T.eq(#lines(one), 1)
        T.ok(one:find("chip +Nvidia H800\n$"), one)
    end)

    T.test("scan: an unreadable path is reported, the rest printed, exit 2", function()
        T.core()
        local dir = make_corpus()
        local missing = T.tmpdir() .. "/no-such-dir"
        local out, err, rc = cli("scan " .. T.quote(missing) .. " " .. T.quote(dir .. "/budget.md"))
        T.eq(rc, 2)
        T.eq(err, "deepseek-claims: " .. missing .. ": No such file or directory\n")
        T.eq(out, (cli(T.quote(dir .. "/budget.md"))))
    end)

    -- `script` (bsdutils, an Essential package on Debian) gives the command a terminal.
    T.test("scan: progress on stderr when it is a terminal", function()
        T.core()
        local dir = T.tmpdir() .. "/progress"
        os.execute("mkdir -p " .. T.quote(dir))
        local big = string.rep(F.article, 40)
        for i = 1, 40 do
            T.write_file(dir .. "/a" .. i .. ".md", big)
        end
        local outfile = T.tmpdir() .. "/progress.out"
        local inner = "lua5.4 "
            .. T.quote(BIN)
            .. " scan --jobs 1 --entities "
            .. T.quote(dir)
            .. " > "
            .. T.quote(outfile)
        local tty, _, rc = T.run("script -qec " .. T.quote(inner) .. " /dev/null")
        T.eq(rc, 0)
        T.contains(tty, "scanning: ")
        T.contains(tty, " files")
        T.ok(tty:find("\r\27%[K%s*$"), "the progress line is erased: " .. T.show(tty:sub(-40)))
        T.eq(T.read_file(outfile), (cli("scan --jobs 1 --entities " .. T.quote(dir))))
    end)

    ---------------------------------------------------------------------------
    -- Ledgers, conflicts, export
    ---------------------------------------------------------------------------

    local function article(name, text)
        local dir = T.tmpdir() .. "/crafted"
        os.execute("mkdir -p " .. T.quote(dir))
        return T.write_file(dir .. "/" .. name, text)
    end

    local function pad(s, n)
        return s .. string.rep(" ", n - #s)
    end

    -- A conflict row as conflicts.format writes it.
    local function row(mark, figure, claimant, where)
        return "  " .. mark .. pad(figure, 18) .. " " .. pad(claimant, 24) .. " " .. where
    end

    local cheap = "# Costs\n\nDeepSeek said training DeepSeek-V3 cost $5.6 million.\n"
    local dear = "# Costs, again\n\nSemiAnalysis estimated that DeepSeek-V3 cost $1.6 billion to train.\n"

    T.test("--conflicts: two files that disagree on a figure, side by side", function()
        T.core()
        local a, b = article("cheap.md", cheap), article("dear.md", dear)
        local want = table.concat({
            "DeepSeek-V3 · training_cost_usd: 2 views",
            row("  ", "$5.6M", "DeepSeek", "corpus " .. a .. ":3"),
            row("≠ ", "$1.6B", "SemiAnalysis", "corpus " .. b .. ":3"),
        }, "\n") .. "\n"
        local out, err, rc = cli("--conflicts --no-bundled " .. T.quote(a) .. " " .. T.quote(b))
        T.eq(rc, 0, "stderr: " .. err)
        T.eq(err, "")
        T.eq(out, want)
        local sout, serr, src = cli("scan --conflicts --no-bundled " .. T.quote(a) .. " " .. T.quote(b))
        T.eq(src, 0, "stderr: " .. serr)
        T.eq(sout, want, "scan mode")
        local eout = cli("--conflicts --no-bundled --entity V3 " .. T.quote(a) .. " " .. T.quote(b))
        T.eq(eout, want, "--entity by alias")
        local nout, nerr, nrc = cli("--conflicts --no-bundled --entity Nvidia " .. T.quote(a) .. " " .. T.quote(b))
        T.eq(nrc, 0)
        T.eq(nout, "")
        T.eq(nerr, "deepseek-claims: no conflicts about Nvidia among 2 claims\n")
    end)

    T.test("--conflicts: agreeing figures give none; --tolerance moves the line", function()
        T.core()
        local a = article("cheap.md", cheap)
        local b = article("close.md", "# Costs\n\nAnalysts said DeepSeek-V3 cost $6.5 million to train.\n")
        local paths = T.quote(a) .. " " .. T.quote(b)
        local out, err, rc = cli("--conflicts --no-bundled " .. paths)
        T.eq(rc, 0)
        T.eq(out, "", "13% apart: within the default 25%")
        T.eq(err, "deepseek-claims: no conflicts among 2 claims\n")
        local tout, terr, trc = cli("--conflicts --no-bundled --tolerance 0.1 " .. paths)
        T.eq(trc, 0, "stderr: " .. terr)
        T.eq(lines(tout)[1], "DeepSeek-V3 · training_cost_usd: 2 views")
        T.eq(#lines(tout), 3)
    end)

    T.test("--conflicts includes the bundled ledger unless --no-bundled", function()
        T.core()
        local b = article("dear.md", dear)
        local out, err, rc = cli("--conflicts --entity DeepSeek-V3 " .. T.quote(b))
        T.eq(rc, 0, "stderr: " .. err)
        T.contains(out, "corpus " .. b .. ":3")
        T.contains(out, " ledger " .. T.root .. "/data/ledger.jsonl:")
        -- the bundled ledger alone is enough input
        local alone, aerr, arc = cli("--conflicts")
        T.eq(arc, 0, "stderr: " .. aerr)
        T.contains(alone, "ledger " .. T.root .. "/data/ledger.jsonl:")
        T.ok(not alone:find("corpus "), "no files given")
    end)

    -- A ledger with two good lines (1 and 4) and two bad ones (2 and 3).
    local function make_ledger()
        return article("mine.jsonl", table.concat({
            '{"id":"v3-cost","text":"DeepSeek put the final V3 run at $5.576 million.","claimant":"DeepSeek",'
                .. '"about":["V3"],"kind":"cost","quantities":[{"text":"$5.576 million","value":5576000,"unit":"USD"}],'
                .. '"attribute":"training_cost_usd","source":"https://arxiv.org/abs/2412.19437","date":"2024-12-27","status":"claimed"}',
            "not json",
            '{"text":"A claim with a bad status.","status":"maybe"}',
            '{"id":"nv-loss","text":"Nvidia lost $589 billion of market value in a day.","claimant":"Bloomberg",'
                .. '"about":["Nvidia"],"kind":"market","date":"2025-01-27","status":"confirmed"}',
        }, "\n") .. "\n")
    end

    T.test("--ledger: malformed lines as FILE:LINE, the rest printed, exit 2", function()
        T.core()
        local L = make_ledger()
        local a = article("cheap.md", cheap)
        local out, err, rc = cli("--ledger " .. T.quote(L) .. " " .. T.quote(a))
        T.eq(rc, 2)
        local errs = lines(err)
        T.eq(#errs, 2, err)
        T.eq(errs[1], L .. ":2: invalid JSON: unexpected character 'n' at byte 1")
        T.eq(errs[2], L .. ':3: "status" must be one of claimed, confirmed, disputed')
        local ls = lines(out)
        T.eq(#ls, 3, out)
        T.ok(ls[1]:find("^" .. a:gsub("%p", "%%%0") .. ":3 +cost +DeepSeek +"), ls[1])
        T.ok(
            ls[2]:find(
                "^"
                    .. L:gsub("%p", "%%%0")
                    .. ':1 +cost +DeepSeek +%$5%.576M %(USD 5576000%) %[claimed%] +"DeepSeek put'
            ),
            ls[2]
        )
        T.ok(ls[3]:find("^" .. L:gsub("%p", "%%%0") .. ':4 +market +Bloomberg +%- %[confirmed%] +"Nvidia lost'), ls[3])
        -- --entity keeps the entries about it (the ledger says "V3")
        local eout = cli("--ledger " .. T.quote(L) .. " --entity DeepSeek-V3 " .. T.quote(a))
        T.eq(#lines(eout), 2)
        T.contains(eout, L .. ":1 ")
        -- a missing ledger
        local _, merr, mrc = cli("--ledger " .. T.quote(L .. ".none") .. " " .. T.quote(a))
        T.eq(mrc, 2)
        T.eq(merr, "deepseek-claims: ledger " .. L .. ".none does not exist\n")
    end)

    T.test("--ledger --json: a line for the ledger with its entries", function()
        T.core()
        local L = make_ledger()
        local out, _, rc = cli("--json --ledger " .. T.quote(L))
        T.eq(rc, 2, "the malformed lines")
        local objs = decode_lines(out)
        T.eq(#objs, 1)
        T.eq(objs[1].file, L)
        T.eq(objs[1].ledger, true)
        T.eq(objs[1].bytes, #T.read_file(L))
        local c = objs[1].claims
        T.eq(#c, 2)
        T.eq(c[1].line, 1)
        T.eq(c[1].id, "v3-cost")
        T.eq(c[1].status, "claimed")
        T.eq(c[1].source, "https://arxiv.org/abs/2412.19437")
        T.eq(c[1].quantities[1].value, 5576000)
        T.eq(c[2].line, 4)
        T.eq(c[2].claimant, "Bloomberg")
    end)

    -- RFC 4180 rows (quoted fields, doubled quotes, CRLF).
    local function csv_rows(text)
        local rows, cur, field, i, quoted = {}, {}, {}, 1, false
        while i <= #text do
            local ch = text:sub(i, i)
            if quoted then
                if ch == '"' and text:sub(i + 1, i + 1) == '"' then
                    field[#field + 1] = '"'
                    i = i + 1
                elseif ch == '"' then
                    quoted = false
                else
                    field[#field + 1] = ch
                end
            elseif ch == '"' then
                quoted = true
            elseif ch == "," then
                cur[#cur + 1] = table.concat(field)
                field = {}
            elseif ch == "\r" and text:sub(i + 1, i + 1) == "\n" then
                cur[#cur + 1] = table.concat(field)
                field = {}
                rows[#rows + 1] = cur
                cur = {}
                i = i + 1
            else
                field[#field + 1] = ch
            end
            i = i + 1
        end
        return rows
    end

    local CSV_HEADER = {
        "source",
        "file",
        "line",
        "id",
        "claimant",
        "kind",
        "about",
        "text",
        "figures",
        "hedged",
        "benchmark",
        "attribute",
        "status",
        "date",
        "url",
        "note",
    }

    T.test("--format csv: a header row, then one row per claim and entry", function()
        T.core()
        local L = make_ledger()
        local a = article("cheap.md", cheap)
        local out, _, rc = cli("--format csv --ledger " .. T.quote(L) .. " " .. T.quote(a))
        T.eq(rc, 2, "the malformed ledger lines")
        T.ok(out:sub(-2) == "\r\n", "CRLF")
        local rows = csv_rows(out)
        T.same(rows[1], CSV_HEADER)
        T.eq(#rows, 4)
        T.same(rows[2], {
            "corpus",
            a,
            "3",
            "",
            "DeepSeek",
            "cost",
            "DeepSeek; DeepSeek-V3",
            "DeepSeek said training DeepSeek-V3 cost $5.6 million.",
            "$5.6M",
            "false",
            "",
            "",
            "",
            "",
            "",
            "",
        })
        T.same(
            { rows[3][1], rows[3][2], rows[3][3], rows[3][4], rows[3][12], rows[3][13], rows[3][15] },
            { "ledger", L, "1", "v3-cost", "training_cost_usd", "claimed", "https://arxiv.org/abs/2412.19437" }
        )
        T.eq(rows[4][13], "confirmed")
    end)

    T.test("--format claimreview: schema.org ClaimReview JSON-LD", function()
        T.core()
        local L = make_ledger()
        local a = article("cheap.md", cheap)
        local out = cli("--format claimreview --ledger " .. T.quote(L) .. " " .. T.quote(a))
        local list = assert(json.decode(out))
        T.eq(#list, 3)
        for _, r in ipairs(list) do
            T.eq(r["@context"], "https://schema.org")
            T.eq(r["@type"], "ClaimReview")
            T.eq(r.itemReviewed["@type"], "Claim")
            T.eq(r.reviewRating["@type"], "Rating")
            T.eq(r.reviewRating.bestRating, 3)
            T.eq(r.reviewRating.worstRating, 1)
            T.ok(r.datePublished:find("^%d%d%d%d%-%d%d%-%d%d$"))
        end
        T.eq(list[1].claimReviewed, "DeepSeek said training DeepSeek-V3 cost $5.6 million.")
        T.eq(list[1].itemReviewed.author.name, "DeepSeek")
        T.eq(list[1].itemReviewed.appearance.url, "file://" .. a)
        T.eq(list[1].reviewRating.alternateName, "claimed")
        T.eq(list[2].itemReviewed.appearance.url, "https://arxiv.org/abs/2412.19437")
        T.eq(list[2].itemReviewed.datePublished, "2024-12-27")
        T.eq(list[3].reviewRating.ratingValue, 3)
        T.eq(list[3].reviewRating.alternateName, "confirmed")
        -- --entity narrows the export
        local one = assert(json.decode((cli("--format claimreview --entity Nvidia --ledger " .. T.quote(L)))))
        T.eq(#one, 1)
        T.eq(one[1].claimReviewed, "Nvidia lost $589 billion of market value in a day.")
    end)

    T.test("--format jsonl: one record per line with source, file and line", function()
        T.core()
        local a, b = article("cheap.md", cheap), article("dear.md", dear)
        local out, err, rc = cli("--format jsonl " .. T.quote(a) .. " " .. T.quote(b))
        T.eq(rc, 0, "stderr: " .. err)
        local objs = decode_lines(out)
        T.eq(#objs, 2)
        T.same({ objs[1].source, objs[1].file, objs[1].line, objs[1].kind }, { "corpus", a, 3, "cost" })
        T.same({ objs[2].file, objs[2].claimant, objs[2].quantities[1].value }, { b, "SemiAnalysis", 1600000000 })
        local sout = cli("scan --format jsonl " .. T.quote(a) .. " " .. T.quote(b))
        T.eq(sout, out, "scan mode")
    end)

    T.test("-o FILE: the export written atomically, format from the extension", function()
        T.core()
        local a = article("cheap.md", cheap)
        local dir = T.tmpdir() .. "/exports"
        os.execute("mkdir -p " .. T.quote(dir))
        local stdout_csv = cli("--format csv " .. T.quote(a))
        local stdout_jsonl = cli("--format jsonl " .. T.quote(a))
        for _, case in ipairs({
            { "out.csv", "", stdout_csv },
            { "out.jsonl", "", stdout_jsonl },
            { "out.data", "--format csv ", stdout_csv },
        }) do
            local path = dir .. "/" .. case[1]
            local out, err, rc = cli(case[2] .. "-o " .. T.quote(path) .. " " .. T.quote(a))
            T.eq(rc, 0, case[1] .. " stderr: " .. err)
            T.eq(out, "", "nothing on stdout")
            T.eq(err, "")
            T.eq(T.read_file(path), case[3], case[1])
        end
        for _, name in ipairs({ "out.jsonld", "out.json" }) do
            local path = dir .. "/" .. name
            local _, err, rc = cli("--output=" .. T.quote(path) .. " " .. T.quote(a))
            T.eq(rc, 0, "stderr: " .. err)
            local list = assert(json.decode(T.read_file(path)))
            T.eq(list[1]["@type"], "ClaimReview")
            T.eq(list[1].itemReviewed["@type"], "Claim")
            T.eq(list[1].reviewRating.ratingValue, 2)
        end
        -- no temporary files left beside them
        local p = io.popen("ls -A " .. T.quote(dir))
        local names = p:read("a")
        p:close()
        T.eq(names, "out.csv\nout.data\nout.json\nout.jsonl\nout.jsonld\n")
        -- -o with --json: the export in the file, the JSON Lines on stdout
        local path = dir .. "/both.csv"
        local out, _, rc = cli("--json -o " .. T.quote(path) .. " " .. T.quote(a))
        T.eq(rc, 0)
        T.eq(decode_lines(out)[1].file, a)
        T.eq(T.read_file(path), stdout_csv)
        -- a folder that does not exist: an error, exit 2
        local _, err2, rc2 = cli("-o " .. T.quote(dir .. "/none/out.csv") .. " " .. T.quote(a))
        T.eq(rc2, 2)
        T.contains(err2, "does not exist")
    end)

    T.test("usage errors: exit 2 and one line that names the option", function()
        T.core()
        local a = T.quote(article("cheap.md", cheap))
        local dir = T.quote(make_corpus())
        for _, case in ipairs({
            { "scan " .. dir .. " --jobs 0", '--jobs must be a whole number from 1 to 64, got "0"' },
            { "scan " .. dir .. " --jobs abc", '--jobs must be a whole number from 1 to 64, got "abc"' },
            { "scan " .. dir .. " --jobs 65", '--jobs must be a whole number from 1 to 64, got "65"' },
            { "--jobs 2 " .. a, "--jobs works only with scan" },
            { "--conflicts --tolerance -1 " .. a, "--tolerance must be a fraction from 0 to below 1" },
            { "--conflicts --tolerance x " .. a, "--tolerance must be a fraction from 0 to below 1" },
            { "--tolerance 0.1 " .. a, "--tolerance works only with --conflicts" },
            { "--format xml " .. a, '--format must be one of jsonl, csv, claimreview, got "xml"' },
            { "--format csv --json " .. a, "--format writes to standard output like --json" },
            { "-o out.txt " .. a, "--output out.txt: cannot tell the format" },
            { "--conflicts --format csv " .. a, "--conflicts cannot be combined with --format" },
            { "--conflicts --json " .. a, "--json does not apply to --conflicts" },
            { "--entities --ledger x.jsonl " .. a, "--ledger does not apply to --entities" },
            { "scan -", "scan reads files and folders, not standard input (-)" },
            { a .. " --ledger", "option --ledger needs a value" },
            { "--conflicts " .. a .. " --tolerance", "option --tolerance needs a value" },
            { "scan " .. dir .. " --jobs", "option --jobs needs a value" },
        }) do
            local out, err, rc = cli(case[1])
            T.eq(rc, 2, case[1])
            T.eq(out, "", case[1])
            T.eq(#lines(err), 1, case[1] .. ": " .. err)
            T.contains(err, "deepseek-claims: " .. case[2], case[1])
        end
        local _, err, rc = cli("scan")
        T.eq(rc, 2)
        T.contains(err, "scan needs a DIR")
        T.contains(err, "Usage:")
    end)

    T.test("--help names every option and mode", function()
        local out = cli("--help")
        for _, word in ipairs({
            "scan [options] DIR",
            "--jobs N",
            "--ledger FILE",
            "--no-bundled",
            "--conflicts",
            "--tolerance F",
            "--format FMT",
            "-o, --output FILE",
            "--entity NAME",
            "--entities",
            "--json",
            "--plain",
            "--dict FILE",
            "--lexicon FILE",
            "--explain",
            "--version",
            "Examples:",
            "Exit status:",
        }) do
            T.contains(out, word)
        end
        for l in out:gmatch("[^\n]+") do
            T.ok(#l <= 80, "a help line over 80 columns: " .. l)
        end
    end)
    T.test("--entity that selects nothing says so on stderr", function()
        T.core()
        local a = T.write_file(T.tmpdir() .. "/entity-none.md", "Nvidia said its sales rose 20% in the quarter.\n")
        local out, err, rc = cli("--entity Foobarco " .. T.quote(a))
        T.eq(rc, 0, "not an error: nothing matched")
        T.eq(out, "")
        T.contains(err, 'no entity "Foobarco"')
        T.contains(err, "the dictionary does not know it and no input mentions it")
        local out2, err2, rc2 = cli("--entity OpenAI " .. T.quote(a))
        T.eq(rc2, 0)
        T.eq(out2, "")
        T.contains(err2, "no claims about OpenAI in 1 input", "a known entity without claims")
        local _, err3 = cli("--entities --entity OpenAI " .. T.quote(a))
        T.contains(err3, "no mention of OpenAI in 1 input")
        local _, err4 = cli("scan --entity Foobarco " .. T.quote(a))
        T.contains(err4, 'no entity "Foobarco"', "scan too")
        local out5, err5 = cli("--entity Nvidia " .. T.quote(a))
        T.contains(out5, "entity-none.md:1 ")
        T.eq(err5, "", "nothing on stderr when it matched")
    end)

    T.test("one formatter of figures: 1 day, up to as <=, the same in text and CSV", function()
        T.core()
        local a = T.write_file(
            T.tmpdir() .. "/figures-cli.md",
            "DeepSeek said the run took 1 day on up to 2,048 Nvidia H800 GPUs.\n\n"
                .. "Analysts said the chips may cost up to $6 million, according to SemiAnalysis.\n"
        )
        local out, err, rc = cli(T.quote(a))
        T.eq(rc, 0, "stderr: " .. err)
        T.contains(out, "1 day, ≤2,048 GPUs")
        T.ok(not out:find("1 days", 1, true), "never 1 days: " .. out)
        T.ok(not out:find("<", 1, true), "up to is <=, never <: " .. out)
        local rows = csv_rows((cli("--format csv " .. T.quote(a))))
        local head = {}
        for i, h in ipairs(rows[1]) do
            head[h] = i
        end
        T.eq(rows[2][head.figures], "1 day; ≤2,048 GPUs")
        T.eq(rows[2][head.hedged], "false")
        T.eq(rows[3][head.figures], "≤$6M")
        T.eq(rows[3][head.hedged], "true", "the CSV says which claims are hedged")
    end)

    T.test("-o with an unknown extension names every one it knows", function()
        local _, err, rc = cli("-o out.txt x.md")
        T.eq(rc, 2)
        for _, ext in ipairs({ ".jsonl", ".csv", ".json", ".jsonld" }) do
            T.contains(err, ext)
        end
    end)
end
