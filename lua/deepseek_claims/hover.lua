-- hover.lua: the popup on an entity name (like LSP hover): canonical name,
-- kind and aliases, then the claims about it in this buffer. Closes when the
-- cursor moves; a second press of the key enters it. Off an entity the key
-- does what it did before. Also the buffer-local key mapping itself.
local config = require("deepseek_claims.config")
local util = require("deepseek_claims.util")
local highlight = require("deepseek_claims.highlight")
local figures = require("deepseek_claims.lib.figures")

local M = {}

local ns = vim.api.nvim_create_namespace("deepseek_claims_hover")
local MAX_CLAIMS = 50 -- claims shown in one popup; the list has them all
local MAX_EXTRA = 5 -- corpus claims and ledger entries shown; a command lists them all

local function key_label(k)
    if type(k) == "table" then k = k[1] end
    return k
end

-- The open popup: { win, buf, src_buf, src_win, cursor, entity, rows, augroup }
local H = nil

function M.is_open()
    return H ~= nil and vim.api.nvim_win_is_valid(H.win)
end

--- The state of the open popup (for tests and extensions), or nil.
function M.state()
    return M.is_open() and H or nil
end

function M.close()
    local h = H
    H = nil
    if not h then return end
    pcall(vim.api.nvim_del_augroup_by_id, h.augroup)
    if vim.api.nvim_win_is_valid(h.win) then pcall(vim.api.nvim_win_close, h.win, true) end
    if vim.api.nvim_buf_is_valid(h.buf) then pcall(vim.api.nvim_buf_delete, h.buf, { force = true }) end
end

-- The mention at pos ({row, col} as nvim_win_get_cursor gives it) in a parse.
local function mention_at(entry, pos)
    local ok, m = pcall(entry.doc.at, entry.doc, pos[1], pos[2] + 1)
    if not ok then return nil, tostring(m) end
    return m
end

--- Calls cb(mention, err, entry) with the mention under the cursor of the
--- current window, from the parse of the buffer's current text, without
--- waiting for it: when the parse is still running on its thread, cb runs
--- once it lands, and only if the cursor is still where it was (a late
--- answer to a question nobody asks any more is dropped). opts.auto: skips
--- buffers above max_filesize.
function M.at_cursor(opts, cb)
    local win = vim.api.nvim_get_current_win()
    local buf = vim.api.nvim_win_get_buf(win)
    local pos = vim.api.nvim_win_get_cursor(win)
    local now = true
    require("deepseek_claims.engine").request(buf, opts, function(entry, err)
        if not now then
            if
                not vim.api.nvim_win_is_valid(win)
                or vim.api.nvim_get_current_win() ~= win
                or vim.api.nvim_win_get_buf(win) ~= buf
                or vim.fn.mode() ~= "n"
            then
                return
            end
            local p = vim.api.nvim_win_get_cursor(win)
            if p[1] ~= pos[1] or p[2] ~= pos[2] then return end
        end
        if not entry then return cb(nil, err) end
        local m, merr = mention_at(entry, pos)
        return cb(m, merr, entry)
    end)
    now = false
end

-- The popup's text: plain lines with highlights (not markdown: the
-- markdown syntax draws a lone ">" as an error). Sections, in order: the
-- entity (name, kind, aliases, counts), the figures about it that disagree
-- (so the 20-line popup never hides them), its claims in this buffer, what
-- the scanned corpus says in other files, and the ledgers' known claims.
-- rows[line] says what <CR> opens: { claim = } a claim of this buffer,
-- { file =, line =, col =, readonly = } a corpus file or a ledger,
-- { conflicts = name } the conflicts view.

-- Corpus and ledger lines come once the corpus module is loaded (any
-- :DeepSeekClaims command loads it).
local function extras()
    return package.loaded["deepseek_claims.corpus"]
end

-- "path:line" relative to the working directory or ~.
local function short(path)
    return vim.fn.fnamemodify(path, ":~:.")
end

local function section_conflicts(add, name, src_buf)
    local ok, list = pcall(function()
        return require("deepseek_claims.report").conflicts_about(name, src_buf)
    end)
    if not ok or not list or #list == 0 then return end
    for _, c in ipairs(list) do
        local views = {}
        for _, cl in ipairs(c.clusters) do
            views[#views + 1] = figures.format(cl.facts[1])
        end
        local s = "⚠ conflicting " .. c.attribute .. ": " .. table.concat(views, " vs ")
        add(s, { { "DeepSeekClaimsHedged", 0, #s } }, { conflicts = name })
    end
end

local function section_claims(add, claims, name, width, why)
    add("")
    for i, c in ipairs(claims) do
        if i > MAX_CLAIMS then
            local more = string.format("… %d more: :DeepSeekClaims entity %s", #claims - MAX_CLAIMS, name)
            add(more, { { "DeepSeekClaimsHint", 0, #more } })
            break
        end
        local parts = {
            { "- " },
            { "L" .. c.line, "DeepSeekClaimsLineNr" },
            { " " },
            { c.kind, "DeepSeekClaimsKind" },
            { " · " },
            { util.oneline(util.claimant(c)), "DeepSeekClaimsClaimant" },
        }
        local f, best = util.figures(c)
        if f ~= "" then
            parts[#parts + 1] = { " · " }
            parts[#parts + 1] = { f .. (best and util.best_mark or ""), "DeepSeekClaimsFigure", best }
        end
        if c.hedged then
            parts[#parts + 1] = { " · " }
            parts[#parts + 1] = { "hedged", "DeepSeekClaimsHedged" }
        end
        local s, marks = "", {}
        for _, p in ipairs(parts) do
            if p[2] then marks[#marks + 1] = { p[2], #s, #s + #p[1] } end
            if p[3] then marks[#marks + 1] = { "DeepSeekClaimsBest", #s, #s + #p[1] } end
            s = s .. p[1]
        end
        local target = { claim = c }
        add(s, marks, target)
        if why then
            for _, l in ipairs(util.wrap(util.why(c) or "why: (no rules recorded)", width - 2)) do
                add("  " .. l, { { "DeepSeekClaimsWhy", 2, 2 + #l } }, target)
            end
        end
        -- wrapped here, at spaces: 'breakat' would split "50,000" at the comma
        for _, l in ipairs(util.wrap(util.oneline(c.text), width - 2)) do
            add("  " .. l, nil, target)
        end
    end
end

-- The corpus's claims about the entity in files other than this buffer's
-- (the buffer's own claims are listed above, fresher).
local function section_corpus(add, name, src_buf)
    local corpus = extras()
    if not corpus or not corpus.current() then return end
    local own = vim.api.nvim_buf_get_name(src_buf)
    own = own ~= "" and vim.fn.fnamemodify(own, ":p") or nil
    local claims, files, n = {}, {}, 0
    for _, x in ipairs(corpus.claims(name)) do
        -- the scan's paths are absolute: no Vim call per claim (53,741
        -- about DeepSeek in a 200 MB corpus)
        local file = x.file
        if file:sub(1, 1) ~= "/" then file = vim.fn.fnamemodify(file, ":p") end
        if not own or file ~= own then
            claims[#claims + 1] = x
            if not files[x.file] then
                files[x.file] = true
                n = n + 1
            end
        end
    end
    if #claims == 0 then return end
    add("")
    local head = string.format(
        "corpus: %d claim%s in %d %sfile%s",
        #claims,
        #claims == 1 and "" or "s",
        n,
        own and "other " or "",
        n == 1 and "" or "s"
    )
    add(head, { { "DeepSeekClaimsTitle", 0, #head } })
    for i = 1, math.min(#claims, MAX_EXTRA) do
        local x = claims[i]
        local where = string.format("%s:%d", short(x.file), x.line)
        local s = string.format("- %s %s · %s", where, x.kind, util.oneline(util.claimant(x)))
        add(s, { { "DeepSeekClaimsLineNr", 2, 2 + #where } }, { file = x.file, line = x.line, col = x.col })
    end
    if #claims > MAX_EXTRA then
        local more = string.format("  … %d more: :DeepSeekClaims corpus %s", #claims - MAX_EXTRA, name)
        add(more, { { "DeepSeekClaimsHint", 0, #more } })
    end
end

local function section_known(add, name, width)
    if not extras() then return end
    local known = require("deepseek_claims.known")
    local ok, all = pcall(known.about, name)
    if not ok or #all == 0 then return end
    -- the user's own entries first, then the bundled ledger's
    local bundled = vim.fn.fnamemodify(known.bundled_path(), ":p")
    local list, theirs = {}, {}
    for _, r in ipairs(all) do
        if r.file and vim.fn.fnamemodify(r.file, ":p") == bundled then
            theirs[#theirs + 1] = r
        else
            list[#list + 1] = r
        end
    end
    vim.list_extend(list, theirs)
    add("")
    local head = string.format("known claims: %d in the ledgers", #list)
    add(head, { { "DeepSeekClaimsTitle", 0, #head } })
    for i = 1, math.min(MAX_EXTRA, #list) do
        local r = list[i]
        local f = figures.join(r.quantities)
        local where = r.file and string.format("%s:%d", short(r.file), r.line or 1) or nil
        local s = string.format(
            "- %s · %s%s · %s%s",
            r.kind,
            util.oneline(r.claimant or "(passive)"),
            f ~= "" and (" · " .. f) or "",
            r.status or "claimed",
            r.date and (" · " .. r.date) or ""
        )
        local target = r.file
            and {
                file = r.file,
                line = r.line,
                col = 1,
                readonly = vim.fn.fnamemodify(r.file, ":p") == bundled,
            }
        add(s, { { "DeepSeekClaimsKind", 2, 2 + #r.kind } }, target)
        for _, l in ipairs(util.wrap(util.oneline(r.text), width - 2)) do
            add("  " .. l, nil, target)
        end
        if where then add("  " .. where, { { "DeepSeekClaimsHint", 2, 2 + #where } }, target) end
    end
    if #list > MAX_EXTRA then
        local more = string.format("  … %d more: :DeepSeekClaims known %s", #list - MAX_EXTRA, name)
        add(more, { { "DeepSeekClaimsHint", 0, #more } })
    end
end

-- Builds the popup's lines, highlights and row targets for one mention.
-- While the corpus's claims about the entity are read by slices (below):
-- one line in place of the conflicts and corpus sections.
local function section_pending(add, name)
    local s = "corpus: reading the claims about " .. name .. " …"
    add("")
    add(s, { { "DeepSeekClaimsHint", 0, #s } })
end

-- The conflicts and corpus sections read every corpus claim about the
-- entity, in one C call and a Lua pass over them: 0.25 s for DeepSeek in a
-- 64 MB corpus (16,692 claims), near a second in 200 MB. They are prepared
-- by slices (lib/step.lua) before they are drawn: the first slice at once
-- (a small corpus is ready within it, and the popup opens whole), the rest
-- between the editor's events, the popup opening with a line that says so
-- and drawn again when they are ready. Returns true when ready now; else
-- done() is called once they are. M.steps: the slices (the first one
-- longer, so that a small corpus never makes the popup wait, yet under the
-- 30 ms a stall may last) and how the next one is scheduled (tests run
-- them by hand).
M.steps = {
    first_ms = 15,
    slice_ms = 8,
    defer = function(resume)
        vim.defer_fn(resume, 0)
    end,
}
local function prepare(name, src_buf, done)
    local corpus = extras()
    if not corpus or not corpus.current() then return true end
    local uv = vim.uv or vim.loop
    return require("deepseek_claims.lib.step").run(function()
        corpus.claims(name)
        require("deepseek_claims.report").conflicts_about(name, src_buf)
    end, {
        first = M.steps.first_ms,
        slice = M.steps.slice_ms,
        clock = function()
            return uv.hrtime() / 1e6
        end,
        defer = M.steps.defer,
        done = done,
    })
end

-- opts: why (a rules line under each claim), pending (the corpus sections
-- are being prepared: a line says so).
local function content(entry, m, width, src_buf, opts)
    local engine = require("deepseek_claims.engine")
    local doc = entry.doc
    local e = doc:entity(m.name) or { name = m.name, kind = m.kind, count = 1, known = false }
    local d = engine.lookup(m.name)
    local claims = doc:about(m.name)
    local lines, hls, rows = {}, {}, {}
    local function add(s, marks, target)
        s = util.truncate(s, width)
        lines[#lines + 1] = s
        for _, h in ipairs(marks or {}) do
            if h[2] < #s then hls[#hls + 1] = { h[1], #lines - 1, h[2], math.min(h[3], #s) } end
        end
        rows[#lines] = target
    end
    local name = util.oneline(e.name)
    local first = name .. " · " .. (e.kind or "?")
    if e.known == false then first = first .. " · not in the dictionary" end
    add(first, { { "DeepSeekClaimsTitle", 0, #name }, { "DeepSeekClaimsKind", #name + #" · ", #first } })
    local aliases = d and d.aliases or {}
    if #aliases > 0 then
        add("aliases: " .. util.oneline(table.concat(aliases, ", ")), { { "DeepSeekClaimsHint", 0, 8 } })
    end
    local count = e.count or (e.mentions and #e.mentions) or 1
    local stats = string.format(
        "%d mention%s · %d claim%s in this buffer",
        count,
        count == 1 and "" or "s",
        #claims,
        #claims == 1 and "" or "s"
    )
    add(stats, { { "DeepSeekClaimsHint", 0, #stats } })
    if extras() and not opts.pending then section_conflicts(add, e.name, src_buf) end
    if #claims > 0 then section_claims(add, claims, name, width, opts.why) end
    if opts.pending then
        section_pending(add, name)
    else
        section_corpus(add, e.name, src_buf)
    end
    section_known(add, e.name, width)
    return lines, hls, rows, e
end

-- Height of lines in a window of width w with 'wrap' on.
local function wrapped_height(lines, w)
    local h = 0
    for _, l in ipairs(lines) do
        h = h + math.max(1, math.ceil(util.width(l) / w))
    end
    return h
end

-- Writes the popup's text into its buffer.
local function fill(buf, lines, hls)
    vim.bo[buf].modifiable = true
    vim.api.nvim_buf_set_lines(buf, 0, -1, false, lines)
    vim.bo[buf].modifiable = false
    vim.api.nvim_buf_clear_namespace(buf, ns, 0, -1)
    for _, h in ipairs(hls) do
        util.hl(buf, ns, h[1], h[2], h[3], h[4])
    end
end

-- <CR> in the popup: what its line is about. A claim of the buffer: the
-- source window, at the claim. A corpus file or a ledger: opened there (the
-- bundled ledger read-only). A conflict: the conflicts view. Any other
-- line says there is nothing to open.
local function open_row()
    if not M.is_open() then return end
    local r = H.rows[vim.api.nvim_win_get_cursor(H.win)[1]]
    if not r then return util.notify("nothing to open on this line: <CR> opens a claim, a file or a ledger entry") end
    local src_win, src_buf = H.src_win, H.src_buf
    M.close()
    if vim.api.nvim_win_is_valid(src_win) then pcall(vim.api.nvim_set_current_win, src_win) end
    if r.conflicts then return require("deepseek_claims.report").conflicts(r.conflicts) end
    if r.file then return util.open_file(r.file, r.line, r.col, r.readonly) end
    local c = r.claim
    if not vim.api.nvim_win_is_valid(src_win) or vim.api.nvim_win_get_buf(src_win) ~= src_buf then return end
    vim.cmd("normal! m'")
    pcall(vim.api.nvim_win_set_cursor, src_win, { c.line, math.max(0, c.col - 1) })
end

-- Size of the popup for lines: width and height within the options.
local function size(lines, maxw)
    local width = 1
    for _, l in ipairs(lines) do
        width = math.max(width, util.width(l))
    end
    width = math.min(width, maxw)
    return width, math.min(wrapped_height(lines, width), config.current.hover.max_height)
end

-- Draws the open popup again (its rules lines toggled, or the corpus
-- sections ready). grow: the height may grow to fit (within the options
-- and the room the window had); else the text scrolls in the same height.
local function redraw(grow)
    local maxw = math.max(20, math.min(config.current.hover.max_width, vim.o.columns - 4))
    local lines, hls, rows = content(H.entry, H.mention, maxw, H.src_buf, { why = H.why, pending = H.pending })
    H.rows = rows
    fill(H.buf, lines, hls)
    local width, height = size(lines, maxw)
    local conf = { width = math.max(width, vim.api.nvim_win_get_width(H.win)) }
    if grow then conf.height = math.max(vim.api.nvim_win_get_height(H.win), math.min(height, H.room)) end
    pcall(vim.api.nvim_win_set_config, H.win, conf)
end

--- Shows or hides a line of the rules under each claim of the open popup
--- (the list's `why` key, in the entered popup).
function M.toggle_why()
    if not M.is_open() then return end
    H.why = not H.why
    redraw(false)
end

--- Opens the popup for the mention m of the current window's buffer.
--- opts.focus: enter it.
function M.open(m, entry, opts)
    opts = opts or {}
    M.close()
    local cfg = config.current.hover
    local src_win = vim.api.nvim_get_current_win()
    local src_buf = vim.api.nvim_win_get_buf(src_win)
    local maxw = math.max(20, math.min(cfg.max_width, vim.o.columns - 4))
    local e = entry.doc:entity(m.name)
    local job = {}
    local ready = prepare(e and e.name or m.name, src_buf, function()
        if H and H.job == job and vim.api.nvim_win_is_valid(H.win) then
            H.pending = false
            redraw(true)
        end
    end)
    local lines, hls, rows = content(entry, m, maxw, src_buf, { pending = not ready })
    local width, height = size(lines, maxw)

    local buf = vim.api.nvim_create_buf(false, true)
    vim.b[buf].deepseek_claims_float = true
    vim.bo[buf].bufhidden = "wipe"
    fill(buf, lines, hls)

    -- below the cursor, or above when there is more room there
    local screen_row = vim.fn.screenpos(
        src_win,
        vim.api.nvim_win_get_cursor(src_win)[1],
        vim.api.nvim_win_get_cursor(src_win)[2] + 1
    ).row
    if screen_row == 0 then screen_row = vim.fn.winline() end
    local below = vim.o.lines - vim.o.cmdheight - 1 - screen_row
    local above = screen_row - 1
    local border = cfg.border ~= "none" and 2 or 0
    local anchor, row = "NW", 1
    local room
    if height + border > below and above > below then
        anchor, row, room = "SW", 0, above - border
    else
        room = below - border
    end
    height = math.max(1, math.min(height, room))
    local win = vim.api.nvim_open_win(buf, false, {
        relative = "cursor",
        anchor = anchor,
        row = row,
        col = 0,
        width = width,
        height = height,
        style = "minimal",
        border = cfg.border,
        focusable = true,
    })
    vim.wo[win].winhighlight = highlight.float_winhl
    vim.wo[win].wrap = true
    vim.wo[win].linebreak = true
    vim.wo[win].breakindent = true
    highlight.define()

    H = {
        win = win,
        buf = buf,
        src_win = src_win,
        src_buf = src_buf,
        rows = rows,
        cursor = vim.api.nvim_win_get_cursor(src_win),
        entity = m.name,
        mention = m,
        entry = entry,
        why = false,
        pending = not ready,
        job = job,
        room = math.max(1, room),
    }
    local h = H
    h.augroup = vim.api.nvim_create_augroup("DeepSeekClaimsHover", { clear = true })
    -- closes when the cursor moves in the source buffer, on insert, or when
    -- another buffer is entered
    vim.api.nvim_create_autocmd(
        { "CursorMoved", "CursorMovedI" },
        util.on_buf(src_buf, {
            group = h.augroup,
            callback = function()
                if H ~= h then return true end
                if vim.api.nvim_get_current_win() ~= src_win then return end
                local pos = vim.api.nvim_win_get_cursor(src_win)
                if pos[1] ~= h.cursor[1] or pos[2] ~= h.cursor[2] then M.close() end
            end,
        })
    )
    vim.api.nvim_create_autocmd(
        { "InsertEnter", "BufHidden" },
        util.on_buf(src_buf, {
            group = h.augroup,
            callback = function()
                if H == h then M.close() end
            end,
        })
    )
    vim.api.nvim_create_autocmd("BufEnter", {
        group = h.augroup,
        callback = function(a)
            if H == h and a.buf ~= h.buf and a.buf ~= h.src_buf then M.close() end
        end,
    })
    vim.api.nvim_create_autocmd("WinClosed", {
        group = h.augroup,
        pattern = tostring(win),
        callback = function()
            vim.schedule(function()
                if H == h then M.close() end
            end)
        end,
    })
    util.map(buf, "n", "q", M.close, "close the popup")
    util.map(buf, "n", "<Esc>", M.close, "close the popup")
    util.map(buf, "n", "<CR>", open_row, "open the claim, file or ledger entry")
    util.map(buf, "n", key_label(config.current.list.keys.why), M.toggle_why, "show or hide the rules of each claim")
    if opts.focus then M.enter() end
    return win
end

--- Enters the open popup (the second press of the key).
function M.enter()
    if M.is_open() then pcall(vim.api.nvim_set_current_win, H.win) end
end

-- The hover key ---------------------------------------------------------------

local mapped = {} -- buf -> { key =, prev = <the buffer's previous mapping or nil> }

-- Runs what the key did before this plugin mapped it (count: the count
-- typed before the key, read when it was pressed).
local function fallback(buf, key, count)
    local m = mapped[buf]
    local prev = m and m.prev
    if not prev then
        for _, g in ipairs(vim.api.nvim_get_keymap("n")) do
            if g.lhs == key or g.lhs == vim.api.nvim_replace_termcodes(key, true, true, true) then prev = g end
        end
    end
    if prev and prev.callback then
        return prev.callback()
    elseif prev and prev.rhs and prev.rhs ~= "" then
        local rhs = prev.rhs
        if prev.expr == 1 then rhs = vim.api.nvim_eval(rhs) end
        local keys = vim.api.nvim_replace_termcodes(rhs, true, true, true)
        return vim.api.nvim_feedkeys(keys, prev.noremap == 1 and "n" or "m", false)
    end
    count = count > 0 and tostring(count) or ""
    local ok, err = pcall(vim.cmd, "normal! " .. count .. vim.api.nvim_replace_termcodes(key, true, true, true))
    -- Vim's own error (K on punctuation: E349), shown as Vim shows it, not
    -- as one of the plugin's
    if not ok then vim.notify((tostring(err):gsub("^Vim%(normal%):", "")), vim.log.levels.ERROR) end
end

--- The hover key: enters an open popup, opens one on an entity, else falls
--- back to the key's previous meaning. Never waits for a parse: while the
--- buffer's parse runs on its thread, the popup (or the fallback) comes when
--- it lands, if the cursor has not moved.
function M.key(buf)
    buf = buf or vim.api.nvim_get_current_buf()
    local key = mapped[buf] and mapped[buf].key or config.current.hover.key or "K"
    if M.is_open() and H.src_buf == buf then return M.enter() end
    local count = vim.v.count
    M.at_cursor({}, function(m, err, entry)
        if m then return M.open(m, entry) end
        if err and err ~= "too big" then util.notify_once("hover:" .. err, err, vim.log.levels.ERROR) end
        return fallback(buf, key, count)
    end)
end

--- Explicit hover (:DeepSeekClaims hover, <Plug>(DeepSeekClaimsHover)):
--- says so when the cursor is not on an entity.
function M.hover()
    if M.is_open() and H.src_buf == vim.api.nvim_get_current_buf() then return M.enter() end
    if vim.b.deepseek_claims_float then return end -- inside the popup or the list
    if vim.fn.getcmdwintype() ~= "" then
        return util.warn("the hover cannot open in the command-line window: leave it first (CTRL-C)")
    end
    M.at_cursor({}, function(m, err, entry)
        if m then return M.open(m, entry) end
        if err then
            util.error(err)
        else
            util.notify("no entity under the cursor")
        end
    end)
end

--- Auto-hover on CursorHold: quiet, skips huge buffers, keeps an open popup.
function M.auto()
    if M.is_open() or vim.fn.mode() ~= "n" then return end
    M.at_cursor({ auto = true }, function(m, _, entry)
        if m and not M.is_open() and vim.fn.mode() == "n" then M.open(m, entry) end
    end)
end

--- Maps the hover key in buf, remembering the buffer's previous mapping.
function M.map(buf, key)
    if mapped[buf] then
        if mapped[buf].key == key then return end
        M.unmap(buf)
    end
    local prev
    for _, m in ipairs(vim.api.nvim_buf_get_keymap(buf, "n")) do
        if m.lhs == key or m.lhs == vim.api.nvim_replace_termcodes(key, true, true, true) then prev = m end
    end
    local fn = function()
        M.key(buf)
    end
    mapped[buf] = { key = key, prev = prev, fn = fn }
    vim.keymap.set(
        "n",
        key,
        fn,
        util.on_buf(buf, { silent = true, desc = "deepseek-claims: hover the entity under the cursor" })
    )
end

--- Removes the hover key from buf and restores the buffer's previous mapping.
function M.unmap(buf)
    local m = mapped[buf]
    if not m then return end
    mapped[buf] = nil
    if not vim.api.nvim_buf_is_valid(buf) then return end
    -- only remove the key if it is still ours (the user may have remapped it)
    local ours = false
    for _, k in ipairs(vim.api.nvim_buf_get_keymap(buf, "n")) do
        if
            (k.lhs == m.key or k.lhs == vim.api.nvim_replace_termcodes(m.key, true, true, true))
            and k.callback == m.fn
        then
            ours = true
        end
    end
    if not ours then return end
    pcall(vim.keymap.del, "n", m.key, util.on_buf(buf))
    local p = m.prev
    if p then
        local o = util.on_buf(buf, {
            silent = p.silent == 1,
            expr = p.expr == 1,
            nowait = p.nowait == 1,
            remap = p.noremap ~= 1,
            desc = p.desc,
        })
        if p.callback then
            vim.keymap.set("n", m.key, p.callback, o)
        elseif p.rhs then
            vim.keymap.set("n", m.key, p.rhs, o)
        end
    end
end

function M.forget(buf)
    mapped[buf] = nil
    if H and H.src_buf == buf then M.close() end
end

return M
