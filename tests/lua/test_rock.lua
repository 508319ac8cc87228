-- The LuaRocks package (deepseek-claims-scm-1.rockspec): `luarocks make` in
-- the checkout and `luarocks install` of a packed rock, each into a
-- temporary tree, give require("deepseek_claims.core") with no path set in
-- the script, and the CLI on the tree's bin/. Under lua5.4 the rock is
-- built for Lua 5.4; under LuaJIT for Lua 5.1 with LuaJIT's headers, as
-- lazy.nvim builds a plugin that has a rockspec, and Neovim loads it.
--
-- Not under the AddressSanitizer run (DSC_CPATH set): it preloads the ASan
-- runtime into every process, the compiler luarocks starts included, and
-- what this checks is the packaging, which the plain run already did.

return function(T)
    if os.getenv("DSC_CPATH") then return end
    local LUA = T.is54 and "5.4" or "5.1"
    local ROCKSPEC = "deepseek-claims-scm-1.rockspec"

    local function luarocks(tree, args)
        return "luarocks --lua-version " .. LUA .. " --tree " .. T.quote(tree) .. " " .. args
    end

    -- The environment `luarocks path` prints for a tree, as a shell prefix.
    local function paths(tree)
        local out, err, rc = T.run(luarocks(tree, "path"))
        T.eq(rc, 0, err)
        return out:gsub("\n", "; ") .. " "
    end

    -- A fresh interpreter that requires the module and parses a sentence
    -- from the tree, in a folder away from the checkout.
    local function require_from(tree)
        local interp = T.is54 and "lua5.4" or "luajit"
        local script = T.write_file(
            T.tmpdir() .. "/rock-require.lua",
            'local core = require("deepseek_claims.core")\n'
                .. 'local figures = require("deepseek_claims.lib.figures")\n'
                .. 'local doc = core.parse("DeepSeek said its V3 model cost $5.6 million to train.")\n'
                .. "local c = doc:claims()[1]\n"
                .. 'print(core.abi, c.claimant, figures.join(c.quantities), package.searchpath("deepseek_claims.core", package.cpath))\n'
        )
        local out, err, rc = T.run(paths(tree) .. "cd / && " .. interp .. " " .. T.quote(script))
        T.eq(rc, 0, err)
        return out
    end

    local built -- the tree of luarocks make, once per run
    local function make_tree()
        if built then return built end
        local tree = T.tmpdir() .. "/rock-tree-" .. LUA
        local extra = T.is54 and "" or " LUA_INCDIR=/usr/include/luajit-2.1"
        local out, err, rc = T.run("cd " .. T.quote(T.root) .. " && " .. luarocks(tree, "make " .. ROCKSPEC .. extra))
        T.eq(rc, 0, "luarocks make: " .. out .. err)
        built = tree
        return tree
    end

    T.test("the rockspec passes luarocks lint", function()
        local out, err, rc = T.run("cd " .. T.quote(T.root) .. " && luarocks lint " .. ROCKSPEC)
        T.eq(rc, 0, out .. err)
    end)

    T.test("luarocks make: require works from the tree with no path in the script", function()
        local tree = make_tree()
        local out = require_from(tree)
        T.contains(out, (T.is54 and "Lua 5.4" or "LuaJIT") .. "\tDeepSeek\t$5.6M\t")
        T.contains(
            out,
            tree .. "/lib/lua/" .. LUA .. "/deepseek_claims/core.so",
            "the tree's module, not the checkout's"
        )
    end)

    if T.is54 then
        T.test("luarocks make: the CLI on the tree's bin/ works as the checkout's", function()
            local tree = make_tree()
            local bin = tree .. "/bin/deepseek-claims"
            local example = T.root .. "/examples/deepseek-week.md"
            local want = T.run("lua5.4 " .. T.quote(T.root .. "/bin/deepseek-claims") .. " " .. T.quote(example))
            local out, err, rc = T.run("cd / && " .. T.quote(bin) .. " " .. T.quote(example))
            T.eq(rc, 0, err)
            T.eq(out, want)
            -- --conflicts reads the bundled ledger the rock carries
            local _, cerr, crc = T.run(T.quote(bin) .. " --conflicts --entity Anthropic " .. T.quote(example))
            T.eq(crc, 0, cerr)
            local n = tonumber(cerr:match("among (%d+) claims"))
            T.ok(n and n > 50, "the bundled ledger's entries are compared: " .. cerr)
        end)

        T.test("luarocks pack, then luarocks install of the packed rock into another tree", function()
            local tree = make_tree()
            local dir = T.tmpdir() .. "/rock-pack"
            os.execute("rm -rf " .. T.quote(dir) .. " && mkdir -p " .. T.quote(dir))
            local out, err, rc = T.run("cd " .. T.quote(dir) .. " && " .. luarocks(tree, "pack deepseek-claims"))
            T.eq(rc, 0, out .. err)
            local rock = T.ls(T.quote(dir) .. "/deepseek-claims-scm-1.*.rock")[1]
            T.ok(rock, "a binary rock: " .. out)
            local listing = T.run("unzip -l " .. T.quote(rock))
            T.contains(listing, "lib/deepseek_claims/core.so")
            T.contains(listing, "lua/deepseek_claims/lib/json.lua")
            local tree2 = T.tmpdir() .. "/rock-tree-installed"
            local iout, ierr, irc = T.run("cd / && " .. luarocks(tree2, "install " .. T.quote(rock)))
            T.eq(irc, 0, iout .. ierr)
            T.contains(require_from(tree2), tree2 .. "/lib/lua/5.4/deepseek_claims/core.so")
            local v, verr, vrc = T.run(T.quote(tree2 .. "/bin/deepseek-claims") .. " --version")
            T.eq(vrc, 0, verr)
            T.eq(v, "deepseek-claims 0.1.0\n")
        end)
    else
        T.test("built for Lua 5.1 with LuaJIT's headers, Neovim loads the module", function()
            local tree = make_tree()
            local out = T.tmpdir() .. "/rock-nvim.txt"
            local _, err, rc = T.run(
                "nvim --headless -u NONE -i NONE --cmd "
                    .. T.quote("lua package.cpath = '" .. tree .. "/lib/lua/5.1/?.so;' .. package.cpath")
                    .. " -c "
                    .. T.quote(
                        "lua local c = require('deepseek_claims.core') "
                            .. "local f = io.open('"
                            .. out
                            .. "', 'w') f:write(c.abi, ' ', #c.parse('Nvidia said its sales rose 20%.'):claims()) f:close()"
                    )
                    .. " -c 'qa!'"
            )
            T.eq(rc, 0, err)
            T.eq(T.read_file(out), "LuaJIT 1")
        end)
    end
end
