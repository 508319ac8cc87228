-- tools/lint.sh (make lint) on a scratch tree with the project's
-- .luacheckrc and .stylua.toml: clean files pass, each kind of problem
-- fails its file and is named.

return function(T)
    local function tree()
        local root = T.tmpdir() .. "/lint-" .. tostring(math.random(1e9))
        os.execute("mkdir -p " .. T.quote(root .. "/lua/deepseek_claims/lib") .. " " .. T.quote(root .. "/plugin"))
        for _, f in ipairs({ ".luacheckrc", ".stylua.toml" }) do
            T.write_file(root .. "/" .. f, assert(T.read_file(T.root .. "/" .. f)))
        end
        T.write_file(root .. "/lua/deepseek_claims/lib/pure.lua", 'local M = {}\n\nM.name = "pure"\n\nreturn M\n')
        T.write_file(
            root .. "/lua/deepseek_claims/view.lua",
            "local M = {}\n\nfunction M.open()\n    vim.bo[0].modifiable = false\n    return vim.api.nvim_get_current_buf()\nend\n\nreturn M\n"
        )
        T.write_file(root .. "/plugin/p.lua", "vim.g.loaded_p = 1\n")
        return root
    end

    local function lint(root)
        return T.run("DSC_LINT_ROOT=" .. T.quote(root) .. " sh " .. T.quote(T.root .. "/tools/lint.sh"))
    end

    T.test("clean files pass, one check per file and tool", function()
        local out, err, rc = lint(tree())
        T.eq(rc, 0, out .. err)
        T.contains(out, "lint: 6 passed, 0 failed")
    end)

    T.test("vim in lib/ is an error: lib/ is shared with the CLI", function()
        local root = tree()
        T.write_file(root .. "/lua/deepseek_claims/lib/bad.lua", "local M = {}\n\nM.buf = vim.api\n\nreturn M\n")
        local out, _, rc = lint(root)
        T.ok(rc ~= 0, "fails")
        T.contains(out, "lib/bad.lua:3:")
        T.contains(out, "undefined variable 'vim'")
        T.contains(out, "lint: 7 passed, 1 failed")
    end)

    T.test("a mistake luacheck sees and a file stylua would change", function()
        local root = tree()
        T.write_file(root .. "/lua/deepseek_claims/lib/unused.lua", "local M = {}\n\nlocal x = 1\n\nreturn M\n")
        T.write_file(root .. "/lua/deepseek_claims/lib/style.lua", "local M = {}\nM.s = 'single'\nreturn M\n")
        local out, _, rc = lint(root)
        T.ok(rc ~= 0, "fails")
        T.contains(out, "unused.lua:3:7: (W211) unused variable 'x'")
        T.contains(out, "Diff in ")
        T.contains(out, "style.lua")
        T.contains(out, "lint: 8 passed, 2 failed")
    end)
end
