-- The module API of doc/lua-api.md: module functions, dictionaries, lookups,
-- and every document method.

return function(T)
    local F = require("fixtures")

    local function find_claim(doc, line)
        for _, c in ipairs(doc:claims()) do
            if c.line == line then return c end
        end
        error("no claim on line " .. line, 2)
    end

    local function entity_names(doc)
        local names = {}
        for _, e in ipairs(doc:entities()) do
            names[#names + 1] = e.name
        end
        return names
    end

    ---------------------------------------------------------------------
    -- Module functions
    ---------------------------------------------------------------------

    T.test("version and abi", function()
        local core = T.core()
        T.eq(core.version, "0.1.0")
        T.eq(core.abi, T.is54 and "Lua 5.4" or "LuaJIT")
    end)

    T.test("parse returns a document; #doc counts claims", function()
        local core = T.core()
        local doc = core.parse(F.article)
        T.eq(type(doc), "userdata")
        T.eq(#doc, #doc:claims())
        T.ok(#doc >= 5, "at least the 5 claims on lines 9, 13, 15, 19, 21")
        local empty = core.parse("")
        T.eq(#empty, 0)
        T.same(empty:claims(), {})
        T.same(empty:entities(), {})
        T.same(empty:mentions(), {})
    end)

    T.test("parse_file reads a file like parse reads its text", function()
        local core = T.core()
        local path = T.write_file(T.tmpdir() .. "/article.md", F.article)
        local doc = assert(core.parse_file(path))
        local ref = core.parse(F.article)
        T.eq(#doc, #ref)
        T.eq(doc:json("x"), ref:json("x"))
        local plain = assert(core.parse_file(path, { markdown = false }))
        T.eq(plain:json("x"), core.parse(F.article, { markdown = false }):json("x"))
    end)

    T.test("parse_file on a missing file returns nil, 'path: reason'", function()
        local core = T.core()
        local path = T.tmpdir() .. "/no/such/file.md"
        local doc, err = core.parse_file(path)
        T.eq(doc, nil)
        T.eq(type(err), "string")
        T.eq(err:sub(1, #path + 2), path .. ": ", "message starts with the path")
        local ddoc, derr = core.parse_file(T.tmpdir())
        T.eq(ddoc, nil, "a directory is not a document")
        T.eq(type(derr), "string")
    end)

    T.test("a dictionary extends the lexicon: a reporting verb added as data", function()
        local core = T.core()
        local text = "Jane Doe, an analyst at Foo Capital, opined that DeepSeek spent $6 million on the run."
        T.eq(core.parse(text):claims()[1].claimant, "article", "'opined' is not a reporting verb by default")
        local d = core.dict({ lexicon = { opined = "report" } })
        local c = core.parse(text, { dict = d }):claims()[1]
        T.eq(c.claimant, "Jane Doe")
        T.eq(c.claimant_type, "named")
        T.eq(type(c.why.claimant), "string", "why names the claimant rule")
        d = core.dict({ lexicon = "# my desk's words\nopined\treport\n" })
        T.eq(core.parse(text, { dict = d }):claims()[1].claimant, "Jane Doe", "the same as TSV text")
        local path = T.tmpdir() .. "/ents.tsv"
        T.write_file(path, "Foo Capital\torg\n")
        d = assert(core.dict_file(path, { lexicon = { opined = "report" } }))
        T.eq(core.parse(text, { dict = d }):claims()[1].claimant, "Jane Doe", "dict_file takes it too")
        T.raises("lexicon: 'opined': unknown class 'reprt'", core.dict, { lexicon = { opined = "reprt" } })
        T.raises(
            "lexicon: line 2: 'mused': unknown class 'bad'",
            core.dict,
            { lexicon = "quipped\treport\nmused\tbad\n" }
        )
        T.raises("bad option 'lexicon'", core.dict, { lexicon = 3 })
        T.raises("pairs of strings", core.dict, { lexicon = { "report" } })
        local classes = core.lexicon_classes()
        T.eq(classes[1].name, "report")
        T.ok(#classes[1].meaning > 10, "each class says what it means")
        local cased = {}
        for _, class in ipairs(classes) do
            if class.cased then cased[class.name] = true end
        end
        T.ok(cased.title and cased["not-final"] and not cased.report, "the cased classes are marked")
        d = core.dict({ lexicon = { Commissar = "title" } })
        local ents = core.parse("Commissar Ivo Brankov backed the plan.", { dict = d }):entities()
        T.eq(ents[1] and ents[1].name, "Ivo Brankov", "a title added as data finds a name")
        T.eq(
            #core.parse("Commissar Ivo Brankov backed the plan.", { dict = core.dict() }):entities(),
            0,
            "not without it"
        )
    end)

    T.test("lookup by canonical name and alias", function()
        local core = T.core()
        local e = core.lookup("H800")
        T.ok(e, "H800 is in the built-in dictionary")
        T.eq(e.name, "Nvidia H800")
        T.eq(e.kind, "chip")
        T.eq(type(e.aliases), "table")
        local has = false
        for _, a in ipairs(e.aliases) do
            if a == "H800" then has = true end
        end
        T.ok(has, "aliases of Nvidia H800 include H800: " .. T.dump(e.aliases))
        T.eq(core.lookup("Nvidia H800").name, "Nvidia H800")
        T.eq(core.lookup("R1").name, "DeepSeek-R1")
        T.eq(core.lookup("o1").name, "OpenAI o1")
        T.eq(core.lookup("PRC").name, "China")
        T.eq(core.lookup("U.S.").name, "United States")
        T.eq(core.lookup("no such entity anywhere"), nil)
        T.eq(core.lookup(""), nil)
    end)

    T.test("names is sorted and complete", function()
        local core = T.core()
        local names = core.names()
        T.ok(#names > 0)
        for i = 2, #names do
            T.ok(names[i - 1] <= names[i], "sorted at " .. i .. ": " .. names[i - 1] .. " / " .. names[i])
        end
        local set = {}
        for _, n in ipairs(names) do
            set[n] = true
        end
        for _, n in ipairs({ "DeepSeek", "Nvidia H800", "H800", "OpenAI o1", "o1", "China", "PRC" }) do
            T.ok(set[n], n .. " in names()")
        end
    end)

    T.test("the built-in dictionary has at least 400 entries", function()
        local core = T.core()
        T.ok(#core.dict() >= 400, "entries: " .. #core.dict())
    end)

    ---------------------------------------------------------------------
    -- Dictionaries
    ---------------------------------------------------------------------

    T.test("dict with extra entities", function()
        local core = T.core()
        local d = core.dict({ entities = { { name = "Quill Labs", kind = "org", aliases = { "Quill" } } } })
        T.eq(#d, #core.dict() + 1)
        T.eq(d:lookup("Quill").name, "Quill Labs")
        T.eq(core.lookup("Quill", d).name, "Quill Labs")
        T.eq(core.lookup("Quill"), nil, "the built-in dictionary is unchanged")
        T.eq(d:lookup("Nvidia").name, "Nvidia", "built-in entries kept")
        local doc = d:parse("Quill said it raised $10 million from investors.")
        local e = doc:entity("Quill Labs")
        T.ok(e, "entity found: " .. T.dump(entity_names(doc)))
        T.eq(e.count, 1)
        T.eq(e.kind, "org")
        T.eq(e.known, true)
        T.eq(doc:claims()[1].claimant, "Quill Labs")
        -- the same through parse's opts.dict
        T.eq(core.parse("Quill said it raised $10 million.", { dict = d }):entity("Quill").name, "Quill Labs")
    end)

    T.test("dict without the built-in entries", function()
        local core = T.core()
        local d = core.dict({
            builtin = false,
            entities = {
                { name = "Quill Labs", kind = "org", aliases = { "Quill" } },
                { name = "Acme Robotics", kind = "org" },
            },
        })
        T.eq(#d, 2)
        T.same(d:names(), { "Acme Robotics", "Quill", "Quill Labs" })
        T.same(core.names(d), { "Acme Robotics", "Quill", "Quill Labs" })
        T.eq(d:lookup("Nvidia"), nil)
        local doc = d:parse("Nvidia and Acme Robotics said nothing.")
        T.eq(doc:entity("Nvidia"), nil)
        T.eq(doc:entity("Acme Robotics").count, 1)
    end)

    T.test("dict: the same canonical name overrides kind and aliases", function()
        local core = T.core()
        local d = core.dict({ entities = { { name = "Nvidia", kind = "product", aliases = { "Team Green" } } } })
        T.eq(#d, #core.dict(), "overriding adds no entry")
        T.eq(d:lookup("Nvidia").kind, "product")
        T.eq(d:lookup("Team Green").name, "Nvidia")
        T.eq(d:lookup("NVIDIA"), nil, "the old aliases are gone")
        T.eq(core.lookup("Nvidia").kind, "org", "the built-in dictionary is unchanged")
        local doc = d:parse("Team Green said its sales rose 20%.")
        T.eq(doc:entity("Nvidia").kind, "product")
    end)

    T.test("dict from TSV text", function()
        local core = T.core()
        local d = core.dict({ builtin = false, tsv = "# a comment\nQuill Labs\torg\tQuill|QL\n\nJane Roe\tperson\n" })
        T.eq(#d, 2)
        T.eq(d:lookup("QL").name, "Quill Labs")
        T.eq(d:lookup("Jane Roe").kind, "person")
    end)

    T.test("dict: invalid entries raise with the reason", function()
        local core = T.core()
        T.raises("kind", core.dict, { entities = { { name = "X Corp", kind = "alien" } } })
        T.raises(nil, core.dict, { entities = { { kind = "org" } } }) -- no name
        T.raises(nil, core.dict, { entities = { { name = "", kind = "org" } } }) -- empty name
        T.raises(nil, core.dict, { entities = { { name = "X Corp" } } }) -- no kind
        T.raises(nil, core.dict, { entities = { { name = "X Corp", kind = "org", aliases = "X" } } })
        T.raises(nil, core.dict, { entities = { { name = "X Corp", kind = "org", aliases = { 42, {} } } } })
        T.raises(nil, core.dict, { entities = { "not a table" } })
        T.raises(nil, core.dict, { entities = "not a list" })
        T.raises("line 2", core.dict, { tsv = "Quill Labs\torg\nBad Entry\tbogus\n" })
        T.raises("line 1", core.dict, { tsv = "no tabs on this line\n" })
        -- every message is a string a user can read
        local ok, err = pcall(core.dict, { entities = { { name = "X Corp", kind = "alien" } } })
        T.eq(ok, false)
        T.eq(type(err), "string")
    end)

    T.test("dict_file", function()
        local core = T.core()
        local path = T.write_file(T.tmpdir() .. "/extra.tsv", "Quill Labs\torg\tQuill\nJane Roe\tperson\n")
        local d = assert(core.dict_file(path))
        T.eq(d:lookup("Quill").name, "Quill Labs")
        T.eq(#d, #core.dict() + 2)
        T.eq(d:lookup("Nvidia").name, "Nvidia")
        local only = assert(core.dict_file(path, { builtin = false }))
        T.eq(#only, 2)
        local missing = T.tmpdir() .. "/missing.tsv"
        local none, err = core.dict_file(missing)
        T.eq(none, nil)
        T.contains(err, missing)
        local bad = T.write_file(T.tmpdir() .. "/bad.tsv", "Quill Labs\tnot-a-kind\n")
        local ok, d2, err2 = pcall(core.dict_file, bad)
        T.ok(not ok or (d2 == nil and type(err2) == "string"), "an invalid file is refused")
    end)

    ---------------------------------------------------------------------
    -- Document methods
    ---------------------------------------------------------------------

    T.test("entities: order of first mention, counts, kinds", function()
        local core = T.core()
        local doc = core.parse(F.article)
        local ents = doc:entities()
        T.eq(ents[1].name, "DeepSeek", "the first mention is in the title")
        local seen = {}
        for _, e in ipairs(ents) do
            T.eq(type(e.known), "boolean")
            T.eq(e.count, #e.mentions, e.name .. ": count == #mentions")
            if e.known then
                local want = F.article_entities[e.name]
                T.ok(want, "unexpected dictionary entity " .. e.name)
                T.eq(e.count, want.count, e.name .. " count")
                T.eq(e.kind, want.kind, e.name .. " kind")
                seen[e.name] = true
            end
            for _, m in ipairs(e.mentions) do
                T.eq(m.name, e.name)
            end
        end
        for name in pairs(F.article_entities) do
            T.ok(seen[name], name .. " found")
        end
    end)

    T.test("mentions: source order, fields", function()
        local core = T.core()
        local doc = core.parse(F.article)
        local ms = doc:mentions()
        local total = 0
        for _, e in ipairs(doc:entities()) do
            total = total + e.count
        end
        T.eq(#ms, total)
        for i, m in ipairs(ms) do
            for _, k in ipairs({ "name", "kind", "text" }) do
                T.eq(type(m[k]), "string", k)
            end
            for _, k in ipairs({ "line", "col", "byte", "len", "end_line", "end_col" }) do
                T.eq(type(m[k]), "number", k)
            end
            if i > 1 then T.ok(ms[i - 1].byte <= m.byte, "source order at " .. i) end
        end
    end)

    T.test("at: the mention covering a position", function()
        local core = T.core()
        local doc = core.parse(F.article)
        local m = doc:at(9, 1)
        T.ok(m, "DeepSeek at 9:1")
        T.eq(m.name, "DeepSeek")
        T.eq(m.line, 9)
        T.eq(m.col, 1)
        T.eq(m.len, 8)
        T.eq(doc:at(9, 8).name, "DeepSeek", "last byte of the mention")
        T.eq(doc:at(9, 9), nil, "the space after it")
        -- [Nvidia](#) on line 11: the mention is the anchor text
        local line11 = "train, using 2,048 chips from [Nvidia](#) called H800s."
        local col = line11:find("Nvidia", 1, true)
        T.eq(doc:at(11, col).name, "Nvidia")
        T.eq(doc:at(11, col + 5).name, "Nvidia")
        T.eq(doc:at(11, col - 1), nil, "the [ of the link")
        local h = doc:at(11, line11:find("H800s", 1, true) + 2)
        T.ok(h, "H800s")
        T.eq(h.name, "Nvidia H800")
        T.eq(doc:at(2, 1), nil, "a blank line")
        T.eq(doc:at(0, 0), nil)
        T.eq(doc:at(-5, -5), nil)
        T.eq(doc:at(100000, 1), nil)
        T.eq(doc:at(9, 100000), nil)
    end)

    T.test("about: claims about an entity, by canonical name or alias", function()
        local core = T.core()
        local doc = core.parse(F.article)
        local by_alias = doc:about("H800")
        T.eq(#by_alias, 1)
        T.eq(by_alias[1].line, 9)
        T.eq(#doc:about("Nvidia H800"), 1)
        local lines = {}
        for _, c in ipairs(doc:about("NVIDIA")) do
            lines[#lines + 1] = c.line
        end
        T.same(lines, { 9, 13 }, "claims about Nvidia, through its alias NVIDIA")
        T.same(doc:about("no such entity"), {})
        T.same(doc:about("Meta"), {}, "a known entity the document never mentions")
        for _, c in ipairs(doc:about("Nvidia")) do
            local found = false
            for _, a in ipairs(c.about) do
                if a == "Nvidia" then found = true end
            end
            T.ok(found, "about() returns only claims whose about has Nvidia")
        end
    end)

    T.test("entity: by canonical name or alias", function()
        local core = T.core()
        local doc = core.parse(F.article)
        local e = doc:entity("H800")
        T.ok(e)
        T.eq(e.name, "Nvidia H800")
        T.eq(e.kind, "chip")
        T.eq(e.count, 1)
        T.eq(e.mentions[1].line, 11)
        T.eq(doc:entity("V3").name, "DeepSeek-V3")
        T.eq(doc:entity("Meta"), nil)
        T.eq(doc:entity("nothing"), nil)
    end)

    T.test("sentences: fields, heading flag", function()
        local core = T.core()
        local doc = core.parse(F.article)
        local ss = doc:sentences()
        T.ok(#ss >= 8)
        T.eq(ss[1].line, 1)
        T.eq(ss[1].heading, true, "the title is a heading")
        T.eq(ss[1].text, "DeepSeek's budget model rattles Silicon Valley")
        for i, s in ipairs(ss) do
            T.eq(type(s.heading), "boolean")
            T.eq(type(s.text), "string")
            for _, k in ipairs({ "line", "col", "byte", "len", "end_line", "end_col" }) do
                T.eq(type(s[k]), "number", k)
            end
            if i > 1 then T.ok(ss[i - 1].byte < s.byte, "source order") end
        end
        -- a sentence that is a claim is one of the sentences
        local c = find_claim(doc, 9)
        local match = false
        for _, s in ipairs(ss) do
            if s.byte == c.byte and s.len == c.len and s.text == c.text then match = true end
        end
        T.ok(match, "the claim on line 9 is a sentence with the same span and text")
    end)

    T.test("sentences: not_claim names the rule that found a sentence is no claim", function()
        local core = T.core()
        local doc = core.parse(
            "# DeepSeek cuts prices\n\nNvidia shares fell 17% on Monday. "
                .. "DeepSeek did not respond to a request for comment. Is R1 cheaper than o1?\n"
        )
        local ss = doc:sentences()
        T.eq(#ss, 4)
        T.eq(ss[1].not_claim, "heading")
        T.eq(ss[2].not_claim, nil, "a claim")
        T.eq(ss[3].not_claim, "no-comment")
        T.eq(ss[4].not_claim, "question")
        T.eq(#doc:claims(), 1)
    end)

    T.test("json: the line of doc/json.md", function()
        local core, json = T.core(), T.json
        local doc = core.parse(F.article)
        local line = doc:json("notes/budget.md")
        T.eq(line:find("\n", 1, true), nil, "one line")
        local obj, err = json.decode(line)
        T.ok(obj, err)
        T.eq(obj.file, "notes/budget.md")
        T.eq(obj.bytes, #F.article)
        local ents = doc:entities()
        T.eq(#obj.entities, #ents)
        for i, e in ipairs(obj.entities) do
            T.eq(e.name, ents[i].name)
            T.eq(e.kind, ents[i].kind)
            T.eq(#e.mentions, ents[i].count)
            for j, m in ipairs(e.mentions) do
                local want = ents[i].mentions[j]
                for _, k in ipairs({ "line", "col", "byte", "len", "text" }) do
                    T.eq(m[k], want[k], e.name .. " mention " .. j .. " " .. k)
                end
            end
        end
        local claims = doc:claims()
        T.eq(#obj.claims, #claims)
        for i, c in ipairs(obj.claims) do
            local want = claims[i]
            for _, k in ipairs({ "line", "col", "byte", "len", "text", "kind", "hedged" }) do
                T.eq(c[k], want[k], "claim " .. i .. " " .. k)
            end
            if want.claimant == nil then
                T.eq(c.claimant, json.null, "a nil claimant is null, present")
            else
                T.eq(c.claimant, want.claimant)
            end
            T.same(T.sorted(c.about), T.sorted(want.about), "claim " .. i .. " about")
            T.eq(#c.quantities, #want.quantities)
            for j, q in ipairs(c.quantities) do
                local wq = want.quantities[j]
                T.eq(q.text, wq.text)
                T.near(q.value, wq.value)
                T.eq(q.unit, wq.unit)
                T.eq(q.qualifier, wq.qualifier)
            end
        end
        -- "$6 million" is written 6000000, not 6e+06
        T.contains(line, '"value":6000000')
        -- json() with no file still decodes
        T.ok(json.decode(doc:json()), "json() without a file name")
        -- names with quotes and backslashes are escaped
        local odd = json.decode(doc:json('a "quoted"\\path\n.md'))
        T.eq(odd.file, 'a "quoted"\\path\n.md')
    end)

    T.test("tables are copies: claims outlive their document", function()
        local core = T.core()
        local claims, ents
        do
            local doc = core.parse(F.article)
            claims, ents = doc:claims(), doc:entities()
            doc = nil -- luacheck: ignore 311 (the last reference goes, for the collector)
        end
        for _ = 1, 3 do
            collectgarbage()
        end
        -- churn the heap so freed memory would be reused
        for _ = 1, 50 do
            core.parse(F.structure)
        end
        collectgarbage()
        local c = find_claim({
            claims = function()
                return claims
            end,
        }, 9)
        T.eq(c.text, F.cost_sentence)
        T.eq(ents[1].name, "DeepSeek")
        -- changing a returned table does not change the document
        local doc = core.parse(F.article)
        doc:claims()[1].text = "changed"
        T.ok(doc:claims()[1].text ~= "changed")
    end)

    T.test("dictionaries outlive the call that made them", function()
        local core = T.core()
        local doc
        do
            local d = core.dict({ entities = { { name = "Quill Labs", kind = "org", aliases = { "Quill" } } } })
            doc = d:parse("Quill said it raised $10 million.")
        end
        for _ = 1, 3 do
            collectgarbage()
        end
        T.eq(doc:entity("Quill").name, "Quill Labs", "the document keeps what it needs")
        T.eq(#doc:about("Quill"), #doc:about("Quill Labs"))
    end)
end
