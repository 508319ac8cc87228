-- corpus.lua: :DeepSeekClaims scan and the corpus it leaves behind. The scan
-- runs on the engine's worker threads; a libuv timer polls its progress, so
-- the editor never waits on the disk or a parse. commands.lua maps the
-- `scan`, `corpus`, `skipped` and `known` subcommands here; hover.lua adds
-- its lines once a corpus exists. With corpus.watch = true, files that
-- change on disk are re-scanned (libuv fs events, debounced) into overlays
-- that replace those files' claims. The paths a scan did not read (binary,
-- too big, a link loop, unreadable) are kept with the reason: the end
-- message counts them and :DeepSeekClaims skipped lists them.
-- With corpus.cache = true (the default) a scan keeps its results in a
-- cache under stdpath("cache")/deepseek-claims (src/cache.c): the next scan
-- of the same folders parses only the files that changed, and the next
-- session restores the corpus of the default folders once the first screen
-- is drawn, on a thread, then brings it up to date with such a rescan.
-- Options, read when present: corpus = { folders = {}, watch = false,
-- jobs = 2, extensions = nil, max_bytes = nil, debounce = 300, cache = true }.
local util = require("deepseek_claims.util")
local records = require("deepseek_claims.lib.records")
local step = require("deepseek_claims.lib.step")
local figures = require("deepseek_claims.lib.figures")

local M = {}
local uv = util.uv

local POLL_MS = 100
local RESTORE_POLL_MS = 5 -- a restore takes milliseconds: look for it often
local MAX_OVERLAYS = 20 -- past this many partial re-scans, scan everything again

-- State (tests and other modules read it): the running job, the last
-- corpus and its overlays (owner[path] = the overlay corpus whose claims
-- replace the base corpus's for that file), the watchers.
M.state = {
    job = nil,
    corpus = nil,
    dirs = nil,
    timer = nil,
    started = 0,
    overlays = {},
    owner = {},
    watchers = {},
    pending = {},
    debounce = nil,
    rescan = nil,
    progress = nil,
    progress_count = 0,
    scans = 0,
    skipped = {}, -- path -> { path, reason, error } of the paths the scans did not read
    restoring = nil, -- the job restoring the corpus from the cache
    restored = false, -- the corpus came from the cache (until a scan replaces it)
    cache = nil, -- what the last scan did with its cache: { file, read, why, written, error, cached }
}
local S = M.state

local function options()
    local cfg = require("deepseek_claims.config").current
    local o = cfg.corpus or {}
    return {
        folders = o.folders or {},
        watch = o.watch == true,
        jobs = o.jobs or 2,
        extensions = o.extensions,
        max_bytes = o.max_bytes,
        debounce = o.debounce or 300,
        cache = o.cache ~= false,
    }
end

local function close_handle(h)
    if h and not h:is_closing() then
        pcall(function()
            h:stop()
        end)
        h:close()
    end
end

-- Absolute paths without a trailing slash.
local function absolute(p)
    p = vim.fn.fnamemodify(vim.fn.expand(p), ":p")
    if #p > 1 then p = p:gsub("/+$", "") end
    return p
end

local function scan_opts()
    local engine = require("deepseek_claims.engine")
    local o = options()
    return {
        jobs = o.jobs,
        extensions = o.extensions,
        max_bytes = o.max_bytes,
        dict = engine.dict(),
        markdown = require("deepseek_claims.config").current.markdown,
    }
end

---------------------------------------------------------------------------
-- The cache
---------------------------------------------------------------------------

--- The folder of the scan caches: stdpath("cache")/deepseek-claims.
function M.cache_dir()
    return vim.fn.stdpath("cache") .. "/deepseek-claims"
end

--- The cache file of a scan of dirs (absolute paths), or nil when
--- corpus.cache is off or the engine does not load.
function M.cache_file(dirs)
    if not options().cache then return nil end
    local core = require("deepseek_claims.engine").core()
    if not core then return nil end
    local ok, path = pcall(core.cache_path, M.cache_dir(), dirs)
    return ok and path or nil
end

-- What a finished scan did with its cache, kept for status() and the end
-- message: "; 9,998 files from the cache", "; cache not written: why".
local function note_cache(file, p)
    if not file then
        S.cache = nil
        return ""
    end
    S.cache = {
        file = file,
        read = p.cache,
        why = p.cache_why,
        written = p.cache_written == true,
        error = p.cache_error,
        cached = p.cached or 0,
    }
    local out = ""
    if (p.cached or 0) > 0 then out = string.format("; %d from the cache", p.cached) end
    if p.cache_error then out = out .. "; cache not written: " .. p.cache_error end
    return out
end

-- Echo that does not go into :messages (progress would spam it). Without
-- a UI (headless, tests) it would land on stdout: only recorded then.
local function echo(msg)
    S.progress = msg
    S.progress_count = S.progress_count + 1
    if #vim.api.nvim_list_uis() == 0 then return end
    pcall(vim.api.nvim_echo, { { "deepseek-claims: " .. msg } }, false, {})
end

-- Records what a scan (or a re-scan of paths) skipped: a re-scanned path
-- loses its old entry, and gets the new one if it was skipped again. A
-- file deleted since is gone, not unreadable: it is not listed.
local function note_skipped(corpus, paths)
    for _, p in ipairs(paths or {}) do
        S.skipped[p] = nil
    end
    local ok, list = pcall(function()
        return corpus:skipped()
    end)
    for _, k in ipairs(ok and list or {}) do
        if not (paths and k.error and not uv.fs_lstat(k.path)) then S.skipped[k.path] = k end
    end
end

--- The paths the last scan and its re-scans did not read, sorted:
--- { path, reason, error = true when it could not be read }.
function M.skipped()
    local out = {}
    for _, k in pairs(S.skipped) do
        out[#out + 1] = k
    end
    table.sort(out, function(a, b)
        return a.path < b.path
    end)
    return out
end

-- "; 3 skipped, 1 unreadable (:DeepSeekClaims skipped)", or ''.
local function skipped_note()
    local left, bad = 0, 0
    for _, k in pairs(S.skipped) do
        if k.error then
            bad = bad + 1
        else
            left = left + 1
        end
    end
    if left + bad == 0 then return "" end
    local parts = {}
    if left > 0 then parts[#parts + 1] = left .. " skipped" end
    if bad > 0 then parts[#parts + 1] = bad .. " unreadable" end
    return "; " .. table.concat(parts, ", ") .. " (:DeepSeekClaims skipped lists them)"
end

--- :DeepSeekClaims skipped: each path the scans did not read, with the
--- reason, as one message (kept in :messages).
function M.show_skipped()
    if not S.corpus then return util.notify(M.summary()) end
    local list = M.skipped()
    if #list == 0 then return util.notify("the last scan read every file it found") end
    local lines = { string.format("%d path%s not read:", #list, #list == 1 and "" or "s") }
    for _, k in ipairs(list) do
        lines[#lines + 1] =
            string.format("  %s: %s%s", vim.fn.fnamemodify(k.path, ":~:."), k.reason, k.error and " (error)" or "")
    end
    util.notify(table.concat(lines, "\n"))
end

local function fire()
    pcall(vim.api.nvim_exec_autocmds, "User", { pattern = "DeepSeekClaimsCorpus", modeline = false })
end

-- Polls job every POLL_MS (or ms) from a timer until done, echoing progress
-- when it changes (unless label is nil: quiet); then calls done(corpus,
-- progress).
local function follow(job, label, done, ms)
    local timer = uv.new_timer()
    local last
    ms = ms or POLL_MS
    timer:start(
        ms,
        ms,
        vim.schedule_wrap(function()
            if timer:is_closing() then return end
            local ok, p = pcall(job.poll, job)
            if not ok then
                close_handle(timer)
                return util.error("scan failed: " .. tostring(p))
            end
            if p.done then
                close_handle(timer)
                return done(job:result(), p)
            end
            local msg = label and string.format("%s %d/%d files", label, p.files_done, p.files_total)
            if msg and msg ~= last then
                last = msg
                echo(msg)
            end
        end)
    )
    return timer
end

-- The folders to scan: the argument(s), else config corpus.folders, else the cwd.
local function folders(dir)
    if type(dir) == "table" and #dir > 0 then return dir end
    if type(dir) == "string" and dir ~= "" then return { dir } end
    local f = options().folders
    if type(f) == "table" and #f > 0 then return f end
    return { vim.fn.getcwd() }
end

-- The roots of the corpus after adding dirs to old: each folder once, none
-- inside another (a folder inside a root is read with it; a root inside a
-- new folder gives way to it), the old ones first.
local function merge_roots(old, dirs)
    local function under(p, root)
        return p == root or p:sub(1, #root + 1) == root:gsub("/$", "") .. "/"
    end
    local out = {}
    for _, list in ipairs({ old or {}, dirs }) do
        for _, d in ipairs(list) do
            local covered = false
            for _, r in ipairs(out) do
                covered = covered or under(d, r)
            end
            if not covered then
                out = vim.tbl_filter(function(r)
                    return not under(r, d)
                end, out)
                out[#out + 1] = d
            end
        end
    end
    return out
end

--- Starts a scan of dir (a path, a list of paths, or nil: corpus.folders,
--- else the working directory) and returns the job at once; on_done(corpus)
--- runs on the main loop when it ends. The corpus keeps the folders of the
--- scans before (scan A, then scan B: both; M.clear forgets them), so the
--- scan reads them all again. A running scan is cancelled first. A missing
--- folder is reported and nothing starts (returns nil). With corpus.cache,
--- files unchanged since the last scan come from its cache. opts.quiet: no
--- progress and no end message (the rescan after a restore).
function M.scan(dir, on_done, opts)
    opts = opts or {}
    local engine = require("deepseek_claims.engine")
    local core, err = engine.core()
    if not core then return util.error(err) end
    local dirs = {}
    for _, d in ipairs(folders(dir)) do
        local p = absolute(d)
        if vim.fn.isdirectory(p) == 0 and vim.fn.filereadable(p) == 0 then
            return util.error('cannot scan "' .. d .. '": no such file or folder')
        end
        dirs[#dirs + 1] = p
    end
    dirs = merge_roots(S.dirs, dirs)
    M.cancel()
    close_handle(S.timer)
    M.unwatch()
    local sopts = scan_opts()
    sopts.cache = M.cache_file(dirs)
    local ok, job = pcall(core.scan, dirs, sopts)
    if not ok then return util.error("cannot scan: " .. tostring(job)) end
    S.job, S.dirs, S.started = job, dirs, uv.hrtime()
    S.progress_count = 0
    S.scans = S.scans + 1
    if not opts.quiet then
        echo("scanning " .. table.concat(
            vim.tbl_map(function(r)
                return vim.fn.fnamemodify(r, ":~")
            end, dirs),
            ", "
        ))
    end
    S.timer = follow(job, not opts.quiet and "scanning" or nil, function(corpus, p)
        if S.job ~= job then return end -- a newer scan took over
        S.job, S.timer = nil, nil
        S.corpus, S.overlays, S.owner, S.skipped, S.restored = corpus, {}, {}, {}, false
        note_skipped(corpus)
        local note = skipped_note()
        local msg = M.summary() .. note_cache(sopts.cache, p) .. note .. (p.cancelled and " (cancelled)" or "")
        if opts.quiet and note == "" then
            S.progress = msg
        elseif note == "" then
            echo(msg)
        else -- into the message history: it names a command to run
            S.progress, S.progress_count = msg, S.progress_count + 1
            util.notify(msg)
        end
        if options().watch and not p.cancelled then M.watch() end
        fire()
        if on_done then on_done(corpus) end
    end)
    return job
end

--- Restores the corpus of dir (as M.scan takes it; nil: corpus.folders,
--- else the working directory) from its cache: read on a thread, each
--- file's claims read when first used. Then a quiet rescan brings it up to
--- date (only files changed since are parsed). Returns the job, or nil when
--- there is nothing to restore: corpus.cache off, no cache for these
--- folders, a corpus already there or a scan running. on_done(corpus) runs
--- after the rescan.
function M.restore(dir, on_done)
    if not options().cache or S.corpus or S.job or S.restoring then return nil end
    -- nothing was ever cached: do not even load the engine
    if not uv.fs_stat(M.cache_dir()) then return nil end
    local dirs = {}
    for _, d in ipairs(folders(dir)) do
        dirs[#dirs + 1] = absolute(d)
    end
    local file = M.cache_file(dirs)
    if not file or not uv.fs_stat(file) then return nil end
    local core = require("deepseek_claims.engine").core()
    local sopts = scan_opts()
    sopts.cache, sopts.restore = file, true
    local ok, job = pcall(core.scan, dirs, sopts)
    if not ok then return nil end
    S.restoring = job
    S.restore_started = uv.hrtime()
    follow(job, nil, function(corpus, p)
        if S.restoring ~= job then return end -- reset (corpus clear) meanwhile
        S.restoring = nil
        if S.corpus or S.job then return end -- a scan came first
        if p.cache == "used" then
            S.corpus, S.dirs, S.overlays, S.owner, S.skipped = corpus, dirs, {}, {}, {}
            S.restored, S.restore_ms = true, (uv.hrtime() - S.restore_started) / 1e6
            S.progress = "restored " .. M.summary() .. " from the cache"
            fire()
        end
        M.scan(dirs, on_done, { quiet = true })
    end, RESTORE_POLL_MS)
    return job
end

--- Forgets the corpus, its folders and its cache (:DeepSeekClaims corpus
--- clear): the next scan starts afresh; the cache of the folders last
--- scanned and of the default folders are removed.
function M.clear()
    local dirs = S.dirs
    M.reset()
    local removed = {}
    local core = require("deepseek_claims.engine").core()
    for _, set in ipairs({ dirs or false, folders(nil) }) do
        if set and core then
            local abs = {}
            for _, d in ipairs(set) do
                abs[#abs + 1] = absolute(d)
            end
            local ok, file = pcall(core.cache_path, M.cache_dir(), abs)
            if ok and not removed[file] then
                local lock = core.file_lock(file .. ".lock", 200) -- a writer at work finishes first
                if os.remove(file) then removed[#removed + 1] = vim.fn.fnamemodify(file, ":~") end
                removed[file] = true
                os.remove(file .. ".tmp")
                if lock then lock:unlock() end
            end
        end
    end
    fire()
    util.notify(
        "corpus cleared" .. (#removed > 0 and ("; cache removed: " .. table.concat(removed, ", ")) or "; no cache")
    )
end

--- Stops a running scan (the files parsed so far are kept as the corpus).
function M.cancel()
    if S.job then pcall(S.job.cancel, S.job) end
end

--- True while a scan runs.
function M.running()
    return S.job ~= nil
end

--- The last corpus (the core's userdata), or nil.
function M.current()
    return S.corpus
end

--- A summary for health and tests: { running, dirs, progress, progress_count,
--- files, watching, scans, restoring, restored, restore_ms, cache }.
function M.status()
    return {
        running = S.job ~= nil,
        dirs = vim.deepcopy(S.dirs or {}),
        progress = S.progress,
        progress_count = S.progress_count,
        files = S.corpus and #S.corpus or 0,
        watching = #S.watchers,
        scans = S.scans,
        restoring = S.restoring ~= nil,
        restored = S.restored,
        restore_ms = S.restore_ms,
        cache = S.cache and vim.deepcopy(S.cache) or nil,
    }
end

-- The last lists corpus_claims built, while the corpus is the same (a scan
-- makes a new one, a re-scanned file adds an overlay): a K on DeepSeek asks
-- twice (the hover's corpus section, its conflicts), and 53,741 claims of
-- a 200 MB corpus take 0.8 s to build.
-- The corpus is held weakly (a memo must not keep a replaced corpus alive)
-- and compared by identity (an address can come back for a new one).
local MEMO_NAMES = 4
local memo = { of = setmetatable({}, { __mode = "v" }), n = -1, lists = {}, order = {} }

local function memo_get(name)
    if memo.of.corpus ~= S.corpus or memo.n ~= #S.overlays then
        memo.of.corpus, memo.n, memo.lists, memo.order = S.corpus, #S.overlays, {}, {}
    end
    return memo.lists[name or false]
end

local function memo_put(name, list)
    local k = name or false
    if not memo.lists[k] then
        memo.order[#memo.order + 1] = k
        if #memo.order > MEMO_NAMES then memo.lists[table.remove(memo.order, 1)] = nil end
    end
    memo.lists[k] = list
end

-- A copy of list: callers may sort or trim what they get.
local function copy(list)
    local out = {}
    for i = 1, #list do
        out[i] = list[i]
    end
    return out
end

local function claim_less(a, b)
    if a.file ~= b.file then return a.file < b.file end
    if a.line ~= b.line then return a.line < b.line end
    return (a.col or 0) < (b.col or 0)
end

local function in_order(list)
    for i = 2, #list do
        if claim_less(list[i], list[i - 1]) then return false end
    end
    return true
end

-- Claims of the corpus, its overlays replacing the files they re-scanned.
-- name: only the claims about it (canonical or alias); nil: all.
local function corpus_claims(name)
    if not S.corpus then return {} end
    local kept = memo_get(name)
    if kept then return copy(kept) end
    local out = {}
    local of, n_overlays = S.corpus, #S.overlays
    if name and step.active() then
        -- inside a job run by slices (the hover): the C side hands the
        -- claims over by steps, not in one call of up to a second
        local next_ = M.claims_steps(name)
        local part = next_(128, 2)
        while part do
            for _, cl in ipairs(part) do
                out[#out + 1] = cl
            end
            step.tick()
            part = next_(128, 2)
        end
    else
        local function take(c, owner)
            local ok, list = pcall(function()
                return name and c:about(name) or c:claims()
            end)
            if not ok then return end
            for _, cl in ipairs(list) do
                if S.owner[cl.file] == owner then out[#out + 1] = cl end
            end
        end
        take(S.corpus, nil)
        for _, ov in ipairs(S.overlays) do
            take(ov, ov)
        end
    end
    -- the scan's order is already the files' (a sort of 16,692 claims in
    -- a 64 MB corpus is 22 ms of one slice); overlays need the sort
    if not in_order(out) then table.sort(out, claim_less) end
    -- a job resumed after a re-scan holds the old corpus's claims
    if of == S.corpus and n_overlays == #S.overlays then memo_put(name, out) end
    return copy(out)
end

--- The claims M.claims(name) returns (unsorted), by steps, for callers that
--- must not hold the main loop: returns next(max, ms), which gives up to
--- max claims within about ms of work (an empty list when the time ran
--- out first), and nil once there are no more.
function M.claims_steps(name)
    local parts = {}
    if S.corpus then parts[1] = { S.corpus, false } end
    for _, ov in ipairs(S.overlays) do
        parts[#parts + 1] = { ov, ov }
    end
    local owner, i, cur = S.owner, 1, nil
    return function(max, ms)
        while parts[i] do
            local c, own = parts[i][1], parts[i][2] or nil
            local ok, list = pcall(function()
                cur = cur or c:cursor(name)
                return cur:next(max, ms)
            end)
            if ok and list then
                local out = {}
                for _, cl in ipairs(list) do
                    if owner[cl.file] == own then out[#out + 1] = cl end
                end
                return out
            end
            i, cur = i + 1, nil
        end
        return nil
    end
end

--- The corpus claims about an entity, as records with file, line and col.
function M.claims_about(name)
    return records.from_claims(corpus_claims(name), "corpus")
end

--- Every corpus claim as a record.
function M.records()
    return records.from_claims(corpus_claims(nil), "corpus")
end

--- The corpus claims (the core's tables, each with file) about an entity
--- (canonical or alias), or all of them.
function M.claims(name)
    return corpus_claims(name)
end

--- "12 claims in 7 files" (files with claims; about name when given).
function M.summary(name)
    if not S.corpus then return "no corpus scanned (:DeepSeekClaims scan [dir])" end
    if not name and #S.overlays == 0 then -- cheap: counts, no claim tables
        local claims, with = 0, 0
        for _, f in ipairs(S.corpus:files()) do
            claims = claims + f.claims
            if f.claims > 0 then with = with + 1 end
        end
        return string.format(
            "%d claim%s in %d file%s",
            claims,
            claims == 1 and "" or "s",
            with,
            with == 1 and "" or "s"
        )
    end
    local claims = corpus_claims(name)
    local files, n = {}, 0
    for _, c in ipairs(claims) do
        if not files[c.file] then
            files[c.file] = true
            n = n + 1
        end
    end
    return string.format("%d claim%s in %d file%s", #claims, #claims == 1 and "" or "s", n, n == 1 and "" or "s")
end

---------------------------------------------------------------------------
-- Watching
---------------------------------------------------------------------------

local function wanted_file(name)
    local exts = options().extensions or { "md", "markdown", "txt" }
    local ext = name:match("%.([^./]+)$")
    if not ext or name:match("^%.") or name:match("/%.") then return false end
    for _, e in ipairs(exts) do
        if e:gsub("^%.", ""):lower() == ext:lower() then return true end
    end
    return false
end

-- Re-scans the pending files into a new overlay.
local function rescan()
    local paths = {}
    for p in pairs(S.pending) do
        paths[#paths + 1] = p
    end
    S.pending = {}
    if #paths == 0 or not S.corpus then return end
    if S.rescan or S.job then -- one at a time: try again after this one
        for _, p in ipairs(paths) do
            S.pending[p] = true
        end
        return
    end
    if #S.overlays >= MAX_OVERLAYS then return M.scan(S.dirs) end
    table.sort(paths)
    local core = require("deepseek_claims.engine").core()
    if not core then return end
    local ok, job = pcall(core.scan, paths, scan_opts())
    if not ok then return util.error("re-scan failed: " .. tostring(job)) end
    S.rescan = job
    follow(job, "re-scanning", function(ov)
        S.rescan = nil
        if not ov then return end
        S.overlays[#S.overlays + 1] = ov
        -- files now gone or unreadable still hide their old claims
        for _, f in ipairs(ov:files()) do
            S.owner[f.path] = ov
        end
        for _, p in ipairs(paths) do
            S.owner[p] = ov
        end
        note_skipped(ov, paths)
        echo(string.format("re-scanned %d file%s: %s", #paths, #paths == 1 and "" or "s", M.summary()))
        fire()
        if next(S.pending) then rescan() end
    end)
end

local function queue(path)
    S.pending[path] = true
    if not S.debounce then S.debounce = uv.new_timer() end
    S.debounce:stop()
    S.debounce:start(options().debounce, 0, vim.schedule_wrap(rescan))
end

-- Folders under root (root included), dot folders skipped, at most 500
-- (libuv's fs events are not recursive on Linux: one watcher per folder).
local function subfolders(root)
    local out, queue_ = {}, { root }
    while #queue_ > 0 and #out < 500 do
        local d = table.remove(queue_, 1)
        out[#out + 1] = d
        local h = uv.fs_scandir(d)
        while h do
            local name, t = uv.fs_scandir_next(h)
            if not name then break end
            if t == "directory" and name:sub(1, 1) ~= "." then queue_[#queue_ + 1] = d .. "/" .. name end
        end
    end
    return out
end

--- Starts watching the scanned folders (done after a scan when
--- corpus.watch is set). Returns the number of folders watched.
function M.watch()
    M.unwatch()
    for _, root in ipairs(S.dirs or {}) do
        if vim.fn.isdirectory(root) == 1 then
            for _, dir in ipairs(subfolders(root)) do
                local ev = uv.new_fs_event()
                local ok = ev
                    and pcall(ev.start, ev, dir, {}, function(err, fname)
                        if err or not fname then return end
                        local path = dir .. "/" .. fname
                        if wanted_file(fname) then
                            vim.schedule(function()
                                queue(path)
                            end)
                        end
                    end)
                if ok then
                    S.watchers[#S.watchers + 1] = ev
                elseif ev then
                    ev:close()
                end
            end
        end
    end
    return #S.watchers
end

function M.unwatch()
    for _, w in ipairs(S.watchers) do
        close_handle(w)
    end
    S.watchers = {}
    if S.debounce then S.debounce:stop() end
end

--- Stops everything and forgets the corpus.
function M.reset()
    M.cancel()
    close_handle(S.timer)
    M.unwatch()
    close_handle(S.debounce)
    if S.restoring then pcall(S.restoring.cancel, S.restoring) end
    S.job, S.timer, S.debounce, S.rescan, S.restoring = nil, nil, nil, nil, nil
    S.corpus, S.overlays, S.owner, S.pending, S.dirs, S.skipped = nil, {}, {}, {}, nil, {}
    S.progress, S.progress_count, S.restored, S.cache = nil, 0, false, nil
end

---------------------------------------------------------------------------
-- For the hover and entity views
---------------------------------------------------------------------------

--- Hover lines for an entity: a summary and the first few corpus claims,
--- then the ledgers' known claims about it and any conflicting figures.
--- {} when there is nothing to add.
function M.hover_lines(name, width)
    width = width or 80
    local max = 5
    local lines = {}
    local function add(s)
        lines[#lines + 1] = util.truncate(s, width)
    end
    local claims = S.corpus and corpus_claims(name) or {}
    if #claims > 0 then
        add("")
        add("corpus: " .. M.summary(name))
        for i = 1, math.min(#claims, max) do
            local x = claims[i]
            add(string.format("- %s:%d %s · %s", vim.fn.fnamemodify(x.file, ":~:."), x.line, x.kind, util.claimant(x)))
        end
        if #claims > max then add(string.format("  … %d more: :DeepSeekClaims corpus %s", #claims - max, name)) end
    end
    local ok, known = pcall(function()
        return require("deepseek_claims.known").about(name)
    end)
    if ok and #known > 0 then
        add("")
        add(string.format("known claims: %d in the ledgers", #known))
        for i = 1, math.min(max, #known) do
            local r = known[i]
            local f = figures.join(r.quantities)
            add(
                string.format(
                    "- %s · %s%s · %s%s",
                    r.kind,
                    util.oneline(r.claimant or "(passive)"),
                    f ~= "" and (" · " .. f) or "",
                    r.status or "claimed",
                    r.date and (" · " .. r.date) or ""
                )
            )
            for _, l in ipairs(util.wrap and util.wrap(util.oneline(r.text), width - 2) or { util.oneline(r.text) }) do
                add("  " .. l)
            end
        end
        if #known > max then add(string.format("  … %d more: :DeepSeekClaims known %s", #known - max, name)) end
    end
    local cok, list = pcall(function()
        return require("deepseek_claims.report").conflicts_about(name)
    end)
    if cok and list and #list > 0 then
        for _, c in ipairs(list) do
            local views = {}
            for _, cl in ipairs(c.clusters) do
                views[#views + 1] = figures.format(cl.facts[1])
            end
            add("⚠ conflicting " .. c.attribute .. ": " .. table.concat(views, " vs "))
        end
    end
    return lines
end

--- The corpus claims (about name, or all) into the quickfix list.
function M.quickfix(name)
    if not S.corpus then return util.error(M.summary()) end
    local items = {}
    for _, x in ipairs(M.claims(name)) do
        items[#items + 1] = {
            filename = x.file,
            lnum = x.line,
            col = x.col,
            text = string.format("[%s] %s: %s", x.kind, util.claimant(x), util.oneline(x.text)),
        }
    end
    if #items == 0 then
        return echo(name and ("no claims about " .. name .. " in the corpus") or "the corpus has no claims")
    end
    vim.fn.setqflist({}, " ", { title = "deepseek-claims corpus" .. (name and (": " .. name) or ""), items = items })
    vim.cmd("copen")
end

--- Quickfix items for the claims about an entity in the corpus and the
--- ledgers (each jumps to its file and line).
function M.qf_items(name)
    local items = {}
    for _, r in ipairs(M.claims_about(name)) do
        items[#items + 1] = {
            filename = r.file,
            lnum = r.line,
            col = r.col or 1,
            text = string.format("[%s] %s: %s", r.kind, r.claimant or "(passive)", util.oneline(r.text)),
        }
    end
    local ok, known = pcall(function()
        return require("deepseek_claims.known").about(name)
    end)
    for _, r in ipairs(ok and known or {}) do
        items[#items + 1] = {
            filename = r.file,
            lnum = r.line or 1,
            col = 1,
            type = "I",
            text = string.format(
                "[%s, %s] %s: %s%s",
                r.kind,
                r.status or "claimed",
                r.claimant or "(passive)",
                util.oneline(r.text),
                r.url and (" <" .. r.url .. ">") or ""
            ),
        }
    end
    return items
end

--- :DeepSeekClaims known {name}: the corpus and ledger claims about an
--- entity into the quickfix list.
function M.known(name)
    name = name or ""
    if name == "" then return util.error("usage: :DeepSeekClaims known {name}") end
    local items = M.qf_items(name)
    -- before any scan only the ledgers answer: say how to add articles
    local hint = not S.corpus and "no corpus scanned yet: :DeepSeekClaims scan [dir] reads a folder of articles" or nil
    if #items == 0 then
        return util.notify(
            hint and ("no ledger claims about " .. name .. "; " .. hint)
                or ("no corpus or ledger claims about " .. name)
        )
    end
    vim.fn.setqflist({}, " ", { title = "DeepSeek claims: known about " .. name, items = items })
    vim.cmd("botright copen")
    if hint then util.notify("ledger claims only; " .. hint) end
end

return M
