-- Diagnostics: a figure that disagrees with the ledgers (or the scanned
-- corpus) is a vim.diagnostic on its exact range; one that agrees raises
-- nothing (INFO with diagnostics.agree); they follow the background parse.
local T = dofile(vim.fn.fnamemodify(debug.getinfo(1, "S").source:sub(2), ":p:h") .. "/harness.lua")

local function ns()
    return require("deepseek_claims.diagnostics").ns
end
local function diags(buf)
    local d = vim.diagnostic.get(buf, { namespace = ns() })
    table.sort(d, function(a, b)
        return a.lnum < b.lnum or (a.lnum == b.lnum and a.col < b.col)
    end)
    return d
end
local function wait_diags(buf, n)
    return T.wait(function()
        return #diags(buf) == n
    end, 5000)
end
-- The text of a diagnostic's range in buf.
local function range_text(buf, d)
    local line = vim.api.nvim_buf_get_lines(buf, d.lnum, d.lnum + 1, false)[1]
    return line:sub(d.col + 1, d.end_col)
end

local DISAGREE = "DeepSeek said it spent only \\$60 million to train DeepSeek-V3."
local AGREE = "DeepSeek said training V3 cost $5.6 million."

T.test("a figure that disagrees with the bundled ledger gets a WARN on its range; one that agrees none", function()
    local buf = T.buf({ "# Notes", "", DISAGREE, "", AGREE })
    T.ok(wait_diags(buf, 1), "one diagnostic (got " .. #diags(buf) .. ")")
    local d = diags(buf)[1]
    T.eq(d.lnum, 2, "on the disagreeing line")
    T.eq(d.severity, vim.diagnostic.severity.WARN)
    T.eq(d.source, "deepseek-claims")
    T.eq(range_text(buf, d), "$60 million", "the figure's exact range")
    T.contains(d.message, "differs from DeepSeek (ledger, arXiv 2412.19437): $5.576M")
    T.contains(d.message, "SemiAnalysis (ledger, semianalysis.com): ≥$500M")
    T.contains(d.message, "training cost of DeepSeek")
end)

T.test("diagnostics.agree adds an INFO on the figure that agrees", function()
    require("deepseek_claims").setup({ diagnostics = { agree = true } })
    local buf = T.buf({ DISAGREE, AGREE })
    T.ok(wait_diags(buf, 2), "two diagnostics (got " .. #diags(buf) .. ")")
    local d = diags(buf)
    T.eq(d[1].severity, vim.diagnostic.severity.WARN)
    T.eq(d[2].severity, vim.diagnostic.severity.INFO)
    T.eq(d[2].lnum, 1)
    T.eq(range_text(buf, d[2]), "$5.6 million")
    T.contains(d[2].message, "agrees with DeepSeek (ledger, arXiv 2412.19437): $5.576M")
end)

T.test("diagnostics.severity sets the level of a disagreement", function()
    require("deepseek_claims").setup({ diagnostics = { severity = "error" } })
    local buf = T.buf({ DISAGREE })
    T.ok(wait_diags(buf, 1))
    T.eq(diags(buf)[1].severity, vim.diagnostic.severity.ERROR)
end)

T.test("bad diagnostics options are explained", function()
    local dsc = require("deepseek_claims")
    -- setup() reports a bad option through vim.notify and uses its default
    local function said(opts, want)
        T.messages = {}
        dsc.setup(opts)
        local errs = {}
        for _, m in ipairs(T.messages) do
            if m.level == vim.log.levels.ERROR then errs[#errs + 1] = m.msg end
        end
        T.eq(#errs, 1, "one error for " .. vim.inspect(opts))
        T.contains(errs[1] or "", want)
    end
    said(
        { diagnostics = { severity = "loud" } },
        '`diagnostics.severity` must be "error", "warn", "info" or "hint", got "loud"'
    )
    T.eq(dsc.config().diagnostics.severity, "warn", "the default")
    said({ diagnostics = { enabled = "yes" } }, "`diagnostics.enabled` must be true or false")
    said({ diagnostics = { agre = true } }, "did you mean `diagnostics.agree`?")
    said({ diagnostics = false }, "`diagnostics` must be a table")
    said({ picker = "dmenu" }, "`picker` must be one of")
    T.messages = {}
    dsc.setup()
end)

T.test("an edit that changes the claims replaces the diagnostics", function()
    local buf = T.buf({ DISAGREE, "" })
    T.ok(wait_diags(buf, 1))
    -- the figure now agrees: the warning goes
    vim.api.nvim_buf_set_lines(buf, 0, 1, false, { "DeepSeek said it spent only $5.5 million to train DeepSeek-V3." })
    T.ok(wait_diags(buf, 0), "cleared once the claim agrees")
    -- a new disagreeing figure on another line
    vim.api.nvim_buf_set_lines(buf, 1, 2, false, { "DeepSeek has about 10,000 GPUs, according to analysts." })
    T.ok(wait_diags(buf, 1), "the new line's figure")
    local d = diags(buf)[1]
    T.eq(d.lnum, 1)
    T.eq(range_text(buf, d), "10,000 GPUs")
    T.contains(d.message, "GPU count of DeepSeek differs from DeepSeek (ledger, arXiv 2412.19437): 2,048 GPUs")
    -- the claim goes: so does its diagnostic
    vim.api.nvim_buf_set_lines(buf, 0, -1, false, { "No figures here." })
    T.ok(wait_diags(buf, 0), "no claim, no diagnostic")
end)

T.test("setqflist and the next-diagnostic motion find the figure", function()
    local buf = T.buf({ "# Notes", "", "Some text.", DISAGREE })
    T.ok(wait_diags(buf, 1))
    vim.diagnostic.setqflist({ namespace = ns(), open = false })
    local qf = vim.fn.getqflist()
    T.eq(#qf, 1)
    T.eq(qf[1].bufnr, buf)
    T.eq(qf[1].lnum, 4)
    T.eq(qf[1].col, 30, "the column of the figure ($ after the escape)")
    T.contains(qf[1].text, "differs from DeepSeek")
    vim.api.nvim_win_set_cursor(0, { 1, 0 })
    if vim.diagnostic.jump then
        vim.diagnostic.jump({ count = 1, float = false })
    else
        vim.diagnostic.goto_next({ float = false })
    end
    T.eq(vim.api.nvim_win_get_cursor(0), { 4, 29 })
    -- what statuslines count
    T.eq(#vim.diagnostic.get(buf, { severity = vim.diagnostic.severity.WARN }), 1)
end)

T.test("diagnostics stay on with the inline highlights off; off, they are cleared", function()
    local dsc = require("deepseek_claims")
    local buf = T.buf({ DISAGREE })
    T.ok(wait_diags(buf, 1))
    dsc.toggle(false)
    vim.api.nvim_buf_set_lines(buf, 0, -1, false, { "", DISAGREE })
    T.ok(
        T.wait(function()
            local d = diags(buf)
            return #d == 1 and d[1].lnum == 1
        end, 5000),
        "updated after an edit with highlights off"
    )
    T.eq(#vim.api.nvim_buf_get_extmarks(buf, require("deepseek_claims.highlight").ns, 0, -1, {}), 0, "no marks")
    dsc.setup({ diagnostics = { enabled = false } })
    T.ok(wait_diags(buf, 0), "setup with enabled = false clears them")
    vim.api.nvim_buf_set_lines(buf, 0, -1, false, { DISAGREE, DISAGREE })
    T.sleep(400)
    T.eq(#diags(buf), 0, "and sets none after an edit")
end)

T.test("a buffer above the on-the-spot size is checked from the parse on the thread", function()
    local engine = require("deepseek_claims.engine")
    local lines = {}
    local filler = "Analysts wrote about chips and models at length, without any figure at all in this sentence."
    while #lines * #filler < engine.SYNC_BYTES * 2 do
        lines[#lines + 1] = filler
    end
    lines[#lines + 1] = DISAGREE
    -- the main loop must not parse this buffer: any parse here fails the test
    local core = engine.core()
    local parse, document = core.parse, engine.document
    local here = 0
    core.parse = function(...)
        here = here + 1
        return parse(...)
    end
    engine.document = function(...)
        here = here + 1
        return document(...)
    end
    local ok, err = pcall(function()
        local buf = T.buf(lines)
        T.ok(wait_diags(buf, 1), "the diagnostic arrives")
        T.eq(diags(buf)[1].lnum, #lines - 1)
        T.ok(engine.latest(buf) ~= nil, "from a parse kept by the engine")
    end)
    core.parse, engine.document = parse, document
    assert(ok, err)
    T.eq(here, 0, "no parse on the main loop")
end)

T.test("the scanned corpus is compared too, the buffer's own file left out", function()
    local dir = vim.fn.tempname()
    vim.fn.mkdir(dir, "p")
    vim.fn.writefile({ "# Chips", "", "Reuters reported that Moonshot AI was valued at $3 billion." }, dir .. "/a.md")
    local own = dir .. "/draft.md"
    vim.fn.writefile({ "Moonshot AI was valued at $30 billion, investors said." }, own)
    local corpus = require("deepseek_claims.corpus")
    corpus.scan(dir)
    T.ok(
        T.wait(function()
            return corpus.state.corpus ~= nil and not corpus.running()
        end, 10000),
        "scan done"
    )
    -- the corpus's claims are gathered in the background, never in the check
    local calls, inside = 0, false
    local claims, claims_about = corpus.claims, corpus.claims_about
    corpus.claims = function(...)
        if inside then calls = calls + 1 end
        return claims(...)
    end
    corpus.claims_about = function(...)
        if inside then calls = calls + 1 end
        return claims_about(...)
    end
    local dmod = require("deepseek_claims.diagnostics")
    local on_parse = dmod.on_parse
    dmod.on_parse = function(...)
        inside = true
        local ok, err = pcall(on_parse, ...)
        inside = false
        assert(ok, err)
    end
    vim.cmd("edit " .. vim.fn.fnameescape(own))
    local buf = vim.api.nvim_get_current_buf()
    vim.bo[buf].filetype = "markdown"
    local ok = wait_diags(buf, 1)
    corpus.claims, corpus.claims_about, dmod.on_parse = claims, claims_about, on_parse
    T.ok(ok, "a diagnostic from the corpus (got " .. #diags(buf) .. ")")
    T.eq(calls, 0, "no corpus claims read inside a check")
    local d = diags(buf)[1]
    T.eq(range_text(buf, d), "$30 billion")
    T.contains(d.message, "valuation of Moonshot AI differs from Reuters (corpus, ")
    T.contains(d.message, "a.md:3): $3B")
    T.ok(not d.message:find("draft.md", 1, true), "not compared with its own copy in the corpus")
    corpus.reset()
end)

T.test("right after a restore, the corpus's claims come in steps: the main loop never waits for them", function()
    -- a corpus of 20,000 claims with figures about DeepSeek (GPU counts, one
    -- training cost), cached, then restored: each file's claims are read
    -- from the cache when first used
    local dir = vim.fn.tempname()
    vim.fn.mkdir(dir, "p")
    for f = 1, 200 do
        local lines = {}
        for i = 1, 100 do
            lines[#lines + 1] = string.format("DeepSeek said it trained V3 on %d Nvidia H800 chips.", f * 100 + i)
        end
        if f == 1 then lines[1] = "DeepSeek said it spent \\$6 million to train DeepSeek-V3." end
        vim.fn.writefile(lines, string.format("%s/n%03d.md", dir, f))
    end
    vim.fn.system("touch -d '1 hour ago' " .. vim.fn.shellescape(dir) .. "/*.md")
    local corpus = require("deepseek_claims.corpus")
    corpus.reset()
    corpus.scan(dir)
    T.ok(
        T.wait(function()
            return corpus.state.corpus ~= nil and not corpus.running()
        end, 30000),
        "scan done"
    )
    T.eq(corpus.status().cache.written, true, "cached")
    corpus.reset()
    T.ok(corpus.restore(dir) ~= nil, "a restore")
    T.ok(
        T.wait(function()
            return corpus.status().restored
        end, 10000),
        "restored"
    )
    -- the longest gap of a 2 ms timer from the buffer's opening until its
    -- diagnostics name the corpus's figures (and the quiet rescan is in)
    local uv = vim.uv or vim.loop
    local gap, last = 0, uv.hrtime()
    local ticker = uv.new_timer()
    ticker:start(2, 2, function()
        local now = uv.hrtime()
        gap = math.max(gap, (now - last) / 1e6)
        last = now
    end)
    local buf = T.buf({ DISAGREE })
    local ok = T.wait(function()
        local d = diags(buf)[1]
        return d and d.message:find("(corpus, ", 1, true) and not corpus.running()
    end, 60000)
    T.sleep(300) -- a re-check after the rescan landed counts too
    ticker:stop()
    ticker:close()
    T.ok(ok, "the corpus's figures in the diagnostic")
    -- the reference: the same question asked in one piece on the main loop
    local t0 = uv.hrtime()
    local n = #corpus.claims("DeepSeek")
    local whole = (uv.hrtime() - t0) / 1e6
    T.eq(n, 20000)
    T.ok(gap < whole / 2, string.format("longest stall %.0f ms, the corpus asked in one piece %.0f ms", gap, whole))
    corpus.reset()
end)

-- Counts the indexes lib.check's index() builds while fn runs (not those
-- it is handed back, as check.run does).
local function index_calls(fn)
    local check = require("deepseek_claims.lib.check")
    local index, n = check.index, 0
    check.index = function(known, ...)
        if type(known) == "table" and not known.by_key and not known.parts then n = n + 1 end
        return index(known, ...)
    end
    local ok, err = pcall(fn)
    check.index = index
    assert(ok, err)
    return n
end

T.test("the ledgers' index is built once per content of the ledgers, not again when a scan lands", function()
    local dmod = require("deepseek_claims.diagnostics")
    local buf = T.buf({ DISAGREE })
    T.ok(wait_diags(buf, 1))
    local n = index_calls(function()
        -- a scan landed: the corpus's facts are forgotten, the ledgers' kept
        vim.api.nvim_exec_autocmds("User", { pattern = "DeepSeekClaimsCorpus" })
        vim.api.nvim_exec_autocmds("User", { pattern = "DeepSeekClaimsCorpus" })
        T.sleep(100)
    end)
    T.eq(n, 0, "the ledgers' index kept")
    T.ok(wait_diags(buf, 1), "re-checked")
    -- a ledger that changes (here: forgotten by known.lua, read again) is indexed again
    n = index_calls(function()
        require("deepseek_claims.known").reset()
        dmod.refresh()
        T.sleep(100)
    end)
    T.eq(n, 1, "a new ledger content, a new index")
    T.contains(diags(buf)[1].message, "differs from DeepSeek (ledger, arXiv 2412.19437): $5.576M")
end)

T.test("the first check of a ledger's content builds its index over several turns of the main loop", function()
    local dmod = require("deepseek_claims.diagnostics")
    local buf = T.buf({ DISAGREE })
    T.ok(wait_diags(buf, 1))
    local budget = dmod.BUDGET_MS
    dmod.BUDGET_MS = 0 -- one piece of work a turn
    local entry
    require("deepseek_claims.engine").request(buf, {}, function(e)
        entry = e
    end)
    T.ok(T.wait(function()
        return entry ~= nil
    end, 5000))
    local now = 0
    local later = index_calls(function()
        vim.diagnostic.reset(dmod.ns, buf)
        now = index_calls(function()
            require("deepseek_claims.known").reset() -- the ledgers read again: a new content
            dmod.on_parse(buf, entry)
        end)
        T.eq(#diags(buf), 0, "nothing set in the turn of the parse")
        wait_diags(buf, 1)
    end)
    dmod.BUDGET_MS = budget
    T.eq(now, 0, "no index built in the turn of the parse")
    T.eq(later, 1, "built on a later turn")
    T.eq(#diags(buf), 1)
end)

T.test("an unnamed text buffer is checked too", function()
    local buf = T.buf({ DISAGREE }, "text")
    T.ok(wait_diags(buf, 1))
end)

T.run("diagnostics")
