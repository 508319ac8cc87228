-- diagnostics.lua: fact-checking as you write. Each figure of a buffer's
-- claims that maps to a known attribute (training cost, GPU count, ...) is
-- compared with the ledgers and the scanned corpus (deepseek_claims.lib.check,
-- which the CLI's --check shares); a figure that agrees with none of them
-- gets a vim.diagnostic on its exact range, source "deepseek-claims", so
-- ]d, vim.diagnostic.setqflist(), trouble.nvim and statuslines show it.
-- Options: diagnostics = { enabled = true, agree = false, severity = "warn" }.
--
-- Never parses: highlight.lua hands over each parse it draws (a parse of
-- the buffer's current text, done on a thread), and a new parse replaces the
-- buffer's diagnostics, so they follow the buffer's claims. A finished
-- corpus scan re-checks the attached buffers from their last parse.
local config = require("deepseek_claims.config")
local util = require("deepseek_claims.util")

local M = {}

M.ns = vim.api.nvim_create_namespace("deepseek_claims_diagnostics")
M.SOURCE = "deepseek-claims"

local SEVERITY = {
    error = vim.diagnostic.severity.ERROR,
    warn = vim.diagnostic.severity.WARN,
    info = vim.diagnostic.severity.INFO,
    hint = vim.diagnostic.severity.HINT,
}

M.CHUNK = 200 -- claims checked at a time
M.BUDGET_MS = 8 -- main-loop time one turn spends checking before it yields
M.FETCH_CHUNK = 50 -- corpus claims made into facts at a time (a step can pass the budget by one)

-- buf -> { cache = facts of sentences seen (check.prepare), entry = the
-- parse checked last, gen = bumped by each new check (an older one stops) }
local state = {}

-- The known facts: the ledgers' index (check.index), built once per
-- content of the ledgers (known.lua keeps a ledger's table until its file's
-- mtime or size changes: a save makes a new one), by steps on the main loop
-- (build_ledgers); and the corpus's facts about each entity, added the
-- first time a buffer names it, gathered in the background (fetch below:
-- the corpus may hold thousands of claims about one name), forgotten when a
-- scan lands. version counts the entities added, so a check that ran before
-- they came is run again.
local function empty_known()
    return { key = nil, index = { by_key = {}, count = 0 }, fetched = {}, queue = {}, version = 0 }
end
local known = empty_known()
local ledgers = { key = nil, list = nil, index = nil, build = nil, warm = false }

local function options()
    return config.current.diagnostics or { enabled = false }
end

--- True when diagnostics are on.
function M.enabled()
    return options().enabled == true
end

local function check()
    return require("deepseek_claims.lib.check")
end

local function engine()
    return require("deepseek_claims.engine")
end

local function corpus_module()
    local corpus = package.loaded["deepseek_claims.corpus"]
    if corpus and corpus.state and corpus.state.corpus then return corpus end
end

-- The corpus state that changes when a scan or a re-scan lands.
local function corpus_key()
    local corpus = corpus_module()
    if not corpus then return "none" end
    local parts = { tostring(corpus.state.corpus) }
    for _, ov in ipairs(corpus.state.overlays or {}) do
        parts[#parts + 1] = tostring(ov)
    end
    return table.concat(parts, ",")
end

-- Runs fn on the next turn of the main loop, from a timer the caller keeps
-- (an edit or a newer check can stop it before it fires).
local function next_turn(fn)
    local timer = util.uv.new_timer()
    timer:start(0, 0, function()
        timer:close()
        vim.schedule(fn)
    end)
    return timer
end

-- Adds facts about name to the index.
local function add_facts(k, name, facts)
    check().add(k.index, facts, { entity = name })
end

-- The claims of a list that have figures.
local function with_figures(claims)
    local out = {}
    for _, c in ipairs(claims) do
        if type(c.quantities) == "table" and c.quantities[1] then out[#out + 1] = c end
    end
    return out
end

-- The corpus claims about name that have figures (one call of the engine).
local function corpus_claims(corpus, name)
    return with_figures(corpus.claims(name))
end

-- The facts of some corpus claims.
local function corpus_facts(claims)
    local records = require("deepseek_claims.lib.records")
    return require("deepseek_claims.lib.attributes").facts(
        records.from_claims(claims, "corpus"),
        { lookup = engine().lookup }
    )
end

local fetch_step

-- Gathers the corpus facts of the queued names, M.FETCH_CHUNK claims at a time
-- within M.BUDGET_MS a turn; once the queue is empty, re-checks the buffers.
fetch_step = function(k)
    k.timer = nil
    if known ~= k then return end -- rebuilt meanwhile: its own fetch takes over
    local corpus = corpus_module()
    if not corpus then return end
    local t0 = util.uv.hrtime()
    while (util.uv.hrtime() - t0) / 1e6 < M.BUDGET_MS do
        local job = k.job
        if not job then
            local name = table.remove(k.queue, 1)
            if not name then
                k.version = k.version + 1
                return M.refresh()
            end
            k.job = { name = name, next = corpus.claims_steps(name) }
        else
            -- the engine hands the claims out by steps too: a restored
            -- corpus reads each file's claims from the cache when first used
            local left = M.BUDGET_MS - (util.uv.hrtime() - t0) / 1e6
            local chunk = job.next(M.FETCH_CHUNK, math.max(left, 1))
            if chunk then
                add_facts(k, job.name, corpus_facts(with_figures(chunk)))
            else
                k.fetched[job.name], k.job = true, nil
            end
        end
    end
    k.timer = next_turn(function()
        fetch_step(k)
    end)
end

-- The ledgers' key: known.lua's tables, one per content of each ledger,
-- and the dictionary that resolves their names.
local function ledgers_key(list)
    local parts = { tostring((engine().dict())) }
    for _, L in ipairs(list) do
        parts[#parts + 1] = tostring(L)
    end
    return table.concat(parts, "|")
end

-- Builds the ledgers' index in pieces, each a turn's work at most: the
-- dictionary (its first lookup), the ledgers (read when changed), their
-- records, their facts. Returns the index once built for the ledgers'
-- current content, else nil: call again on a later turn. sync: all at once.
local function build_ledgers(t0, sync)
    local function spent()
        return not sync and (util.uv.hrtime() - t0) / 1e6 >= M.BUDGET_MS
    end
    local b = ledgers.build
    if not b then
        b = { stage = ledgers.warm and 2 or 1 }
        ledgers.build = b
    end
    while true do
        if b.stage == 1 then
            engine().lookup("DeepSeek") -- the dictionary, made on first use
            ledgers.warm, b.stage = true, 2
        elseif b.stage == 2 then
            -- known.lua stats the ledgers: cheap when none changed
            b.list = require("deepseek_claims.known").ledgers()
            b.key = ledgers_key(b.list)
            if ledgers.key == b.key then
                ledgers.build = nil
                return ledgers.index
            end
            b.stage = 3
        elseif b.stage == 3 then
            local records = require("deepseek_claims.lib.records")
            b.recs = {}
            for _, L in ipairs(b.list) do
                for _, r in ipairs(records.from_ledger(L)) do
                    b.recs[#b.recs + 1] = r
                end
            end
            b.stage = 4
        else
            ledgers.index = check().index(b.recs, { lookup = engine().lookup })
            -- the tables are kept: a key of addresses holds only while they live
            ledgers.key, ledgers.list, ledgers.build = b.key, b.list, nil
            return ledgers.index
        end
        if spent() then return nil end
    end
end

-- The index of the known facts (the ledgers' and the corpus's about these
-- entities, once gathered), or nil when the ledgers' is not built yet (call
-- again on a later turn). t0: when the turn's work began. sync: at once
-- (tests, scripts), the corpus's facts too.
local function known_index(entities, sync, t0)
    -- a check asks each time: known.lua stats the ledgers (cheap when
    -- unchanged); a ledger that changed is rebuilt by steps
    local lindex = build_ledgers(t0 or util.uv.hrtime(), sync)
    if not lindex then return nil end
    local key = corpus_key()
    if known.key ~= key then
        if known.timer and not known.timer:is_closing() then
            known.timer:stop()
            known.timer:close()
        end
        known = empty_known()
        known.key = key
    end
    local whole = check().union(lindex, known.index)
    local corpus = corpus_module()
    if not corpus then return whole end
    local k = known
    for name in pairs(entities) do
        if k.fetched[name] == "queued" and sync then
            for i, q in ipairs(k.queue) do
                if q == name then
                    table.remove(k.queue, i)
                    k.fetched[name] = nil
                    break
                end
            end
        end
        if not k.fetched[name] then
            if sync then
                add_facts(k, name, corpus_facts(corpus_claims(corpus, name)))
                k.fetched[name] = true
            else
                k.fetched[name] = "queued"
                k.queue[#k.queue + 1] = name
            end
        end
    end
    if #k.queue > 0 and not k.timer and not k.job then k.timer = next_turn(function()
        fetch_step(k)
    end) end
    return whole
end

local function display_path(p)
    return vim.fn.fnamemodify(p, ":~:.")
end

-- The findings of some claims of buf (check.lua's shape), or nil when
-- the known facts are not ready yet (ask again on a later turn).
local function findings_of(buf, st, claims, sync, t0)
    local c = check()
    local lookup = engine().lookup
    local name = vim.api.nvim_buf_get_name(buf)
    local file = name ~= "" and name or nil
    local doc = c.prepare(claims, { lookup = lookup, cache = st.cache, file = file })
    if next(doc.entities) == nil then return {} end
    local index = known_index(doc.entities, sync, t0)
    if not index then return nil end
    local o = options()
    return c.run(doc, index, {
        tolerance = (config.current.conflicts or {}).tolerance,
        lookup = lookup,
        agree = o.agree,
        file = file,
        path = display_path,
        line = function(n)
            return vim.api.nvim_buf_get_lines(buf, n - 1, n, false)[1]
        end,
    })
end

-- Claims first..first+n-1 of a parse: from its list when a view built it,
-- else from the document (no list of the whole buffer is built).
local function claims_at(entry, first, n)
    if entry.claims then
        local out = {}
        for i = first, math.min(#entry.claims, first + n - 1) do
            out[#out + 1] = entry.claims[i]
        end
        return out
    end
    return entry.doc:claims_at(first, first + n - 1)
end

--- The findings of a parse of buf (an engine entry), all at once (tests,
--- scripts); the editor's updates go by chunks (on_parse).
function M.findings(buf, entry)
    local st = state[buf] or { cache = {}, gen = 0 }
    state[buf] = st
    return findings_of(buf, st, engine().entry_claims(entry), true)
end

-- A finding as a vim.diagnostic (0-based lines and columns, end exclusive).
local function to_diagnostic(buf, f, severity)
    local lnum = math.max(0, (f.line or 1) - 1)
    local end_lnum = math.max(lnum, (f.end_line or f.line or 1) - 1)
    local end_col = f.end_col
    if not end_col then
        local l = vim.api.nvim_buf_get_lines(buf, end_lnum, end_lnum + 1, false)[1] or ""
        end_col = #l
    end
    return {
        bufnr = buf,
        lnum = lnum,
        col = math.max(0, (f.col or 1) - 1),
        end_lnum = end_lnum,
        end_col = end_col,
        severity = f.severity == "warning" and severity or vim.diagnostic.severity.INFO,
        source = M.SOURCE,
        code = f.attribute,
        message = f.message,
        user_data = { entity = f.entity, attribute = f.attribute, others = f.n_others, agrees = f.n_agrees },
    }
end

-- One check of a parse: its claims by chunks of M.CHUNK, M.BUDGET_MS of
-- main-loop time per turn, the diagnostics set once all are checked. A
-- newer check, an edit or the buffer going away stops it.
local function step(run)
    local buf, entry = run.buf, run.entry
    local st = state[buf]
    if not st or st.gen ~= run.gen or not util.buf_ok(buf) then return end
    if entry.tick ~= vim.api.nvim_buf_get_changedtick(buf) then return end -- the next parse checks again
    local t0 = util.uv.hrtime()
    local function later()
        -- the next chunk on the next turn, from a timer M.stop() can take
        -- back: an edit leaves nothing of this check waiting in the queue
        local timer
        timer = next_turn(function()
            if st.timer == timer then st.timer = nil end
            step(run)
        end)
        st.timer = timer
    end
    -- the ledgers' index first (built once per content of the ledgers, by
    -- steps: the first check of a session builds it over a few turns)
    local built = ledgers.build and ledgers.build.stage > 2
    if not build_ledgers(t0) then return later() end
    local worked = built -- this turn finished the ledgers' index
    while true do
        -- a chunk may take a while (its sentences' facts): after half the
        -- turn's budget, the next turn
        if worked and (util.uv.hrtime() - t0) / 1e6 >= M.BUDGET_MS / 2 then return later() end
        worked = true
        local chunk = claims_at(entry, run.next, M.CHUNK)
        local ok, found = pcall(findings_of, buf, st, chunk, false, t0)
        if not ok then
            local msg = "diagnostics: " .. tostring(found)
            return util.notify_once("diagnostics:" .. msg, msg, vim.log.levels.ERROR)
        end
        if not found then return later() end -- a ledger changed meanwhile: its index by steps
        for _, f in ipairs(found) do
            run.diags[#run.diags + 1] = to_diagnostic(buf, f, run.severity)
        end
        run.next = run.next + #chunk
        if #chunk < M.CHUNK then break end
    end
    st.entry = entry
    vim.diagnostic.set(M.ns, buf, run.diags)
    if run.done then run.done(run.diags) end
    -- corpus facts came in while it ran: once more with all of them
    if known.version ~= run.version then M.on_parse(buf, entry, run.done) end
end

--- Checks a parse of buf (an engine entry of the buffer's current text)
--- and sets its diagnostics: at once for a few claims, else over a few
--- turns of the main loop. Called by highlight.lua for each parse it
--- draws. done(diagnostics), when given, runs once they are set.
function M.on_parse(buf, entry, done)
    if not M.enabled() then return M.reset(buf) end
    if not util.buf_ok(buf) or not entry then return end
    if entry.tick ~= vim.api.nvim_buf_get_changedtick(buf) then return end -- older text: the next parse comes
    local st = state[buf] or { cache = {}, gen = 0 }
    state[buf] = st
    st.gen = st.gen + 1
    step({
        buf = buf,
        entry = entry,
        gen = st.gen,
        next = 1,
        diags = {},
        severity = SEVERITY[options().severity] or vim.diagnostic.severity.WARN,
        done = done,
        version = known.version,
    })
end

--- Stops the check of buf under way, if any (the buffer changed: the
--- next parse brings the next check). The diagnostics set stay.
function M.stop(buf)
    local st = state[buf]
    if not st then return end
    st.gen = st.gen + 1
    local timer = st.timer
    st.timer = nil
    if timer and not timer:is_closing() then
        timer:stop()
        timer:close()
    end
end

--- Removes the diagnostics of buf (detached, or diagnostics off).
function M.reset(buf)
    M.stop(buf)
    if state[buf] then state[buf] = nil end
    if vim.api.nvim_buf_is_valid(buf) then vim.diagnostic.reset(M.ns, buf) end
end

--- Re-checks every buffer from the parse it was last checked with, when
--- that parse is still of its current text (a scan landed, a ledger was
--- saved, the options changed); others wait for their next parse.
function M.refresh()
    for buf, st in pairs(state) do
        if not util.buf_ok(buf) then
            state[buf] = nil
        elseif not M.enabled() then
            M.reset(buf)
        elseif st.entry then
            M.on_parse(buf, st.entry)
        end
    end
end

--- Forgets the known facts (a ledger or the corpus changed) and re-checks.
function M.invalidate()
    if known.timer and not known.timer:is_closing() then
        known.timer:stop()
        known.timer:close()
    end
    known = empty_known()
    M.refresh()
end

--- The buffers that have diagnostics state (tests).
function M.buffers()
    local t = {}
    for buf in pairs(state) do
        t[#t + 1] = buf
    end
    table.sort(t)
    return t
end

-- A scan that lands changes what is known: re-check from the last parses.
local group = vim.api.nvim_create_augroup("DeepSeekClaimsDiagnostics", { clear = true })
vim.api.nvim_create_autocmd("User", {
    group = group,
    pattern = "DeepSeekClaimsCorpus",
    callback = function()
        M.invalidate()
    end,
})
vim.api.nvim_create_autocmd({ "BufWipeout", "BufUnload" }, {
    group = group,
    callback = function(a)
        state[a.buf] = nil
    end,
})

return M
