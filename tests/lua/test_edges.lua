-- Edges of the Lua API: argument errors name the function however it was
-- called, names and paths with a NUL byte are never cut at it, and each
-- Lua state frees its default dictionary.

return function(T)
    local F = require("fixtures")

    T.test("argument errors name the function, also through pcall and tail calls", function()
        local core = T.core()
        local doc = core.parse(F.article)
        local d = core.dict()
        local corpus = core.scan(T.tmpdir() .. "/no-such-folder"):wait()
        -- pcall calls the function from C: no Lua code to read its name from
        T.contains(T.raises("bad argument", core.parse, {}), "bad argument #1 to 'parse' (string expected, got table)")
        T.contains(T.raises("bad argument", core.parse_file, {}), "#1 to 'parse_file'")
        T.contains(T.raises("bad argument", core.lookup, nil), "#1 to 'lookup'")
        T.contains(T.raises("bad argument", core.names, "x"), "#1 to 'names'")
        T.contains(T.raises("bad argument", core.dict, 1), "#1 to 'dict'")
        T.contains(T.raises("bad argument", core.scan, 1), "#1 to 'scan'")
        T.contains(T.raises("bad argument", doc.about, doc), "#2 to 'about' (string expected, got no value)")
        T.contains(T.raises("bad argument", doc.at, doc, "x", 1), "#2 to 'at'")
        T.contains(T.raises("bad argument", d.parse, d, {}), "#2 to 'parse'")
        T.contains(T.raises("bad argument", corpus.file_entities, corpus, "x"), "#2 to 'file_entities'")
        T.contains(T.raises("bad argument", doc.claims, nil), "#1 to 'claims'")
        -- a tail call leaves no calling frame in LuaJIT
        T.contains(
            T.raises("bad argument", function()
                return core.parse({})
            end),
            "#1 to 'parse'"
        )
        T.contains(
            T.raises("bad argument", function()
                return core.lookup(true)
            end),
            "#1 to 'lookup'"
        )
        T.contains(
            T.raises("bad argument", function()
                return doc:about()
            end),
            "to 'about'"
        )
        T.contains(
            T.raises("bad argument", function()
                return corpus:about()
            end),
            "to 'about'"
        )
        -- called from Lua code, as before: the name it was called by
        T.contains(
            T.raises("bad argument", function()
                local x = core.parse({})
                return x
            end),
            "#1 to 'parse'"
        )
        T.contains(
            T.raises("bad argument", function()
                local x = doc:about()
                return x
            end),
            "#1 to 'about'"
        )
        for _, err in ipairs({ T.raises("bad argument", core.parse, {}), T.raises("bad argument", doc.about, doc) }) do
            T.ok(not err:find("'?'", 1, true), err)
        end
    end)

    T.test("a path with a NUL byte is an error, not the file before it", function()
        local core = T.core()
        local path = T.write_file(T.tmpdir() .. "/nul.md", "Nvidia said sales rose 20%.\n")
        T.ok(core.parse_file(path), "the file itself parses")
        T.contains(
            T.raises("bad argument #1 to 'parse_file'", core.parse_file, path .. "\0.txt"),
            "a NUL byte in the path"
        )
        local tsv = T.write_file(T.tmpdir() .. "/nul.tsv", "Quill Labs\torg\tQuill\n")
        T.ok(core.dict_file(tsv), "the TSV itself loads")
        T.contains(T.raises("bad argument #1 to 'dict_file'", core.dict_file, tsv .. "\0x"), "a NUL byte in the path")
    end)

    T.test(
        "an entity name or alias (also in TSV) with a NUL byte is an error; a lookup by one finds nothing",
        function()
            local core = T.core()
            T.contains(
                T.raises("entities[1].name", core.dict, { entities = { { name = "Quill\0Labs", kind = "org" } } }),
                "a NUL byte"
            )
            T.contains(
                T.raises(
                    "entities[1].aliases[2]",
                    core.dict,
                    { entities = { { name = "Quill Labs", kind = "org", aliases = { "Quill", "Q\0L" } } } }
                ),
                "a NUL byte"
            )
            T.contains(
                T.raises("tsv: line 2: a NUL byte", core.dict, { tsv = "Quill Labs\torg\tQuill\nFoo\0Bar\torg\tFB\n" }),
                "tsv"
            )
            local tsv = T.write_file(T.tmpdir() .. "/nul-name.tsv", "Foo\0Bar\torg\tFB\n")
            local d, err = core.dict_file(tsv)
            T.eq(d, nil)
            T.eq(err, tsv .. ": line 1: a NUL byte")
            local dir = T.tmpdir() .. "/nul-scan"
            os.execute("mkdir -p " .. T.quote(dir))
            T.write_file(dir .. "/a.md", "Nvidia said its H20 chips sold well, analysts said.\n")
            local corpus = core.scan(dir):wait()
            T.ok(#corpus:about("Nvidia") >= 1, "claims about Nvidia")
            T.eq(#corpus:about("Nvidia\0junk"), 0, "a name cut at the NUL would find Nvidia")
            T.eq(core.lookup("Nvidia\0junk"), nil)
            local doc = core.parse("Nvidia said its H20 chips sold well, analysts said.")
            T.eq(doc:entity("Nvidia\0junk"), nil)
            T.eq(#doc:about("Nvidia\0junk"), 0)
        end
    )

    -- The module's metatables are taken out of the registry before each
    -- luaopen, so each one starts as in a fresh Lua state: Lua 5.4 then
    -- never finalized the default dictionary (its metatable got __gc after
    -- it was set), 1.9 MB each. VmData counts every allocated page,
    -- touched or not.
    T.test("each Lua state frees its default dictionary", function()
        T.core()
        local status = io.open("/proc/self/status")
        if not status then return end -- no /proc: nothing to measure with
        status:close()
        local function vmdata_kib()
            local f = io.open("/proc/self/status")
            local s = f:read("*a")
            f:close()
            return tonumber(s:match("VmData:%s*(%d+)"))
        end
        -- AddressSanitizer keeps freed memory in quarantine by design: sizes
        -- say nothing there (LeakSanitizer and valgrind check leaks)
        if os.getenv("ASAN_OPTIONS") then return end
        local so = assert(package.searchpath("deepseek_claims.core", package.cpath))
        local open = assert(package.loadlib(so, "luaopen_deepseek_claims_core"))
        local reg = debug.getregistry()
        local saved = {}
        -- every type of the module (dict, doc, scan, corpus, parse_job, lock ...):
        -- one left in place would get the fresh module's methods, and
        -- objects of the first one would then read the wrong upvalues
        local names = {}
        for k in pairs(reg) do
            if type(k) == "string" and k:match("^deepseek_claims%.") then names[#names + 1] = k end
        end
        for _, n in ipairs(names) do
            saved[n] = reg[n]
        end
        local function fresh_open()
            for _, n in ipairs(names) do
                reg[n] = nil
            end
            local m = open()
            T.eq(type(m.parse), "function")
        end
        -- objects of the other tests are collected first, with the
        -- metatables they were made with
        collectgarbage()
        collectgarbage()
        local ok, grew = pcall(function()
            fresh_open()
            collectgarbage()
            collectgarbage()
            local before = vmdata_kib()
            for _ = 1, 30 do
                fresh_open()
                collectgarbage()
                collectgarbage()
            end
            return vmdata_kib() - before
        end)
        for _, n in ipairs(names) do
            reg[n] = saved[n]
        end
        T.ok(ok, grew)
        -- 30 dictionaries kept would be 57 MB
        T.ok(grew < 16 * 1024, "allocated memory grew by " .. grew .. " KiB over 30 states")
    end)

    -- A document's arena is sized to its text: each one held at least a
    -- 16 KiB block (an 8-byte note took 21 KB; 20,000 of them 419 MB).
    T.test("a small document holds a small arena", function()
        local core = T.core()
        if os.getenv("ASAN_OPTIONS") or not io.open("/proc/self/status") then return end -- sizes mean nothing there
        local function rss()
            local f = io.open("/proc/self/status")
            local s = f:read("*a")
            f:close()
            return tonumber(s:match("VmRSS:%s*(%d+)")) * 1024
        end
        collectgarbage()
        collectgarbage()
        local docs, before = {}, rss()
        for i = 1, 3000 do
            docs[i] = core.parse("Nvidia.\n")
        end
        local per = (rss() - before) / #docs
        T.ok(per < 10 * 1024, string.format("%.0f bytes per document", per))
    end)
end
