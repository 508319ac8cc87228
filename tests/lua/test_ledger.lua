-- deepseek_claims.lib.ledger: round trips, malformed lines (reported, skipped,
-- kept on save), missing and unwritable files, concurrent saves from two
-- processes, lookups, and the bundled data/ledger.jsonl.

return function(T)
    local ledger = require("deepseek_claims.lib.ledger")
    local json = T.json

    local n = 0
    -- A fresh path in the scratch directory.
    local function path(name)
        n = n + 1
        return T.tmpdir() .. "/ledger-" .. n .. "-" .. (name or "l.jsonl")
    end

    local function entry(text, extra)
        local e = {
            text = text,
            claimant = "DeepSeek",
            about = { "DeepSeek-V3" },
            kind = "cost",
            quantities = { { text = "$5.6 million", value = 5600000, unit = "USD", qualifier = "about" } },
            status = "claimed",
            date = "2025-01-27",
            source = "https://example.com/a",
        }
        for k, v in pairs(extra or {}) do
            e[k] = v
        end
        return e
    end

    T.test("append then load round trips every field", function()
        local p = path()
        local a =
            assert(ledger.append(p, entry("V3 cost $5.6 million to train.", { id = "v3-cost", note = "final run" })))
        T.eq(a.id, "v3-cost")
        local b =
            assert(ledger.append(p, entry("R1 matched o1, the lab said.", { kind = "benchmark", quantities = {} })))
        T.ok(b.id:find("^deepseek%-r1%-matched%-o1%-the%-%x+$"), "generated id " .. b.id)
        local L, msg = ledger.load(p)
        T.eq(msg, nil)
        T.eq(#L.entries, 2)
        T.eq(#L.problems, 0)
        local e = L.entries[1]
        T.eq(e.id, "v3-cost")
        T.eq(e.text, "V3 cost $5.6 million to train.")
        T.eq(e.claimant, "DeepSeek")
        T.same(T.sorted(e.about), { "DeepSeek-V3" })
        T.eq(e.quantities[1].value, 5600000)
        T.eq(e.quantities[1].qualifier, "about")
        T.eq(e.status, "claimed")
        T.eq(e.note, "final run")
        T.eq(e.ledger_file, p)
        T.eq(e.ledger_line, 1)
        T.eq(L.entries[2].ledger_line, 2)
        T.eq(#L.entries[2].quantities, 0, "an empty list stays a list")
        T.eq(ledger.by_id(L, "v3-cost"), e)
        -- one JSON object per line, newline-terminated, no load-time fields
        local raw = T.read_file(p)
        T.eq(raw:sub(-1), "\n")
        T.ok(not raw:find("ledger_", 1, true), "ledger_* fields are not written")
        for line in raw:gmatch("[^\n]+") do
            T.ok(json.decode(line), line)
        end
    end)

    T.test("the same generated id twice gets a suffix; a given duplicate id is refused", function()
        local p = path()
        local a = assert(ledger.append(p, entry("Same text.")))
        local b = assert(ledger.append(p, entry("Same text.")))
        T.eq(b.id, a.id .. "-2")
        local c, err = ledger.append(p, entry("Other.", { id = a.id }))
        T.eq(c, nil)
        T.contains(err, "already has an entry with id")
        T.eq(#ledger.load(p).entries, 2)
    end)

    T.test("malformed lines are reported with file and line, skipped, and kept on save", function()
        local p = path()
        local content = table.concat({
            '{"id":"a","text":"First claim."}',
            '{"id":"b","text": broken',
            "",
            "[1, 2, 3]",
            '{"id":"c","text":""}',
            '{"id":"d","text":"Bad kind.","kind":"gossip"}',
            '{"id":"e","text":"Bad status.","status":"maybe"}',
            '{"id":"f","text":"Bad figure.","quantities":[{"text":"x","value":"6"}]}',
            '{"id":"g","text":"Windows line end."}\r',
            '{"id":"a","text":"Duplicate id."}',
            '{"id":"h","text":"Last, no newline.","date":"27 Jan"}',
        }, "\n")
        T.write_file(p, content)
        local L = ledger.load(p)
        local ids = {}
        for _, e in ipairs(L.entries) do
            ids[#ids + 1] = e.id
        end
        T.same(ids, { "a", "g" })
        local lines = {}
        for _, pr in ipairs(L.problems) do
            T.eq(pr.file, p)
            lines[#lines + 1] = pr.line
        end
        T.same(lines, { 2, 4, 5, 6, 7, 8, 10, 11 })
        T.contains(L.problems[1].message, "invalid JSON")
        T.contains(L.problems[2].message, "expected a JSON object")
        T.contains(L.problems[3].message, 'missing "text"')
        T.contains(L.problems[4].message, '"kind" must be one of')
        T.contains(L.problems[5].message, '"status" must be one of')
        T.contains(L.problems[6].message, "value must be a number")
        T.contains(L.problems[7].message, 'duplicate id "a" (first on line 1)')
        T.contains(L.problems[8].message, "YYYY-MM-DD")
        T.contains(ledger.format_problems(L)[1], p .. ":2: invalid JSON")
        -- a save keeps every old line byte for byte, bad ones included
        assert(ledger.append(p, entry("New claim.")))
        local raw = T.read_file(p)
        T.eq(raw:sub(1, #content), content, "old content kept verbatim")
        T.eq(raw:sub(#content + 1, #content + 1), "\n")
        local L2 = ledger.load(p)
        T.eq(#L2.entries, 3)
        T.eq(#L2.problems, 8)
        T.eq(L2.entries[3].ledger_line, 12)
    end)

    -- found by make fuzz: 2E64000 read as infinity, the line loaded, and every
    -- later rewrite of the file raised "cannot encode inf in JSON"
    T.test("a figure out of range is a reported line, and the ledger still saves", function()
        local p = path()
        T.write_file(p, '{"id":"a","text":"Ok."}\n{"id":"b","text":"Huge.","quantities":[{"value":2E64000}]}\n')
        local L = ledger.load(p)
        T.eq(#L.entries, 1)
        T.eq(#L.problems, 1)
        T.contains(L.problems[1].message, "number out of range")
        T.ok(ledger.append(p, entry("Saved after it.")), "a save rewrites the file")
        T.contains(T.read_file(p), "2E64000", "the bad line is kept as it was")
    end)

    T.test("replace changes one entry and leaves every other line alone", function()
        local p = path()
        T.write_file(p, '{"id":"x","text":"One."}\nnot json\n{"id":"y","text":"Two.","status":"claimed"}\n')
        local L = ledger.load(p)
        local y = ledger.by_id(L, "y")
        y.status = "disputed"
        y.note = "see the filing"
        assert(ledger.replace(p, "y", y))
        local raw = T.read_file(p)
        T.eq(raw:match("^([^\n]*\n[^\n]*\n)"), '{"id":"x","text":"One."}\nnot json\n')
        local L2 = ledger.load(p)
        T.eq(ledger.by_id(L2, "y").status, "disputed")
        T.eq(ledger.by_id(L2, "y").note, "see the filing")
        T.eq(ledger.by_id(L2, "y").ledger_line, 3)
        local ok, err = ledger.replace(p, "nope", { text = "x" })
        T.eq(ok, nil)
        T.contains(err, 'no entry with id "nope"')
    end)

    T.test("save replaces the line of the same claim, keeping its id; a new claim is appended", function()
        local p = path()
        T.write_file(p, '{"id":"x","text":"One."}\nnot json\n')
        local a, how = ledger.save(p, entry("V3 cost $5.6 million.", { status = "disputed", note = "run only" }))
        T.eq(how, "added")
        -- the same claim again, from another file: one line, a new status, no note
        local b, how2 = ledger.save(p, entry("V3 cost $5.6 million.", { status = "confirmed", source = "b.md" }))
        T.eq(how2, "updated")
        T.eq(b.id, a.id, "the id is kept")
        local L = ledger.load(p)
        T.eq(#L.entries, 2, "no second entry")
        local e = ledger.by_id(L, a.id)
        T.eq(e.status, "confirmed")
        T.eq(e.note, nil)
        T.eq(e.source, "b.md")
        T.eq(e.ledger_line, 3)
        T.eq(T.read_file(p):match("^([^\n]*\n[^\n]*\n)"), '{"id":"x","text":"One."}\nnot json\n', "other lines kept")
        -- another claimant's words are another claim
        local _, how3 = ledger.save(p, entry("V3 cost $5.6 million.", { claimant = "SemiAnalysis" }))
        T.eq(how3, "added")
        T.eq(#ledger.load(p).entries, 3)
        -- two lines of one claim (appended before save existed): both updated
        local q = path()
        assert(ledger.append(q, entry("Same.", { status = "disputed" })))
        assert(ledger.append(q, entry("Same.", { status = "confirmed" })))
        T.eq(select(2, ledger.save(q, entry("Same.", { status = "claimed" }))), "updated")
        local Q = ledger.load(q)
        T.eq(#Q.entries, 2)
        T.eq(Q.entries[1].status, "claimed")
        T.eq(Q.entries[2].status, "claimed")
        T.ok(Q.entries[1].id ~= Q.entries[2].id, "each keeps its id")
        local bad, err = ledger.save(q, { text = 3 })
        T.eq(bad, nil)
        T.contains(err, "invalid entry")
    end)

    T.test("a missing file is an empty ledger; a message only when asked for", function()
        local p = path("missing.jsonl")
        local L, msg = ledger.load(p)
        T.eq(#L.entries, 0)
        T.eq(L.missing, true)
        T.eq(msg, nil)
        local L2, msg2 = ledger.load(p, { must_exist = true })
        T.eq(#L2.entries, 0)
        T.contains(msg2, p .. " does not exist")
    end)

    T.test("unreadable and unwritable places give nil and a clear message", function()
        -- a directory where the ledger should be (root ignores chmod, so
        -- no permission tricks here)
        local dir = T.tmpdir() .. "/is-a-dir.jsonl"
        os.execute("mkdir -p " .. T.quote(dir))
        local L, err = ledger.load(dir)
        T.eq(L, nil)
        T.contains(err, "is a directory")
        local e, werr = ledger.append(dir, entry("x"))
        T.eq(e, nil)
        T.contains(werr, "directory")
        -- a ledger under a directory that does not exist: not created
        local p = T.tmpdir() .. "/no/such/dir/ledger.jsonl"
        local e2, err2 = ledger.append(p, entry("x"))
        T.eq(e2, nil)
        T.contains(err2, "does not exist")
        T.eq(T.read_file(p), nil)
        -- an invalid entry is refused before anything is touched
        local p3 = path()
        local e3, err3 = ledger.append(p3, { text = "x", kind = "gossip" })
        T.eq(e3, nil)
        T.contains(err3, "invalid entry")
        T.eq(T.read_file(p3), nil)
    end)

    T.test("a lock folder left by an older version does not block a save", function()
        local p = path()
        os.execute("mkdir " .. T.quote(p .. ".lock"))
        local e = assert(ledger.append(p, entry("After a crash."), { wait = 0 }))
        T.ok(e.id)
        T.eq(#ledger.load(p).entries, 1)
        T.eq(io.open(p .. ".lock", "rb"), nil, "lock released")
    end)

    T.test("concurrent saves from two processes lose no line", function()
        local p = path("shared.jsonl")
        T.write_file(p, '{"id":"seed","text":"Already here."}\nnot json, kept\n')
        local script = T.write_file(
            T.tmpdir() .. "/append-loop.lua",
            table.concat({
                "package.path = " .. string.format("%q", T.root .. "/lua/?.lua;") .. " .. package.path",
                "package.cpath = "
                    .. string.format("%q", T.root .. (T.is54 and "/build/lua5.4/?.so;" or "/lua/?.so;"))
                    .. " .. package.cpath",
                "local ledger = require('deepseek_claims.lib.ledger')",
                "local who, count, path = arg[1], tonumber(arg[2]), arg[3]",
                "for i = 1, count do",
                "  local e, err = ledger.append(path, { id = who .. '-' .. i, text = who .. ' claim ' .. i })",
                "  if not e then io.stderr:write(err, '\\n') os.exit(1) end",
                "end",
            }, "\n")
        )
        local per = 15
        local cmd = string.format(
            "%s %s a %d %s & %s %s b %d %s & wait",
            T.interp,
            T.quote(script),
            per,
            T.quote(p),
            T.interp,
            T.quote(script),
            per,
            T.quote(p)
        )
        local _, err = T.run(cmd)
        T.eq(err, "", "no process failed")
        local L = ledger.load(p)
        T.eq(#L.entries, 1 + 2 * per, "every append is there")
        T.eq(#L.problems, 1, "the malformed line is still there")
        for _, who in ipairs({ "a", "b" }) do
            for i = 1, per do
                T.ok(ledger.by_id(L, who .. "-" .. i), who .. "-" .. i)
            end
        end
        local ls = io.popen("ls -a " .. T.quote(T.tmpdir()))
        local names = ls:read("*a")
        ls:close()
        T.ok(not names:find("shared.jsonl.lock", 1, true), "no lock left")
        T.ok(not names:find("%.tmp"), "no temporary file left")
    end)

    T.test("entries about an entity, by canonical name or alias", function()
        local core = T.core()
        local L = ledger.parse(
            table.concat({
                '{"id":"1","text":"a","about":["DeepSeek-V3"]}',
                '{"id":"2","text":"b","about":["V3","Nvidia"]}',
                '{"id":"3","text":"c","about":["OpenAI"]}',
            }, "\n"),
            "mem"
        )
        local ids = {}
        for _, e in ipairs(ledger.about(L, "V3", core.lookup)) do
            ids[#ids + 1] = e.id
        end
        T.same(ids, { "1", "2" })
        T.eq(#ledger.about(L, "DeepSeek-V3"), 2, "default lookup: the engine's")
        T.eq(#ledger.about(L, "Anthropic", core.lookup), 0)
    end)

    T.test("the bundled ledger loads cleanly and is well sourced", function()
        local core = T.core()
        local L, msg = ledger.load(T.root .. "/data/ledger.jsonl", { must_exist = true })
        T.eq(msg, nil)
        T.same(ledger.format_problems(L), {})
        T.ok(#L.entries >= 45, #L.entries .. " entries")
        local statuses, kinds = {}, {}
        for _, e in ipairs(L.entries) do
            local what = "entry " .. tostring(e.id)
            T.ok(type(e.id) == "string" and e.id:find("^[%w%-%.]+$"), what .. ": a slug id")
            T.ok(type(e.source) == "string" and e.source:find("^https://[%w%-%.]+%.%a+/"), what .. ": a source URL")
            T.ok(type(e.date) == "string", what .. ": a date")
            T.ok(type(e.claimant) == "string", what .. ": a claimant")
            T.ok(#e.about > 0, what .. ": about something")
            for _, a in ipairs(e.about) do
                local d = core.lookup(a)
                T.ok(d and d.name == a, what .. ": " .. a .. " is a canonical dictionary name")
            end
            statuses[e.status] = true
            kinds[e.kind] = true
        end
        T.ok(statuses.claimed and statuses.confirmed and statuses.disputed, "all three statuses used")
        for _, k in ipairs({ "cost", "hardware", "benchmark", "market", "funding", "policy", "quote", "other" }) do
            T.ok(kinds[k], "a " .. k .. " claim")
        end
    end)
end
