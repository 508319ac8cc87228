-- :DeepSeekClaims pick: the buffer's, the corpus's and the ledgers' claims in
-- the user's picker. The pickers are not installed here: each adapter is
-- run against a minimal stub of that picker's documented API (Telescope's
-- pickers/finders/actions, fzf-lua's fzf_exec, snacks' picker.pick,
-- mini.pick's start), written below; vim.ui.select, the fallback, for real.
local T = dofile(vim.fn.fnamemodify(debug.getinfo(1, "S").source:sub(2), ":p:h") .. "/harness.lua")

local LINES = {
    "# Notes",
    "",
    "DeepSeek said it spent only \\$60 million to train DeepSeek-V3.",
    "",
    "Nvidia shares fell 17% on Monday, analysts said.",
}

local STUBS = {
    "telescope.pickers",
    "telescope.finders",
    "telescope.config",
    "telescope.actions",
    "telescope.actions.state",
    "fzf-lua",
    "snacks",
    "mini.pick",
}
local function unstub()
    for _, m in ipairs(STUBS) do
        package.loaded[m] = nil
    end
end

-- Telescope: pickers.new(opts, spec):find(), a table finder with an
-- entry_maker, the sorter and previewer from its config, and the default
-- action replaced in attach_mappings.
local function stub_telescope()
    local t = { closed = nil, selected = nil, select = nil }
    package.loaded["telescope.pickers"] = {
        new = function(opts, spec)
            t.opts, t.spec = opts, spec
            return {
                find = function()
                    t.found = true
                end,
            }
        end,
    }
    package.loaded["telescope.finders"] = {
        new_table = function(f)
            return { results = f.results, entry_maker = f.entry_maker }
        end,
    }
    package.loaded["telescope.config"] = {
        values = {
            generic_sorter = function()
                return "generic sorter"
            end,
            qflist_previewer = function()
                return "qflist previewer"
            end,
        },
    }
    package.loaded["telescope.actions"] = {
        select_default = {
            replace = function(_, fn)
                t.select = fn
            end,
        },
        close = function(prompt_bufnr)
            t.closed = prompt_bufnr
        end,
    }
    package.loaded["telescope.actions.state"] = {
        get_selected_entry = function()
            return t.selected
        end,
    }
    return t
end

-- Strings as rows { s = string }, for find().
local function rows(strings)
    return vim.tbl_map(function(s)
        return { s = s }
    end, strings)
end

-- The first of list whose field contains s.
local function find(list, field, s)
    for _, x in ipairs(list) do
        if tostring(x[field]):find(s, 1, true) then return x end
    end
end

local function buffer()
    return T.buf(LINES)
end

T.test("pick is a subcommand, completes entities, and names the picker it uses", function()
    T.ok(vim.tbl_contains(require("deepseek_claims.commands").names(), "pick"))
    T.buf(LINES)
    T.ok(vim.tbl_contains(vim.fn.getcompletion("DeepSeekClaims pick Nvi", "cmdline"), "Nvidia"))
    T.eq(require("deepseek_claims.picker").backend().name, "select", "nothing installed: vim.ui.select")
end)

T.test("Telescope: entries with text, entities, claimant and kind, previewed at their line; <CR> opens", function()
    local t = stub_telescope()
    local buf = buffer()
    vim.cmd("DeepSeekClaims pick DeepSeek")
    unstub()
    T.ok(t.found, "find() called")
    T.eq(t.spec.prompt_title, "DeepSeek claims about DeepSeek")
    T.eq(t.spec.sorter, "generic sorter")
    T.eq(t.spec.previewer, "qflist previewer")
    local entries = vim.tbl_map(t.spec.finder.entry_maker, t.spec.finder.results)
    -- the buffer's claim
    local b = T.ok(find(entries, "display", "$60M"), "the buffer's claim")
    T.eq(b.bufnr, buf)
    T.eq(b.lnum, 3)
    T.match(b.display, "^%[cost%] DeepSeek · %$60M: DeepSeek said it spent only %$60 million")
    T.contains(b.ordinal, "DeepSeek-V3", "the entities are searched")
    -- a ledger claim: its file and line, for the previewer
    local l = T.ok(find(entries, "display", "$5.576M"), "the ledger's claim")
    T.eq(l.filename, T.root .. "/data/ledger.jsonl")
    T.eq(l.lnum, 1)
    T.contains(l.display, "(ledger ")
    T.ok(not find(entries, "display", "Nvidia shares"), "only the claims about DeepSeek")
    for _, e in ipairs(entries) do
        T.ok(e.ordinal:find("DeepSeek", 1, true), "every entry is about DeepSeek: " .. e.display)
    end
    -- <CR> on the ledger entry: the picker closes and the ledger opens at its line
    T.eq(t.spec.attach_mappings(42, function() end), true)
    t.selected = l
    t.select()
    T.eq(t.closed, 42)
    T.eq(vim.api.nvim_buf_get_name(0), T.root .. "/data/ledger.jsonl")
    T.eq(vim.api.nvim_win_get_cursor(0)[1], 1)
    -- and on the buffer's claim: back to the buffer, on the claim
    t.selected = b
    t.select()
    T.eq(vim.api.nvim_get_current_buf(), buf)
    T.eq(vim.api.nvim_win_get_cursor(0), { 3, 0 })
end)

T.test("fzf-lua: path:line:col:text lines for the builtin previewer; the default action opens", function()
    local f = {}
    package.loaded["fzf-lua"] = {
        fzf_exec = function(contents, opts)
            f.contents, f.opts = contents, opts
        end,
    }
    local buf = buffer()
    vim.api.nvim_buf_set_name(buf, T.tmpdir .. "/notes.md")
    local name = require("deepseek_claims").pick()
    unstub()
    T.eq(name, "fzf-lua")
    T.eq(f.opts.previewer, "builtin")
    T.eq(f.opts.fzf_opts["--delimiter"], ":")
    T.eq(f.opts.fzf_opts["--with-nth"], "4..", "the path, line and column are hidden")
    local lines = rows(f.contents)
    local line = T.ok(find(lines, "s", "Nvidia shares fell"), "the buffer's second claim").s
    T.eq(line:sub(1, #(T.tmpdir .. "/notes.md:5:1:")), T.tmpdir .. "/notes.md:5:1:")
    T.contains(line, "[market] analysts · 17%: Nvidia shares fell 17% on Monday")
    T.ok(find(lines, "s", "(ledger "), "the ledgers' claims too")
    vim.api.nvim_win_set_cursor(0, { 1, 0 })
    f.opts.actions["default"]({ line })
    T.eq(vim.api.nvim_win_get_cursor(0), { 5, 0 })
end)

T.test("snacks.picker: items with file and pos (0-based column), the file previewer; confirm opens", function()
    local s = {}
    package.loaded["snacks"] = {
        picker = {
            pick = function(opts)
                s.opts = opts
            end,
        },
    }
    local buf = buffer()
    require("deepseek_claims").pick("Nvidia")
    unstub()
    T.eq(s.opts.preview, "file")
    T.eq(s.opts.title, "DeepSeek claims about Nvidia")
    local it = T.ok(find(s.opts.items, "text", "Nvidia shares fell"), "the buffer's claim")
    T.eq(it.buf, buf)
    T.eq(it.pos, { 5, 0 })
    T.eq(s.opts.format(it)[1][1], it.claim.text, "the list shows the claim's line")
    T.contains(it.text, "[market]", "the kind is searched")
    T.ok(not find(s.opts.items, "text", "$60 million"), "only the claims about Nvidia")
    vim.api.nvim_win_set_cursor(0, { 1, 0 })
    local closed = false
    s.opts.confirm({
        close = function()
            closed = true
        end,
    }, it)
    T.ok(closed, "the picker closes")
    T.sleep(20)
    T.eq(vim.api.nvim_win_get_cursor(0), { 5, 0 })
end)

T.test("mini.pick: items with text, bufnr or path, lnum and col; choose opens after the picker stops", function()
    local m = {}
    package.loaded["mini.pick"] = {
        start = function(opts)
            m.opts = opts
        end,
    }
    buffer()
    local name = require("deepseek_claims").pick()
    unstub()
    T.eq(name, "mini.pick")
    local src = m.opts.source
    T.eq(src.name, "DeepSeek claims")
    local it = T.ok(find(src.items, "text", "$60 million"), "the buffer's claim")
    T.eq({ it.lnum, it.col }, { 3, 1 })
    local ledger = T.ok(find(src.items, "text", "$5.576M"))
    T.eq(ledger.path, T.root .. "/data/ledger.jsonl")
    -- the list shows the claims' lines, not the searched text
    local shown = vim.api.nvim_create_buf(false, true)
    src.show(shown, { it, ledger }, {})
    T.eq(vim.api.nvim_buf_get_lines(shown, 0, -1, false), { it.claim.text, ledger.claim.text })
    vim.api.nvim_win_set_cursor(0, { 1, 0 })
    T.eq(src.choose(it), nil, "nil: the picker stops")
    T.sleep(20)
    T.eq(vim.api.nvim_win_get_cursor(0), { 3, 0 })
end)

T.test("auto takes the first installed in order; a configured picker that is missing falls back", function()
    local picker = require("deepseek_claims.picker")
    package.loaded["mini.pick"] = { start = function() end }
    T.eq(picker.backend().name, "mini.pick")
    package.loaded["snacks"] = { picker = { pick = function() end } }
    T.eq(picker.backend().name, "snacks")
    package.loaded["fzf-lua"] = { fzf_exec = function() end }
    T.eq(picker.backend().name, "fzf-lua")
    stub_telescope()
    T.eq(picker.backend().name, "telescope")
    require("deepseek_claims").setup({ picker = "mini.pick" })
    T.eq(picker.backend().name, "mini.pick", "the configured one, when installed")
    unstub()
    require("deepseek_claims").setup({ picker = "snacks" })
    T.eq(picker.backend().name, "select")
    T.contains(T.said(), '`picker` is "snacks" but it is not installed: using vim.ui.select')
end)

T.test("vim.ui.select, for real: the typed number opens that claim", function()
    local buf = buffer()
    vim.api.nvim_win_set_cursor(0, { 1, 0 })
    -- the default vim.ui.select asks with inputlist(): the answer is typed ahead
    vim.api.nvim_feedkeys("1\r", "t", false)
    local name, n = require("deepseek_claims").pick("Nvidia")
    T.eq(name, "select")
    T.ok(n > 1, "the buffer's claim and the ledgers' (" .. tostring(n) .. ")")
    T.eq(vim.api.nvim_get_current_buf(), buf)
    T.eq(vim.api.nvim_win_get_cursor(0), { 5, 0 }, "the first item: the buffer's claim about Nvidia")
end)

T.test("vim.ui.select gets the items' lines, and a cancel opens nothing", function()
    buffer()
    local got
    local select = vim.ui.select
    vim.ui.select = function(items, opts, on_choice)
        got = { items = items, opts = opts }
        on_choice(nil)
    end
    local ok, err = pcall(require("deepseek_claims").pick, "Nvidia")
    vim.ui.select = select
    assert(ok, err)
    T.eq(got.opts.prompt, "DeepSeek claims about Nvidia:")
    T.eq(got.opts.kind, "deepseek_claims")
    T.match(got.opts.format_item(got.items[1]), "^%[market%] analysts · 17%%: Nvidia shares fell")
    T.eq(vim.api.nvim_win_get_cursor(0), { 1, 0 }, "nothing opened")
end)

T.test("an entity nobody claims anything about says so; a corpus claim opens its file", function()
    buffer()
    require("deepseek_claims").pick("Zhipu AI")
    T.contains(T.said(), "no claims about Zhipu AI in the buffer, the corpus or the ledgers")
    local dir = vim.fn.tempname()
    vim.fn.mkdir(dir, "p")
    vim.fn.writefile({ "# Chips", "", "Reuters reported that Moonshot AI was valued at $3 billion." }, dir .. "/a.md")
    local corpus = require("deepseek_claims.corpus")
    corpus.scan(dir)
    T.ok(T.wait(function()
        return corpus.state.corpus ~= nil and not corpus.running()
    end, 10000))
    local select = vim.ui.select
    local shown
    vim.ui.select = function(items, _, on_choice)
        shown = items
        on_choice(items[1])
    end
    local chosen
    require("deepseek_claims").pick("Moonshot AI", {
        on_choose = function(item)
            chosen = item
        end,
    })
    T.eq(#shown, 1, "the corpus's claim about Moonshot AI")
    T.eq(chosen, shown[1], "opts.on_choose replaces opening it")
    require("deepseek_claims").pick("Moonshot AI")
    vim.ui.select = select
    T.eq(vim.fn.fnamemodify(vim.api.nvim_buf_get_name(0), ":t"), "a.md")
    T.eq(vim.api.nvim_win_get_cursor(0), { 3, 0 })
    corpus.reset()
end)

T.test("a big buffer is parsed on the thread first: pick returns at once, the picker opens later", function()
    local engine = require("deepseek_claims.engine")
    local lines = {}
    while #lines * 60 < engine.SYNC_BYTES * 2 do
        lines[#lines + 1] = "Analysts wrote about chips and models at length, no figure."
    end
    lines[#lines + 1] = "Nvidia shares fell 17% on Monday, analysts said."
    vim.cmd("enew!")
    vim.api.nvim_buf_set_lines(0, 0, -1, false, lines)
    local got
    local select = vim.ui.select
    vim.ui.select = function(items)
        got = items
    end
    local res = require("deepseek_claims").pick("Nvidia")
    local ok = T.wait(function()
        return got ~= nil
    end, 10000)
    vim.ui.select = select
    T.eq(res, "pending")
    T.ok(ok, "the picker opened once the parse landed")
    T.ok(find(got, "text", "Nvidia shares fell 17%"), "with the buffer's claim")
end)

T.run("picker")
