-- :checkhealth deepseek_claims, and the precise message when the C module
-- is not built (checked on a copy of the plugin without it).
local T = dofile(vim.fn.fnamemodify(debug.getinfo(1, "S").source:sub(2), ":p:h") .. "/harness.lua")

local function checkhealth()
    vim.cmd("silent checkhealth deepseek_claims")
    local text = table.concat(T.lines(0), "\n")
    vim.cmd("bwipeout!")
    return text
end

T.test(":checkhealth deepseek_claims reports module, ABI, version, libuv, dictionary, Neovim", function()
    local text = checkhealth()
    local core = require("deepseek_claims.core")
    T.contains(text, "deepseek-claims: core module")
    T.contains(text, "deepseek_claims.core " .. core.version .. " loaded (" .. core.abi .. " ABI)")
    T.contains(text, "core.so")
    T.contains(text, "libuv " .. vim.loop.version_string())
    T.match(text, "%d+ entries %(built%-in%)")
    local v = vim.version()
    T.contains(text, string.format("Neovim %d.%d.%d", v.major, v.minor, v.patch))
    T.contains(text, "filetypes: markdown, text")
    T.ok(not text:find("ERROR"), "no error reported:\n" .. text)
end)

T.test(":checkhealth counts the user entities and reports a broken file", function()
    require("deepseek_claims").setup({ entities = { { name = "Acme Robotics", kind = "org" } } })
    T.contains(checkhealth(), "built-in + 1 from setup()")
    local path = T.tmpdir .. "/bad.tsv"
    vim.fn.writefile({ "Bad Co\tcompany\tBad" }, path)
    require("deepseek_claims").setup({ entities = path })
    local text = checkhealth()
    T.contains(text, "entities file " .. path)
    T.contains(text, "ERROR")
end)

-- A copy of the plugin without core.so, in a child Neovim.
local function without_module(lua)
    local dir = T.tmpdir .. "/nomodule"
    vim.fn.mkdir(dir .. "/plugin", "p")
    -- every Lua file of the plugin (the Neovim layer and lib/), no core.so
    local src = T.root .. "/lua/deepseek_claims/"
    for _, f in ipairs(vim.fn.glob(src .. "**/*.lua", false, true)) do
        local to = dir .. "/lua/deepseek_claims/" .. f:sub(#src + 1)
        vim.fn.mkdir(vim.fn.fnamemodify(to, ":h"), "p")
        vim.fn.writefile(vim.fn.readfile(f, "b"), to, "b")
    end
    vim.fn.writefile(
        vim.fn.readfile(T.root .. "/plugin/deepseek_claims.lua", "b"),
        dir .. "/plugin/deepseek_claims.lua",
        "b"
    )
    local script = T.tmpdir .. "/child.lua"
    vim.fn.writefile(vim.split(lua, "\n"), script)
    -- a child that hangs (an error prompt) fails the test instead of the run
    local out = vim.fn.system({
        "timeout",
        "-k",
        "5",
        "120",
        vim.v.progpath, -- the Neovim under test (0.7.2 or 0.12)
        "--headless",
        "--clean",
        "-u",
        "NONE",
        "-i",
        "NONE",
        "-n",
        "--cmd",
        "set rtp^=" .. dir,
        "-c",
        "runtime! plugin/deepseek_claims.lua",
        "-c",
        "luafile " .. script,
    })
    return out, vim.fn.resolve(dir)
end

T.test("without the module: commands say how to build it", function()
    local out, dir = without_module([[
local msgs = {}
vim.notify = function(m) msgs[#msgs + 1] = m end
vim.api.nvim_buf_set_lines(0, 0, -1, false, { 'DeepSeek said it spent $6 million.' })
vim.cmd('DeepSeekClaims')
io.stdout:write(table.concat(msgs, '\n'), '\n')
vim.cmd('qall!')]])
    T.contains(out, "(deepseek-claims) core module not built: run `make` in " .. dir)
end)

T.test("without the module: :checkhealth gives the fix", function()
    local out, dir = without_module([[
vim.cmd('silent checkhealth deepseek_claims')
io.stdout:write(table.concat(vim.api.nvim_buf_get_lines(0, 0, -1, false), '\n'), '\n')
vim.cmd('qall!')]])
    T.contains(out, "ERROR")
    T.contains(out, "core module not built: run `make` in " .. dir)
    T.contains(out, 'build = "make"')
end)

T.test("without the module: a markdown buffer opens quietly, K still works", function()
    local out = without_module([[
local msgs = {}
vim.notify = function(m, l) msgs[#msgs + 1] = (l or 0) .. ':' .. m end
vim.cmd('command! -nargs=* KwProbe let g:kw = <q-args>')
vim.api.nvim_buf_set_lines(0, 0, -1, false, { 'DeepSeek said it spent $6 million.' })
vim.bo.keywordprg = ':KwProbe'
vim.bo.filetype = 'markdown'
vim.wait(400)
require('deepseek_claims.hover').key()
io.stdout:write('kw=', tostring(vim.g.kw), '\n', table.concat(msgs, '\n'), '\n')
vim.cmd('qall!')]])
    T.contains(out, "kw=DeepSeek", "K fell back to keywordprg")
    local n = select(2, out:gsub("core module not built", ""))
    T.ok(n <= 2, "the missing module is reported once per path, not per keystroke (" .. n .. ")")
end)

T.run("health")
