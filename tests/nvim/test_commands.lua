-- :DeepSeekClaims: lazy loading, every subcommand, completion, usage,
-- quickfix and location list entries.
local T = dofile(vim.fn.fnamemodify(debug.getinfo(1, "S").source:sub(2), ":p:h") .. "/harness.lua")
local util = require("deepseek_claims.util")

local function complete(line)
    return vim.fn.getcompletion(line, "cmdline")
end

T.test("startup is light: the engine and views load on first use", function()
    T.eq(vim.g.loaded_deepseek_claims, 1, "load guard set")
    T.eq(vim.fn.exists(":DeepSeekClaims"), 2, "command defined")
    T.ok(
        vim.fn.maparg("<Plug>(DeepSeekClaimsHover)", "n") ~= "" or #vim.api.nvim_get_keymap("n") > 0,
        "<Plug> mappings defined"
    )
    for _, m in ipairs({
        "deepseek_claims.core",
        "deepseek_claims.engine",
        "deepseek_claims.list",
        "deepseek_claims.hover",
        "deepseek_claims.commands",
    }) do
        T.eq(package.loaded[m], nil, m .. " not loaded at startup")
    end
    -- sourcing the plugin file again is a no-op
    vim.cmd("runtime! plugin/deepseek_claims.lua")
    T.eq(package.loaded["deepseek_claims.core"], nil)
end)

T.test("<Plug> mappings exist", function()
    local lhs = {}
    for _, m in ipairs(vim.api.nvim_get_keymap("n")) do
        lhs[m.lhs] = true
    end
    local plug = vim.api.nvim_replace_termcodes("<Plug>", true, true, true)
    T.ok(lhs["<Plug>(DeepSeekClaimsHover)"] or lhs[plug .. "(DeepSeekClaimsHover)"], "hover")
    T.ok(lhs["<Plug>(DeepSeekClaimsList)"] or lhs[plug .. "(DeepSeekClaimsList)"], "list")
end)

T.test("completion offers every subcommand", function()
    T.eq(complete("DeepSeekClaims "), {
        "conflicts",
        "corpus",
        "entity",
        "export",
        "hover",
        "known",
        "list",
        "loclist",
        "pick",
        "qf",
        "refresh",
        "save",
        "scan",
        "skipped",
        "toggle",
    })
    T.eq(complete("DeepSeekClaims l"), { "list", "loclist" })
    T.eq(complete("DeepSeekClaims xyz"), {})
end)

T.test("completion of list kinds", function()
    T.eq(complete("DeepSeekClaims list "), require("deepseek_claims.config").claim_kinds)
    T.eq(complete("DeepSeekClaims list co"), { "cost" })
    T.eq(complete("DeepSeekClaims qf "), {}, "qf takes no argument")
end)

T.test("completion of entity names: the buffer's first, one name per entity, aliases, spaces", function()
    T.buf("week.md")
    local engine = require("deepseek_claims.engine")
    local mine = {}
    for _, m in ipairs(require("deepseek_claims").document(0):mentions()) do
        mine[m.name] = true
    end
    -- nothing typed: the buffer's entities, each once by its canonical name
    local all = complete("DeepSeekClaims entity ")
    local n = 0
    for _ in pairs(mine) do
        n = n + 1
    end
    T.eq(#all, n, "the buffer's entities only (" .. #all .. "), not the dictionary's 4,172")
    for _, name in ipairs(all) do
        T.ok(mine[name], "a buffer entity: " .. name)
        T.eq(engine.lookup(name).name, name, "canonical: " .. name)
    end
    T.ok(vim.tbl_contains(all, "Nvidia") and vim.tbl_contains(all, "DeepSeek"))
    T.ok(not vim.tbl_contains(all, "NVIDIA") and not vim.tbl_contains(all, "nvidia"), "no second spelling")
    -- a letter typed: the buffer's names first, then the dictionary's, no alias
    local nn = complete("DeepSeekClaims entity N")
    T.eq(nn[1], "Nvidia", "the buffer's first")
    T.ok(vim.tbl_contains(nn, "North Korea"), "a dictionary entity")
    local seen, past = {}, false
    for _, name in ipairs(nn) do
        T.ok(not seen[name], "once: " .. name)
        seen[name] = true
        T.eq(engine.lookup(name).name, name, "canonical: " .. name)
        if not mine[name] then
            past = true
        else
            T.ok(not past, "the buffer's come first: " .. name)
        end
    end
    T.ok(not seen["NVDA"] and not seen["N. Korea"] and not seen["N.Korea"], "no alias")
    T.ok(#nn < 400, "N: " .. #nn .. " names")
    -- an alias typed completes to its entity's name
    T.eq(complete("DeepSeekClaims entity NVD"), { "Nvidia" })
    T.eq(complete("DeepSeekClaims entity dprk"), { "North Korea" })
    T.eq(complete("DeepSeekClaims entity Satya N"), { "Nadella" }, "the rest of a name with a space")
    local sat = complete("DeepSeekClaims entity Sat")
    T.eq(sat[1], "Satya Nadella", "whole name, the buffer's first")
end)

T.test("entity with no name opens the entity under the cursor, or says there is none", function()
    local buf = T.buf({ "# Notes", "", "Nvidia said its H20 sales fell 20% in China." })
    vim.api.nvim_win_set_cursor(0, { 3, 2 })
    vim.cmd("DeepSeekClaims entity")
    T.ok(
        T.wait(function()
            return require("deepseek_claims.list").state() ~= nil
        end),
        "the list opened: " .. T.said()
    )
    T.contains(require("deepseek_claims.list").state().title, "Nvidia")
    require("deepseek_claims.list").close()
    vim.api.nvim_set_current_buf(buf)
    vim.api.nvim_win_set_cursor(0, { 1, 0 })
    T.messages = {}
    vim.cmd("DeepSeekClaims entity")
    T.ok(
        T.wait(function()
            return T.said():find("no entity under the cursor", 1, true) ~= nil
        end),
        "said: " .. T.said()
    )
    T.contains(T.said(), ":DeepSeekClaims entity {name}")
end)

T.test("known with no name takes the entity under the cursor, or says there is none", function()
    require("deepseek_claims").setup({ ledger = { bundled = true } })
    require("deepseek_claims.known").reset()
    local buf = T.buf({ "# Notes", "", "DeepSeek said its V3 model cost $5.6 million to train." })
    vim.api.nvim_win_set_cursor(0, { 3, 2 })
    vim.fn.setqflist({}, "r", { title = "before", items = {} })
    vim.cmd("DeepSeekClaims known")
    T.ok(
        T.wait(function()
            return vim.fn.getqflist({ title = 1 }).title:find("DeepSeek", 1, true) ~= nil
        end),
        "the quickfix list: " .. vim.fn.getqflist({ title = 1 }).title .. " " .. T.said()
    )
    T.contains(vim.fn.getqflist({ title = 1 }).title, "known about DeepSeek")
    T.ok(#vim.fn.getqflist() > 0, "the bundled ledger's entries about DeepSeek")
    vim.cmd("cclose")
    vim.api.nvim_set_current_buf(buf)
    vim.api.nvim_win_set_cursor(0, { 1, 0 })
    T.messages = {}
    vim.cmd("DeepSeekClaims known")
    T.ok(
        T.wait(function()
            return T.said():find("no entity under the cursor", 1, true) ~= nil
        end),
        "said: " .. T.said()
    )
    T.contains(T.said(), ":DeepSeekClaims known {name}")
    require("deepseek_claims").setup({})
end)

T.test("the usage lines up the descriptions after the longest name", function()
    local u = require("deepseek_claims.commands").usage()
    local col
    for line in u:gmatch("[^\n]+") do
        local name, gap = line:match("^  (%S+)(%s+)")
        if name then
            T.ok(#gap >= 2, "two spaces at least after " .. name)
            col = col or #name + #gap
            T.eq(#name + #gap, col, "one column: " .. line)
        end
    end
    T.contains(u, "  conflicts  figures that disagree")
end)

T.test("an unknown subcommand gives a short usage", function()
    vim.cmd("DeepSeekClaims frobnicate")
    local s = T.said()
    T.contains(s, '(deepseek-claims) unknown subcommand "frobnicate"')
    T.contains(s, "usage: :DeepSeekClaims")
    for _, n in ipairs({ "list", "entity", "qf", "loclist", "hover", "toggle", "refresh", "scan", "corpus" }) do
        T.contains(s, n)
    end
end)

T.test("subcommands are one table: register() extends completion and usage", function()
    local c = require("deepseek_claims.commands")
    local got
    c.register("probe", {
        run = function(args)
            got = args
        end,
        complete = function()
            return { "a", "b" }
        end,
    })
    T.ok(vim.tbl_contains(complete("DeepSeekClaims "), "probe"))
    T.eq(complete("DeepSeekClaims probe "), { "a", "b" })
    vim.cmd("DeepSeekClaims probe x y")
    T.eq(got, { "x", "y" })
    T.contains(c.usage(), "probe")
    c.subcommands.probe = nil
    T.ok(not vim.tbl_contains(complete("DeepSeekClaims "), "probe"))
end)

T.test("one registry: every subcommand in commands.lua, none elsewhere", function()
    local c = require("deepseek_claims.commands")
    for _, name in ipairs(c.names()) do
        local spec = c.subcommands[name]
        T.eq(type(spec.run), "function", name .. " runs")
        T.ok(type(spec.desc) == "string" and spec.desc ~= "", name .. " has a description")
    end
    for _, m in ipairs({ "corpus", "report", "save", "known" }) do
        T.eq(require("deepseek_claims." .. m).subcommands, nil, m .. ".lua defines no subcommand")
    end
    -- the plugin file does not keep a list of its own: its description
    -- names none of them (it named 7 of 14)
    local desc = vim.api.nvim_get_commands({}).DeepSeekClaims.definition
    local named = {}
    for _, name in ipairs(c.names()) do
        if desc:find("%f[%w]" .. name .. "%f[%W]") then named[#named + 1] = name end
    end
    T.eq(#named, 0, "subcommands named in the command's description: " .. table.concat(named, ", "))
end)

T.test("the help has a tag for each subcommand of the registry, and no other", function()
    local help = table.concat(vim.fn.readfile(T.root .. "/doc/deepseek-claims.txt"), "\n")
    local tagged = {}
    for name in help:gmatch("%*:DeepSeekClaims%-(%w+)%*") do
        tagged[name] = true
    end
    local c = require("deepseek_claims.commands")
    for _, name in ipairs(c.names()) do
        T.ok(tagged[name], "*:DeepSeekClaims-" .. name .. "* in doc/deepseek-claims.txt")
        tagged[name] = nil
    end
    T.eq(next(tagged), nil, "a help tag for a subcommand the registry does not have")
end)

T.test("completion of the subcommands' arguments: entities, export formats", function()
    T.buf("week.md")
    for _, sub in ipairs({ "entity", "corpus", "known", "conflicts" }) do
        T.ok(vim.tbl_contains(complete("DeepSeekClaims " .. sub .. " Nvi"), "Nvidia"), sub .. " completes entities")
    end
    T.eq(complete("DeepSeekClaims export out.csv "), require("deepseek_claims.lib.export").FORMATS)
    T.eq(complete("DeepSeekClaims export out.csv c"), { "csv", "claimreview" })
end)

T.test("an error inside a subcommand becomes a message", function()
    local c = require("deepseek_claims.commands")
    c.register("boom", {
        run = function()
            error("kaboom")
        end,
    })
    vim.cmd("DeepSeekClaims boom")
    T.contains(T.said(), "(deepseek-claims) boom:")
    T.contains(T.said(), "kaboom")
    c.subcommands.boom = nil
end)

local function check_items(items, buf, claims)
    T.eq(#items, #claims, "one entry per claim")
    for i, it in ipairs(items) do
        local c = claims[i]
        T.eq(it.bufnr, buf, "buffer")
        T.eq(it.lnum, c.line, "line")
        T.eq(it.col, c.col, "column")
        T.contains(it.text, "[" .. c.kind .. "]", "kind in the text")
        T.contains(it.text, util.claimant(c), "claimant in the text")
        T.contains(it.text, util.oneline(c.text):sub(1, 30), "sentence in the text")
        if c.hedged then T.eq(it.type, "W") end
    end
end

T.test(":DeepSeekClaims qf fills and opens the quickfix list", function()
    local buf = T.buf("week.md")
    local name = vim.api.nvim_buf_get_name(buf)
    local claims = require("deepseek_claims").claims(buf)
    vim.cmd("DeepSeekClaims qf")
    local qf = vim.fn.getqflist({ items = 1, title = 1 })
    check_items(qf.items, buf, claims)
    T.contains(qf.title, "DeepSeek claims")
    T.eq(vim.fn.bufname(qf.items[1].bufnr), vim.fn.bufname(name), "file")
    T.eq(vim.bo.buftype, "quickfix", "quickfix window opened")
    vim.cmd("cclose")
    vim.cmd("silent cfirst")
    T.eq(vim.api.nvim_win_get_cursor(0), { claims[1].line, claims[1].col - 1 }, ":cfirst jumps to the claim")
end)

T.test(":DeepSeekClaims loclist fills the window location list", function()
    local buf = T.buf("week.md")
    local win = vim.api.nvim_get_current_win()
    local claims = require("deepseek_claims").claims(buf)
    vim.cmd("DeepSeekClaims loclist")
    local ll = vim.fn.getloclist(win, { items = 1, title = 1 })
    check_items(ll.items, buf, claims)
    T.contains(ll.title, "DeepSeek claims")
    T.eq(#vim.fn.getqflist(), 0, "quickfix untouched")
    T.eq(vim.bo.buftype, "quickfix", "location window opened")
end)

T.test("qf on a buffer without claims: empty list and a message", function()
    T.buf({ "Plain words." })
    vim.cmd("DeepSeekClaims qf")
    T.eq(#vim.fn.getqflist(), 0)
    T.contains(T.said(), "no claims in")
end)

T.test(":DeepSeekClaims refresh re-parses and reports", function()
    local buf = T.buf("week.md")
    vim.cmd("DeepSeekClaims refresh")
    T.match(T.said(), "%(deepseek%-claims%) %d+ claims, %d+ entities %(parsed in [%d.]+ ms%)")
    T.ok(require("deepseek_claims").document(buf), "document available")
end)

T.test(":DeepSeekClaims toggle flips the highlights option", function()
    T.buf("week.md")
    T.eq(require("deepseek_claims").config().highlights.enabled, true)
    vim.cmd("DeepSeekClaims toggle")
    T.eq(require("deepseek_claims").config().highlights.enabled, false)
    vim.cmd("DeepSeekClaims toggle")
    T.eq(require("deepseek_claims").config().highlights.enabled, true)
end)

T.test("public Lua API: claims(), document(), list(), entity()", function()
    local dsc = require("deepseek_claims")
    local buf = T.buf("week.md")
    local claims = dsc.claims(buf)
    T.ok(#claims > 0)
    T.eq(dsc.claims(0), claims, "buffer 0 is the current one")
    local c = claims[1]
    for _, k in ipairs({ "line", "col", "byte", "len", "end_line", "end_col", "text", "kind", "about", "quantities" }) do
        T.ok(c[k] ~= nil, "claim field " .. k)
    end
    T.eq(type(c.hedged), "boolean")
    T.ok(dsc.document(buf):entity("DeepSeek"))
    T.ok(dsc.list({ kind = c.kind }))
    require("deepseek_claims.list").close()
    T.ok(dsc.entity("DeepSeek"))
end)

T.run("commands")
