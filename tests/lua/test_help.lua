-- The help file after an install that runs `make`: doc/tags is built (by
-- tools/helptags.sh, the same tags as Neovim's :helptags) and
-- `:help deepseek-claims` opens the file at its top, on the system Neovim and
-- on 0.12 when its build is unpacked.

return function(T)
    local DOC = T.root .. "/doc/deepseek-claims.txt"

    -- The Neovims to check: the system one, and the 0.12 build of
    -- ../shared/nvim (unpacked once into build/) when it is there.
    local found
    local function nvims()
        if found then return found end
        found = {}
        local _, _, rc = T.run("command -v nvim")
        if rc == 0 then found[#found + 1] = "nvim" end
        for _, shared in ipairs({ T.root .. "/../shared", T.root .. "/../../shared" }) do
            local unpack = shared .. "/nvim/unpack.sh"
            if T.read_file(unpack) then
                local out, _, urc = T.run("sh " .. T.quote(unpack) .. " " .. T.quote(T.root .. "/build/nvim"))
                if urc == 0 then found[#found + 1] = T.quote((out:gsub("%s+$", ""))) end
                break
            end
        end
        return found
    end

    local function helptags(files)
        return T.run("sh " .. T.quote(T.root .. "/tools/helptags.sh") .. " " .. files)
    end

    T.test("make builds doc/tags: the help tags of doc/*.txt", function()
        local tags = T.read_file(T.root .. "/doc/tags")
        T.ok(tags, "doc/tags exists after make")
        local out, err, rc = helptags(T.quote(DOC))
        T.eq(rc, 0, err)
        T.eq(tags, out, "doc/tags is up to date with the help file")
        T.contains(tags, "deepseek-claims\tdeepseek-claims.txt\t/*deepseek-claims*\n")
        T.contains(tags, ":DeepSeekClaims\tdeepseek-claims.txt\t/*:DeepSeekClaims*\n")
    end)

    T.test("tools/helptags.sh writes what Neovim's :helptags writes", function()
        local list = nvims()
        T.ok(#list > 0, "no nvim to compare with")
        local mine = assert((helptags(T.quote(DOC))))
        for _, nvim in ipairs(list) do
            local dir = T.tmpdir() .. "/helptags-" .. tostring(math.random(1e9))
            os.execute("mkdir -p " .. T.quote(dir))
            T.write_file(dir .. "/deepseek-claims.txt", assert(T.read_file(DOC)))
            local _, err, rc =
                T.run(nvim .. " --headless -u NONE -i NONE -c " .. T.quote("helptags " .. dir) .. " -c 'qa!'")
            T.eq(rc, 0, nvim .. ": " .. err)
            T.eq(mine, T.read_file(dir .. "/tags"), nvim)
        end
    end)

    T.test("tools/helptags.sh: Vim's rule for a tag, and a duplicate is an error", function()
        local dir = T.tmpdir() .. "/helptags-rules"
        os.execute("mkdir -p " .. T.quote(dir))
        local a = T.write_file(
            dir .. "/a.txt",
            "*a.txt*  x\n*one* *two*\tand *three*\nnot*inside* nor *with space* nor *bar|x* nor **\n*a/b\\c*\n"
        )
        local out, err, rc = helptags(T.quote(a))
        T.eq(rc, 0, err)
        T.eq(
            out,
            "a.txt\ta.txt\t/*a.txt*\na/b\\c\ta.txt\t/*a\\/b\\\\c*\none\ta.txt\t/*one*\n"
                .. "three\ta.txt\t/*three*\ntwo\ta.txt\t/*two*\n"
        )
        local b = T.write_file(dir .. "/b.txt", "*b.txt*\n\n*two*\n")
        local _, err2, rc2 = helptags(T.quote(a) .. " " .. T.quote(b))
        T.ok(rc2 ~= 0, "a duplicate fails")
        T.contains(err2, "duplicate tag two")
        T.contains(err2, "a.txt:2")
        T.contains(err2, "b.txt:3")
    end)

    T.test(":help deepseek-claims opens the help file at its top", function()
        local list = nvims()
        T.ok(#list > 0, "no nvim to run")
        for _, nvim in ipairs(list) do
            local out = T.tmpdir() .. "/help-" .. tostring(math.random(1e9))
            local cmd = nvim
                .. " --headless -u NONE -i NONE --cmd "
                .. T.quote("set rtp^=" .. T.root)
                .. " -c 'silent! help deepseek-claims'"
                .. " -c "
                .. T.quote("call writefile([expand('%:t'), line('.'), v:errmsg], '" .. out .. "')")
                .. " -c 'qa!'"
            local _, err, rc = T.run(cmd)
            T.eq(rc, 0, nvim .. ": " .. err)
            local got = T.read_file(out) or ""
            local file, line, msg = got:match("^([^\n]*)\n([^\n]*)\n([^\n]*)")
            T.eq(msg, "", nvim .. ": no error (E149 when doc/tags is missing)")
            T.eq(file, "deepseek-claims.txt", nvim)
            T.ok(tonumber(line) and tonumber(line) <= 3, nvim .. ": at the top, got line " .. tostring(line))
        end
    end)
end
