-- setup(): defaults without it, merging, and a clear message for each bad option.
local T = dofile(vim.fn.fnamemodify(debug.getinfo(1, "S").source:sub(2), ":p:h") .. "/harness.lua")
local dsc = require("deepseek_claims")

T.test("works without setup(): defaults", function()
    local c = dsc.config()
    T.eq(c.filetypes, { "markdown", "text" })
    T.eq(c.hover.key, "K")
    T.eq(c.hover.auto, false)
    T.eq(c.highlights.enabled, true)
    T.eq(c.list.keys.close, { "q", "<Esc>" })
    local buf = T.buf("week.md")
    T.ok(vim.fn.maparg("K", "n") ~= "", "K mapped in a markdown buffer")
    T.ok(#dsc.claims(buf) > 0)
end)

T.test("setup merges nested options and replaces lists", function()
    dsc.setup({ filetypes = { "markdown" }, hover = { border = "single" }, list = { keys = { close = "x" } } })
    local c = dsc.config()
    T.eq(c.filetypes, { "markdown" }, "list replaced, not merged")
    T.eq(c.hover.border, "single")
    T.eq(c.hover.key, "K", "sibling kept")
    T.eq(c.list.keys.close, "x")
    T.eq(c.list.keys.jump, "<CR>", "sibling kept")
    dsc.setup()
    T.eq(dsc.config().hover.border, "rounded", "setup() again: defaults")
    dsc.setup({ filetypes = "markdown" })
    T.eq(dsc.config().filetypes, { "markdown" }, "a single filetype string")
end)

local bad = {
    { "x", "setup() expects a table of options" },
    { { filetypes = 42 }, "`filetypes` must be a list of filetype names, got 42" },
    { { filetypes = { "markdown", 3 } }, "`filetypes[2]` must be a filetype name" },
    { { markdown = "yes" }, '`markdown` must be true or false, got "yes"' },
    { { max_filesize = -1 }, "`max_filesize` must be a number >= 0, got -1" },
    { { builtin_entities = 1 }, "`builtin_entities` must be true or false" },
    { { entities = 42 }, "`entities` must be a list of { name = , kind = , aliases = } or the path of a TSV file" },
    {
        { entities = "/nonexistent/dir/entities.tsv" },
        "`entities` names a TSV file that cannot be read: /nonexistent/dir/entities.tsv",
    },
    {
        { entities = { { name = "Acme", kind = "company" } } },
        '`entities[1].kind` must be one of org, person, model, chip, product, place, got "company"',
    },
    { { entities = { { kind = "org" } } }, "`entities[1].name` must be a non-empty string, got nil" },
    {
        { entities = { { name = "A", kind = "org", aliases = "a" } } },
        "`entities[1].aliases` must be a list of strings",
    },
    {
        { entities = { { name = "A", kind = "org", aliases = { "" } } } },
        "`entities[1].aliases[1]` must be a non-empty string",
    },
    {
        { entities = { { name = "A", kind = "org", alias = { "a" } } } },
        "unknown option `entities[1].alias` (did you mean `entities[1].aliases`?)",
    },
    { { hover = 1 }, "`hover` must be a table, got 1" },
    { { hover = { key = 1 } }, '`hover.key` must be a key like "K" or false, got 1' },
    { { hover = { key = "" } }, '`hover.key` must be a key like "K" or false' },
    { { hover = { auto = "no" } }, '`hover.auto` must be true or false, got "no"' },
    {
        { hover = { border = "fancy" } },
        '`hover.border` must be one of "none", "single", "double", "rounded", "solid", "shadow"',
    },
    { { hover = { max_width = 5 } }, "`hover.max_width` must be a number >= 20, got 5" },
    { { hover = { max_height = "big" } }, '`hover.max_height` must be a number >= 3, got "big"' },
    { { list = { border = 3 } }, "`list.border` must be one of" },
    { { list = { group = "entity" } }, "`list.group` must be true or false" },
    { { list = { width = 0 } }, "`list.width` must be a fraction of the editor" },
    { { list = { height = -2 } }, "`list.height` must be a fraction of the editor" },
    { { list = { keys = { jump = false } } }, '`list.keys.jump` must be a key like "K", got false' },
    { { list = { keys = { close = 5 } } }, "`list.keys.close` must be a key or a list of keys, got 5" },
    { { list = { keys = { close = { "q", 2 } } } }, '`list.keys.close[2]` must be a key like "K"' },
    { { list = { keys = { quit = "q" } } }, "unknown option `list.keys.quit`" },
    { { highlights = { markers = "left" } }, '`highlights.markers` must be "eol", "sign" or false, got "left"' },
    { { highlights = { debounce = "fast" } }, '`highlights.debounce` must be a number >= 0, got "fast"' },
    { { highlights = { enabled = "on" } }, "`highlights.enabled` must be true or false" },
    { { higlights = {} }, "unknown option `higlights` (did you mean `highlights`?)" },
    { { hover = { keys = "K" } }, "unknown option `hover.keys` (did you mean `hover.key`?)" },
    { { corpus = { watch = 1 } }, "`corpus.watch` must be true or false, got 1" },
    { { corpus = { jobs = 0 } }, "`corpus.jobs` must be a whole number from 1 to 64, got 0" },
    { { corpus = { jobs = 1.5 } }, "`corpus.jobs` must be a whole number from 1 to 64, got 1.5" },
    { { corpus = { extensions = "md" } }, '`corpus.extensions` must be a list of extensions like { "md", "txt" }' },
    {
        { corpus = { extensions = { "md", "a b" } } },
        '`corpus.extensions[2]` must be an extension like "md", got "a b"',
    },
    { { corpus = { max_bytes = 0 } }, "`corpus.max_bytes` must be a whole number >= 1, got 0" },
    { { corpus = { max_bytes = 1.5 } }, "`corpus.max_bytes` must be a whole number >= 1, got 1.5" },
    { { corpus = { folder = {} } }, "unknown option `corpus.folder` (did you mean `corpus.folders`?)" },
    { { ledger = "x.jsonl" }, '`ledger` must be a table, got "x.jsonl"' },
    { { ledger = { path = 3 } }, "`ledger.path` must be a file path or a function returning one, got 3" },
    { { ledger = { files = { "a", false } } }, "`ledger.files[2]` must be a file path, got false" },
    { { ledger = { bundled = "no" } }, '`ledger.bundled` must be true or false, got "no"' },
    {
        { conflicts = { tolerance = 2 } },
        "`conflicts.tolerance` must be a fraction from 0 to below 1 (0.25 is 25%), got 2",
    },
}

-- The error messages setup() reported since the last call.
local function errors()
    local t = {}
    for _, m in ipairs(T.messages) do
        if m.level == vim.log.levels.ERROR then t[#t + 1] = m.msg end
    end
    T.messages = {}
    return t
end

T.test("each bad option gives a clear (deepseek-claims) message, and its default is used", function()
    for _, case in ipairs(bad) do
        T.messages = {}
        local ok, err = pcall(dsc.setup, case[1])
        T.ok(ok, "setup() returns for " .. vim.inspect(case[1]) .. " (" .. tostring(err) .. ")")
        local said = errors()
        T.eq(#said, 1, "one error message for " .. vim.inspect(case[1]))
        T.contains(said[1], case[2], vim.inspect(case[1]))
        T.match(said[1], "^%(deepseek%-claims%) ", "prefix of " .. said[1])
        T.ok(not said[1]:find("stack traceback") and not said[1]:find("%.lua:%d+:"), "no Lua location in " .. said[1])
        T.contains(said[1], "the defaults are used", "says what happens")
    end
    T.eq(dsc.config(), require("deepseek_claims.config").build(nil), "every bad option: the defaults")
end)

T.test("setup() reports every bad option at once and keeps the good ones", function()
    dsc.setup({
        hover = { border = "fancy", key = 3, max_width = 60 },
        filetypes = { "mail" },
        list = { width = 0, keys = { quit = "x", jump = "o" } },
        higlights = {},
    })
    local said = errors()
    T.eq(#said, 1, "one message")
    local lines = vim.split(said[1], "\n")
    for _, want in ipairs({
        "`hover.border` must be one of",
        '`hover.key` must be a key like "K" or false, got 3',
        "`list.width` must be a fraction",
        "unknown option `list.keys.quit`",
        "unknown option `higlights` (did you mean `highlights`?)",
    }) do
        local found = false
        for _, l in ipairs(lines) do
            if l:find(want, 1, true) then
                T.match(l, "^%(deepseek%-claims%) ", "each line has the prefix")
                found = true
            end
        end
        T.ok(found, "reported: " .. want)
    end
    local c = dsc.config()
    T.eq(c.hover.border, "rounded", "bad: default")
    T.eq(c.hover.key, "K", "bad: default")
    T.eq(c.hover.max_width, 60, "good sibling kept")
    T.eq(c.filetypes, { "mail" }, "good option kept")
    T.eq(c.list.width, 0.8, "bad: default")
    T.eq(c.list.keys.jump, "o", "good key kept")
    T.eq(c.list.keys.quit, nil, "unknown option dropped")
    dsc.setup("K")
    T.contains(errors()[1], 'setup() expects a table of options, got "K"')
    T.eq(dsc.config().hover.key, "K", "the defaults")
end)

T.test("bad options do not stop the user's init.lua", function()
    local init, mark = T.tmpdir .. "/init.lua", T.tmpdir .. "/after-setup"
    vim.fn.writefile({
        "vim.opt.runtimepath:prepend(" .. string.format("%q", T.root) .. ")",
        'require("deepseek_claims").setup({ hover = { key = 3 }, list = { width = "wide" } })',
        "vim.fn.writefile({ vim.inspect(require('deepseek_claims').config().hover.key) }, "
            .. string.format("%q", mark)
            .. ")",
    }, init)
    local out = vim.fn.system({ vim.v.progpath, "--headless", "-u", init, "-i", "NONE", "-n", "+qa!" })
    T.eq(vim.fn.readfile(mark), { '"K"' }, "init.lua went on after setup(), with the default key: " .. out)
    T.contains(out, "`hover.key` must be a key")
    T.contains(out, "`list.width` must be a fraction")
    T.ok(not out:find("stack traceback"), "no stack trace: " .. out)
end)

T.test("corpus, ledger and conflicts options merge over their defaults", function()
    dsc.setup({
        corpus = { watch = true, extensions = { "md" } },
        ledger = { path = "~/l.jsonl", files = "team.jsonl" },
        conflicts = { tolerance = 0.1 },
    })
    local c = dsc.config()
    T.eq(c.corpus.watch, true)
    T.eq(c.corpus.jobs, 2, "sibling kept")
    T.eq(c.corpus.extensions, { "md" })
    T.eq(c.ledger.path, "~/l.jsonl")
    T.eq(c.ledger.files, { "team.jsonl" }, "a single path string")
    T.eq(c.ledger.bundled, true)
    T.eq(c.conflicts.tolerance, 0.1)
    dsc.setup()
    T.eq(dsc.config().corpus.watch, false)
    T.eq(dsc.config().ledger.path, nil)
end)

T.test("extra entities as a table", function()
    dsc.setup({ entities = { { name = "Acme Robotics", kind = "org", aliases = { "Acme" } } } })
    local buf = T.buf({ "Acme said it raised $50 million from DeepSeek investors." })
    local e = require("deepseek_claims.engine").lookup("Acme")
    T.eq(e and e.name, "Acme Robotics", "alias lookup")
    local doc = dsc.document(buf)
    T.ok(doc:entity("Acme Robotics"), "found in the buffer")
    T.ok(doc:entity("DeepSeek"), "built-in entries kept")
    vim.api.nvim_win_set_cursor(0, { 1, 1 })
    vim.cmd("DeepSeekClaims hover")
    T.match(T.lines(require("deepseek_claims.hover").state().buf)[1], "Acme Robotics")
    T.eq(vim.fn.getcompletion("DeepSeekClaims entity Ac", "cmdline")[1], "Acme Robotics", "completion: its name")
end)

T.test("extra entities from a TSV file; builtin_entities = false", function()
    local path = T.tmpdir .. "/entities.tsv"
    vim.fn.writefile({ "# mine", "Zephyr Labs\torg\tZephyr|ZL" }, path)
    dsc.setup({ entities = path, builtin_entities = false })
    local buf = T.buf({ "Zephyr said it spent $3 million; DeepSeek did not comment." })
    local doc = dsc.document(buf)
    T.ok(doc:entity("Zephyr Labs"), "from the file")
    T.eq(doc:entity("DeepSeek"), nil, "no built-in entries")
    T.eq(require("deepseek_claims.engine").lookup("ZL").name, "Zephyr Labs")
end)

T.test("a broken TSV file is reported once and the built-in dictionary used", function()
    local path = T.tmpdir .. "/broken.tsv"
    vim.fn.writefile({ "Good Co\torg\tGood", "Bad Co\tcompany\tBad" }, path)
    dsc.setup({ entities = path })
    local buf = T.buf({ "DeepSeek said it spent $6 million." })
    local doc = dsc.document(buf)
    T.ok(doc and doc:entity("DeepSeek"), "parsing still works")
    local s = T.said()
    T.contains(s, "(deepseek-claims) entities file " .. path)
    T.contains(s, "line 2")
    T.contains(s, "using the built-in dictionary")
end)

T.test("markdown = false parses plain text", function()
    dsc.setup({ markdown = false })
    local buf = T.buf({ "DeepSeek [said](#) it cost \\$6 million." })
    T.ok(dsc.document(buf), "parses")
end)

T.test("max_filesize skips automatic parsing with a message", function()
    dsc.setup({ max_filesize = 100 })
    local buf = T.buf("week.md")
    T.ok(
        T.wait(function()
            return T.said():find("above `max_filesize`", 1, true)
        end),
        "message"
    )
    T.contains(T.said(), "no inline highlights; :DeepSeekClaims still works")
    T.eq(#vim.api.nvim_buf_get_extmarks(buf, require("deepseek_claims.highlight").ns, 0, -1, {}), 0)
    vim.cmd("DeepSeekClaims")
    -- the list may be filled by a parse job; under load it lands a moment later
    T.ok(
        T.wait(function()
            return require("deepseek_claims.list").state()
        end),
        "the list still works on request"
    )
end)

T.run("config")
