-- The layers of lua/deepseek_claims/: lib/ holds the plain Lua that the CLI
-- and Neovim share (no `vim`, loads under Lua 5.4 and LuaJIT alone); the
-- folder above holds the Neovim layer, every module of which uses `vim`.

return function(T)
    local LUA = T.root .. "/lua/deepseek_claims"

    local function ls(dir)
        return T.ls(T.quote(dir) .. "/*.lua")
    end

    -- The code of a Lua file without its comments and string contents (so
    -- that a comment naming vim.* does not count), long brackets included.
    local function code_of(path)
        local src = assert(T.read_file(path))
        local out, i, n = {}, 1, #src
        while i <= n do
            local c = src:sub(i, i)
            local long = src:match("^%-%-%[(=*)%[", i) or src:match("^%[(=*)%[", i)
            if src:sub(i, i + 1) == "--" and long then
                local close = "]" .. long .. "]"
                local e = select(2, src:find(close, i, true)) or n
                i = e + 1
            elseif src:sub(i, i + 1) == "--" then
                i = (src:find("\n", i, true) or n) + 1
                out[#out + 1] = "\n"
            elseif long then
                local e = select(2, src:find("]" .. long .. "]", i, true)) or n
                out[#out + 1] = '""'
                i = e + 1
            elseif c == '"' or c == "'" then
                local j = i + 1
                while j <= n do
                    local d = src:sub(j, j)
                    if d == "\\" then
                        j = j + 1
                    elseif d == c then
                        break
                    end
                    j = j + 1
                end
                out[#out + 1] = '""'
                i = j + 1
            else
                out[#out + 1] = c
                i = i + 1
            end
        end
        return table.concat(out)
    end

    local function uses_vim(path)
        return code_of(path):find("%f[%w_]vim%f[^%w_]") ~= nil
    end

    -- The modules a file requires, as written ("deepseek_claims.lib.json").
    local function requires(path)
        local out = {}
        for name in assert(T.read_file(path)):gmatch("require%(?%s*[\"']([%w_.]+)[\"']") do
            out[#out + 1] = name
        end
        return out
    end

    T.test("the comment and string stripper sees code only", function()
        local f = T.write_file(
            T.tmpdir() .. "/probe.lua",
            "-- vim.api in a comment\nlocal s = 'vim.fn' .. \"vim\"\n--[[ vim ]] local t = [==[vim]==]\n"
        )
        T.eq(uses_vim(f), false)
        T.write_file(f, "local x = 1\nreturn vim.api\n")
        T.eq(uses_vim(f), true)
    end)

    T.test("lib/ holds the shared modules, none of which names vim", function()
        local mods = ls(LUA .. "/lib")
        local names = {}
        for _, f in ipairs(mods) do
            names[#names + 1] = f:match("([^/]+)%.lua$")
            T.eq(uses_vim(f), false, f .. " uses vim")
        end
        for _, want in ipairs({ "attributes", "conflicts", "export", "fileio", "json", "ledger", "records" }) do
            local found = false
            for _, n in ipairs(names) do
                found = found or n == want
            end
            T.ok(found, "lib/" .. want .. ".lua")
        end
    end)

    T.test("lib/ requires only lib/ and the engine, never the Neovim layer", function()
        for _, f in ipairs(ls(LUA .. "/lib")) do
            for _, r in ipairs(requires(f)) do
                T.ok(r:find("^deepseek_claims%.lib%.") or r == "deepseek_claims.core", f .. " requires " .. r)
            end
        end
    end)

    T.test("every module above lib/ is Neovim code (it uses vim)", function()
        local mods = ls(LUA)
        T.ok(#mods >= 10, "the Neovim modules: " .. #mods)
        for _, f in ipairs(mods) do
            T.ok(uses_vim(f), f .. " uses no vim: it belongs in lib/")
        end
    end)

    T.test("each lib/ module loads alone in a fresh interpreter without vim", function()
        for _, f in ipairs(ls(LUA .. "/lib")) do
            local m = "deepseek_claims.lib." .. f:match("([^/]+)%.lua$")
            local script = table.concat({
                "package.path = " .. string.format("%q", T.root .. "/lua/?.lua;") .. " .. package.path",
                "setmetatable(_G, { __index = function(_, k) error('global ' .. tostring(k) .. ' read', 2) end })",
                "local m = require(" .. string.format("%q", m) .. ")",
                "io.write(type(m))",
            }, "\n")
            local path = T.write_file(T.tmpdir() .. "/load_lib.lua", script)
            for _, interp in ipairs({ "lua5.4", "luajit" }) do
                local out, err, rc = T.run(interp .. " " .. T.quote(path))
                T.eq(rc, 0, interp .. " " .. m .. ": " .. err)
                T.eq(out, "table", interp .. " " .. m)
            end
        end
    end)
end
