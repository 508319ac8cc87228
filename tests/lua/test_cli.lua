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

    local function lines(s)
        local out = {}
        for l in s:gmatch("[^\n]+") do out[#out + 1] = l end
        return out
    end

    -- A folder of notes: two articles, one plain .txt, files to skip.
    local notes
    local function make_notes()
        if notes then return notes end
        notes = T.tmpdir() .. "/notes dir"   -- a space, to test quoting
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
        for _, e in ipairs(obj.entities) do counts[e.name] = e.count end
        T.eq(counts["Nvidia"], 2)
        T.eq(counts["DeepSeek"], 2)
    end)

    T.test("the script is executable and runs through its shebang", function()
        T.core()
        local out, err, rc = T.run(T.quote(BIN) .. " --version")
        T.eq(rc, 0, "stderr: " .. err)
        T.contains(out, "0.1.0")
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
        T.contains(cost, "less than $6M (USD 6000000)")
        T.contains(cost, "55 days")
        T.contains(cost, '"DeepSeek said on Tuesday')
        local hedged
        for _, l in ipairs(ls) do if l:find(":19 ", 1, true) then hedged = l end end
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

    T.test("--json: the DESIGN.md fields", function()
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
                for _, k in ipairs({ "line", "col", "byte", "len" }) do T.eq(type(m[k]), "number", k) end
                T.eq(type(m.text), "string")
            end
        end
        local kinds = { cost = 1, time = 1, hardware = 1, benchmark = 1, market = 1, funding = 1,
                        policy = 1, quote = 1, other = 1 }
        local found_cost
        for _, c in ipairs(obj.claims) do
            for _, k in ipairs({ "line", "col", "byte", "len" }) do T.eq(type(c[k]), "number", k) end
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
        for _, q in ipairs(found_cost.quantities) do if q.value == 6000000 then six = q end end
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
            for _, a in ipairs(c.about) do if a == "Nvidia" then has = true end end
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
end
