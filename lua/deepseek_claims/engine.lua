-- engine.lua: the bridge to the C module deepseek_claims.core. Loads it on
-- first use (with a precise error when it is not built), builds the
-- dictionary from the user's entities, parses buffers on the module's
-- threads, and keeps the newest parsed document of each buffer with the
-- b:changedtick it parsed, so every view reads the same parse.
local config = require("deepseek_claims.config")
local util = require("deepseek_claims.util")

local M = {}

local core, core_err -- the loaded module, or why it did not load
local dict, dict_err -- the user's dictionary (nil: the built-in one)
local dict_ready = false
local docs = {} -- buf -> the newest finished parse { tick =, doc =, ms =, claims = }

--- Where the compiled module should be.
function M.module_path()
    return util.plugin_root() .. "/lua/deepseek_claims/core.so"
end

--- The C module, or nil and a message saying how to fix it.
function M.core()
    if core then return core end
    if core_err then return nil, core_err end
    local ok, mod = pcall(require, "deepseek_claims.core")
    if ok and type(mod) == "table" and type(mod.parse) == "function" then
        core = mod
        return core
    end
    local root = util.plugin_root()
    if
        vim.fn.filereadable(M.module_path()) ~= 1
        and #vim.api.nvim_get_runtime_file("lua/deepseek_claims/core.so", false) == 0
    then
        core_err = "core module not built: run `make` in " .. root
    else
        core_err = "core module failed to load ("
            .. tostring(mod):gsub("\n.*", "")
            .. "): rebuild it with `make clean all` in "
            .. root
    end
    return nil, core_err
end

--- The dictionary to parse with: nil means the built-in one. A broken user
--- dictionary is reported once and the built-in one is used instead.
function M.dict()
    if dict_ready then return dict, dict_err end
    dict_ready = true
    dict, dict_err = nil, nil
    local c = M.core()
    if not c then return nil end
    local cfg = config.current
    local ents = cfg.entities
    if ents == nil and cfg.builtin_entities then return nil end
    local ok, res, msg
    if type(ents) == "string" then
        local path = vim.fn.expand(ents)
        ok, res, msg = pcall(c.dict_file, path, { builtin = cfg.builtin_entities })
        if ok and not res then
            ok, res = false, msg
        end
        if not ok then res = "entities file " .. path .. ": " .. tostring(res) end
    else
        ok, res = pcall(c.dict, { builtin = cfg.builtin_entities, entities = ents or {} })
        if not ok then res = "`entities`: " .. tostring(res) end
    end
    if ok then
        dict = res
    else
        dict_err = tostring(res) .. "; using the built-in dictionary"
        util.error(dict_err)
    end
    return dict, dict_err
end

-- Parses --------------------------------------------------------------------
--
-- A buffer's text is parsed on a thread of the C module (core.parse_async):
-- the main loop hands the text over and goes on; the thread's pipe wakes it
-- (a uv poll handle) when the document is ready. One parse runs per buffer
-- at a time: a request for newer text while one runs is served by the next
-- parse, started when the running one lands. The newest finished parse of
-- each buffer is kept with its changedtick; callers that draw check that
-- tick against the buffer's and drop what is older. Buffers of at most
-- SYNC_BYTES are parsed on the spot instead (a few ms, less than a thread's
-- round trip through the loop).

M.SYNC_BYTES = 64 * 1024
M.POLL_MS = 10 -- the timer that polls a job when no pipe can be watched

local pending = {} -- buf -> the running parse { job, tick, gen, waiters = { {tick, cb, opts} }, unwatch },
-- or the one whose text is being fetched { lines, tick, gen, waiters }
local gen = 0 -- bumped by reset(): parses started before are dropped

-- A parse that is dropped (cancelled) keeps running on its thread until its
-- parse ends; its watcher keeps the job referenced until then, so that the
-- job's __gc, which joins the thread, never waits on the main loop.

--- Forgets the dictionary and every parse (after setup() or :DeepSeekClaims refresh).
--- Running parses are dropped; whoever waits on one gets a parse with the new dictionary.
function M.reset()
    dict, dict_err, dict_ready = nil, nil, false
    docs = {}
    gen = gen + 1
    local waiting = {}
    for buf, p in pairs(pending) do
        if p.job then p.job:cancel() end
        for _, w in ipairs(p.waiters) do
            waiting[#waiting + 1] = { buf, w }
        end
    end
    pending = {}
    if #waiting > 0 then
        vim.schedule(function()
            for _, w in ipairs(waiting) do
                M.request(w[1], w[2].opts, w[2].cb)
            end
        end)
    end
end

--- Forgets the parse of one buffer (wiped or unloaded): a running parse is
--- dropped and whoever waits on it is told the buffer is gone.
function M.forget(buf)
    docs[buf] = nil
    local p = pending[buf]
    if not p then return end
    pending[buf] = nil
    if p.job then p.job:cancel() end
    vim.schedule(function()
        for _, w in ipairs(p.waiters) do
            w.cb(nil, "buffer " .. tostring(buf) .. " is not loaded")
        end
    end)
end

--- The buffer's text as the engine sees it: its lines joined with "\n".
function M.text(buf)
    return table.concat(vim.api.nvim_buf_get_lines(buf, 0, -1, false), "\n")
end

local function parse_opts()
    return { markdown = config.current.markdown, dict = M.dict() }
end

-- Calls on_done() on the main loop once job's parse has ended: a poll
-- handle on the job's pipe, or a timer when no pipe can be watched.
-- Returns a function that stops watching (called before the job is dropped:
-- the job closes its pipe when collected).
local function watch(job, on_done)
    local uv = util.uv
    local fd = job:fd()
    local ok, poll = pcall(function()
        return fd and uv.new_poll(fd)
    end)
    local handle
    if
        ok
        and poll
        and pcall(poll.start, poll, "r", function()
            poll:stop()
            vim.schedule(on_done)
        end)
    then
        handle = poll
    else
        if ok and poll then poll:close() end
        handle = uv.new_timer()
        handle:start(M.POLL_MS, M.POLL_MS, function()
            if job:done() then
                handle:stop()
                vim.schedule(on_done)
            end
        end)
    end
    return function()
        if not handle:is_closing() then
            handle:stop()
            handle:close()
        end
    end
end

local landed

M.CHUNK = 2000 -- lines fetched per turn of the main loop
local RESTARTS = 3 -- edits while fetching before the rest is fetched in one go

-- Serves the waiters of p with an error (the parse could not start).
local function fail(buf, p, err)
    if pending[buf] == p then pending[buf] = nil end
    p.err = err
    for _, w in ipairs(p.waiters) do
        w.cb(nil, err)
    end
end

-- Fetches the text of buf into p.lines by chunks of M.CHUNK lines, one turn
-- of the main loop each (nvim_buf_get_lines of a whole 8 MiB buffer takes
-- tens of ms), then hands the lines to a thread. An edit in between starts
-- the fetch over.
local function fetch(buf, p, from)
    if pending[buf] ~= p or p.gen ~= gen then return end -- dropped meanwhile
    if not util.buf_ok(buf) then return fail(buf, p, "buffer " .. tostring(buf) .. " is not loaded") end
    local tick = vim.api.nvim_buf_get_changedtick(buf)
    if tick ~= p.tick then
        p.tick, p.lines, from, p.restarts = tick, {}, 0, p.restarts + 1
    end
    local count = p.restarts >= RESTARTS and math.huge or M.CHUNK
    local lines = vim.api.nvim_buf_get_lines(buf, from, from + count, false)
    local all = p.lines
    for i = 1, #lines do
        all[#all + 1] = lines[i]
    end
    if from + count < vim.api.nvim_buf_line_count(buf) then
        return vim.schedule(function()
            fetch(buf, p, from + count)
        end)
    end
    p.lines = nil
    local ok, job = pcall(M.core().parse_async, all, parse_opts())
    if not ok then return fail(buf, p, "parse failed: " .. tostring(job)) end
    p.job, p.started = job, util.uv.hrtime()
    p.unwatch = watch(job, function()
        landed(buf, p)
    end)
end

-- Starts parsing the current text of buf on a thread. Returns the pending
-- entry, or nil and a message.
local function start(buf)
    local c, err = M.core()
    if not c then return nil, err end
    local p = { tick = vim.api.nvim_buf_get_changedtick(buf), gen = gen, waiters = {}, lines = {}, restarts = 0 }
    pending[buf] = p
    fetch(buf, p, 0)
    if pending[buf] ~= p then return nil, p.err end
    return p
end

-- Keeps e as the newest parse of buf unless a newer one is there.
local function keep(buf, e)
    local cur = docs[buf]
    if not cur or cur.tick < e.tick then docs[buf] = e end
end

-- A parse ended: keeps it, serves the waiters it answers (asked at or before
-- its tick), and starts the next parse for those who asked for newer text.
-- sync: called from M.document, which waits for the thread and returns
-- before the waiters run.
landed = function(buf, p, sync)
    if p.unwatch then p.unwatch() end
    if pending[buf] ~= p or p.gen ~= gen then return end -- dropped meanwhile
    pending[buf] = nil
    local ok, doc, ms = pcall(sync and p.job.wait or p.job.take, p.job)
    local e, err
    if ok and doc then
        -- wake_ms: how long the main loop took to notice the parse had ended
        -- (after the thread's start); landed: when it did (uv.hrtime)
        local now = util.uv.hrtime()
        e = { tick = p.tick, doc = doc, ms = ms, landed = now, wake_ms = (now - p.started) / 1e6 - ms }
        keep(buf, e)
    else
        err = "parse failed: " .. tostring(ok and ms or doc)
    end
    local served, later = {}, {}
    for _, w in ipairs(p.waiters) do
        if w.tick <= p.tick or not e then
            served[#served + 1] = w
        else
            later[#later + 1] = w
        end
    end
    if #later > 0 then
        local q, qerr
        if util.buf_ok(buf) then
            q, qerr = start(buf)
        else
            qerr = "buffer " .. tostring(buf) .. " is not loaded"
        end
        for _, w in ipairs(later) do
            if q then
                q.waiters[#q.waiters + 1] = w
            else
                served[#served + 1] = w
            end
        end
        err = err or qerr
    end
    local function serve()
        -- one waiter's error does not keep the others waiting; it is raised
        -- on its own for Neovim to show
        for _, w in ipairs(served) do
            local wok, werr = pcall(w.cb, e, err)
            if not wok then vim.schedule(function()
                error(werr, 0)
            end) end
        end
    end
    if sync then
        vim.schedule(serve)
    else
        serve()
    end
    return e, err
end

local function too_big(buf, opts)
    return opts.auto and util.buf_size(buf) > config.current.max_filesize
end

local function parse_here(buf, tick)
    local c, err = M.core()
    if not c then return nil, err end
    local t0 = util.uv.hrtime()
    local ok, doc = pcall(c.parse, M.text(buf), parse_opts())
    if not ok or not doc then return nil, "parse failed: " .. tostring(doc) end
    local e = { tick = tick, doc = doc, ms = (util.uv.hrtime() - t0) / 1e6 }
    keep(buf, e)
    return e
end

--- The parse of buf for its current changedtick, now (blocking: the public
--- Lua API and the commands that return their result). When the thread is
--- already parsing this text, waits for it instead of parsing again.
--- opts.auto: an automatic caller; refuses buffers above max_filesize.
--- Returns the entry { tick, doc, ms } or nil and a message ('too big' for
--- auto callers on huge buffers).
function M.document(buf, opts)
    opts = opts or {}
    if buf == 0 or buf == nil then buf = vim.api.nvim_get_current_buf() end
    if not util.buf_ok(buf) then return nil, "buffer " .. tostring(buf) .. " is not loaded" end
    local tick = vim.api.nvim_buf_get_changedtick(buf)
    local e = docs[buf]
    if e and e.tick == tick then return e end
    if too_big(buf, opts) then return nil, "too big" end
    local p = pending[buf]
    if p and p.job and p.tick == tick then
        local pe, err = landed(buf, p, true) -- waits for the thread: less than a parse here
        if pe and pe.tick == tick then return pe end
        if err then return nil, err end
    end
    return parse_here(buf, tick)
end

--- Asks for the parse of buf's current text without waiting for it:
--- cb(entry, err) runs on the main loop once it is there (entry.tick is the
--- changedtick it parsed; the buffer may have changed again since). Runs cb
--- at once, and returns true and what cb returned, when the parse is already
--- there or the buffer is small (at most SYNC_BYTES: parsed on the spot);
--- returns false when cb will run later. opts.auto: refuses buffers above
--- max_filesize (cb(nil, 'too big')).
function M.request(buf, opts, cb)
    opts = opts or {}
    if buf == 0 or buf == nil then buf = vim.api.nvim_get_current_buf() end
    if not util.buf_ok(buf) then return true, cb(nil, "buffer " .. tostring(buf) .. " is not loaded") end
    local tick = vim.api.nvim_buf_get_changedtick(buf)
    local e = docs[buf]
    if e and e.tick == tick then return true, cb(e) end
    if too_big(buf, opts) then return true, cb(nil, "too big") end
    if util.buf_size(buf) <= M.SYNC_BYTES then return true, cb(M.document(buf, opts)) end
    local p, err = pending[buf]
    if not p then
        p, err = start(buf)
    end
    if not p then return true, cb(nil, err) end
    p.waiters[#p.waiters + 1] = { tick = tick, cb = cb, opts = opts }
    return false
end

--- The newest finished parse of buf, whatever text it parsed (its tick may
--- be older than the buffer's), or nil. Never parses.
function M.latest(buf)
    return docs[buf]
end

--- True while a parse of buf runs on a thread.
function M.parsing(buf)
    return pending[buf] ~= nil
end

--- The claims of an entry (built once, cached with it).
function M.entry_claims(e)
    if not e.claims then e.claims = e.doc:claims() end
    return e.claims
end

--- The claims of buf (cached with its parse), or nil and a message.
function M.claims(buf, opts)
    local e, err = M.document(buf, opts)
    if not e then return nil, err end
    return M.entry_claims(e)
end

--- The mentions of buf (cached with its parse), or nil and a message.
function M.mentions(buf, opts)
    local e, err = M.document(buf, opts)
    if not e then return nil, err end
    if not e.mentions then e.mentions = e.doc:mentions() end
    return e.mentions
end

--- The dictionary entry { name, kind, aliases } for a name or alias, or nil.
function M.lookup(name)
    local c = M.core()
    if not c then return nil end
    local d = M.dict()
    local ok, res
    if d then
        ok, res = pcall(d.lookup, d, name)
    else
        ok, res = pcall(c.lookup, name)
    end
    return ok and res or nil
end

--- Every canonical name and alias of the dictionary (for completion).
function M.names()
    local c = M.core()
    if not c then return {} end
    local d = M.dict()
    local ok, res
    if d then
        ok, res = pcall(d.names, d)
    else
        ok, res = pcall(c.names)
    end
    return ok and res or {}
end

--- The number of dictionary entries, or nil.
function M.dict_size()
    local c = M.core()
    if not c then return nil end
    local d = M.dict()
    if d then return #d end
    local ok, fresh = pcall(c.dict, {})
    return ok and #fresh or nil
end

return M
