-- doc/lexicon.md cannot go stale: its class table is the one
-- tools/lexicon-doc.lua writes from data/lexicon/classes.tsv, it names the
-- classes the built module knows, and its before/after recipe is what the
-- CLI prints.

return function(T)
    local DOC = T.root .. "/doc/lexicon.md"
    local BIN = T.root .. "/bin/deepseek-claims"

    T.test("the class table is the one written from classes.tsv", function()
        local _, err, rc = T.run("cd " .. T.quote(T.root) .. " && lua5.4 tools/lexicon-doc.lua --check")
        T.eq(rc, 0, err)
        -- and --check does fail on a stale table
        local root = T.tmpdir() .. "/lexdoc-" .. tostring(math.random(1e9))
        os.execute("mkdir -p " .. T.quote(root .. "/doc") .. " " .. T.quote(root .. "/data/lexicon"))
        T.write_file(root .. "/doc/lexicon.md", assert(T.read_file(DOC)))
        local tsv = assert(T.read_file(T.root .. "/data/lexicon/classes.tsv"))
        T.write_file(root .. "/data/lexicon/classes.tsv", tsv .. "new-class\ta class added later\n")
        local script = T.quote(T.root .. "/tools/lexicon-doc.lua")
        local _, err2, rc2 = T.run("lua5.4 " .. script .. " --check " .. T.quote(root))
        T.ok(rc2 ~= 0, "a stale table fails the check")
        T.contains(err2, "differs from data/lexicon/classes.tsv")
        local _, _, rc3 = T.run("lua5.4 " .. script .. " " .. T.quote(root))
        T.eq(rc3, 0)
        T.contains(T.read_file(root .. "/doc/lexicon.md"), "| `new-class` | a class added later |")
    end)

    T.test("it lists every class the module knows, cased ones marked", function()
        local core = T.core()
        local doc = assert(T.read_file(DOC))
        local listed = {}
        for name, mark in doc:gmatch("\n| `([%w-]+)`([^|]*)|") do
            listed[#listed + 1] = name .. (mark:find("(cased)", 1, true) and " cased" or "")
        end
        local want = {}
        for _, c in ipairs(core.lexicon_classes()) do
            want[#want + 1] = c.name .. (c.cased and " cased" or "")
        end
        T.eq(#listed, #want, "as many classes")
        T.same(T.sorted(listed), T.sorted(want))
    end)

    -- The lines of a doc code block that follow the line `after`, up to a
    -- blank line or the block's end.
    local function block_after(doc, after)
        local at = doc:find(after, 1, true)
        T.ok(at, "the doc shows " .. after)
        local out = {}
        for l in doc:sub(doc:find("\n", at, true) + 1):gmatch("([^\n]*)\n") do
            if l:match("^%s*$") or l:match("^%s*```") then break end
            out[#out + 1] = l:gsub("^   ", "") -- the recipe's blocks are indented in a list
        end
        return out
    end

    T.test("the recipe's before and after are what the CLI prints", function()
        T.core()
        local doc = assert(T.read_file(DOC))
        local dir = T.tmpdir() .. "/recipe"
        os.execute("mkdir -p " .. T.quote(dir))
        -- court.md: what the doc shows between "$ cat court.md" and the next command
        local text = doc:match("%$ cat court%.md\n(.-)\n+%$ bin/deepseek%-claims court%.md\n")
        T.ok(text, "the doc shows court.md")
        T.write_file(dir .. "/court.md", text .. "\n")
        local printf = doc:match("%$ (printf '[^\n]*' > court%-words%.tsv)")
        T.ok(printf, "the doc writes court-words.tsv with printf")
        local function run(cmd)
            local out, err, rc = T.run("cd " .. T.quote(dir) .. " && " .. cmd)
            T.eq(rc, 0, cmd .. ": " .. err)
            return out
        end
        run(printf)
        local before = table.concat(block_after(doc, "$ bin/deepseek-claims court.md"), "\n") .. "\n"
        local after = table.concat(block_after(doc, "$ bin/deepseek-claims --lexicon court-words.tsv court.md"), "\n")
            .. "\n"
        T.eq(run("lua5.4 " .. T.quote(BIN) .. " court.md"), before, "before")
        T.eq(run("lua5.4 " .. T.quote(BIN) .. " --lexicon court-words.tsv court.md"), after, "after")
        T.ok(before ~= after, "the lexicon changes the claimants")
    end)
end
