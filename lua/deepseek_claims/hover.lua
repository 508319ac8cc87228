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

-- Builds the popup's lines (markdown) and highlights for one mention.
local function content(entry, m, width)
    local engine = require("deepseek_claims.engine")
    local doc = entry.doc
    local e = doc:entity(m.name) or { name = m.name, kind = m.kind, count = 1, known = false }
    local d = engine.lookup(m.name)
    local claims = doc:about(m.name)
    local lines, hls, rows = {}, {}, {}
    local function add(s, marks)
        lines[#lines + 1] = s
        for _, h in ipairs(marks or {}) do
            hls[#hls + 1] = { h[1], #lines - 1, h[2], h[3] }
        end
    end
    local name = util.oneline(e.name)
    local first = "**" .. name .. "** · " .. (e.kind or "?")
    if e.known == false then first = first .. " · not in the dictionary" end
    add(first, { { "DeepSeekClaimsTitle", 2, 2 + #name }, { "DeepSeekClaimsKind", 4 + #name + #" · ", #first } })
    local aliases = d and d.aliases or {}
    if #aliases > 0 then
        local s = "aliases: " .. util.oneline(table.concat(aliases, ", "))
        add(util.truncate(s, width), { { "DeepSeekClaimsHint", 0, 8 } })
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
    -- what a scanned corpus says about it (:DeepSeekClaims scan)
    local function add_corpus()
        local corpus = package.loaded["deepseek_claims.corpus"]
        if not corpus then return end
        for _, l in ipairs(corpus.hover_lines(e.name, width)) do
            add(l, { { "DeepSeekClaimsHint", 0, #l } })
        end
    end
    if #claims == 0 then
        add_corpus()
        return lines, hls, rows, e
    end
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
        local f = figures.join(c.quantities)
        if f ~= "" then
            parts[#parts + 1] = { " · " }
            parts[#parts + 1] = { f, "DeepSeekClaimsFigure" }
        end
        if c.hedged then
            parts[#parts + 1] = { " · " }
            parts[#parts + 1] = { "hedged", "DeepSeekClaimsHedged" }
        end
        local s, marks = "", {}
        for _, p in ipairs(parts) do
            if p[2] then marks[#marks + 1] = { p[2], #s, #s + #p[1] } end
            s = s .. p[1]
        end
        add(s, marks)
        rows[#lines] = c
        -- wrapped here, at spaces: 'breakat' would split "50,000" at the comma
        for _, l in ipairs(util.wrap(util.oneline(c.text), width - 2)) do
            add("  " .. l)
            rows[#lines] = c
        end
    end
    add_corpus()
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

local function jump_from_popup()
    if not M.is_open() then return end
    local c = H.rows[vim.api.nvim_win_get_cursor(H.win)[1]]
    if not c then return end
    local src_win, src_buf = H.src_win, H.src_buf
    M.close()
    if not vim.api.nvim_win_is_valid(src_win) or vim.api.nvim_win_get_buf(src_win) ~= src_buf then return end
    vim.api.nvim_set_current_win(src_win)
    vim.cmd("normal! m'")
    pcall(vim.api.nvim_win_set_cursor, src_win, { c.line, math.max(0, c.col - 1) })
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
    local lines, hls, rows = content(entry, m, maxw)
    local width = 1
    for _, l in ipairs(lines) do
        width = math.max(width, util.width(l))
    end
    width = math.min(width, maxw)
    local height = math.min(wrapped_height(lines, width), cfg.max_height)

    local buf = vim.api.nvim_create_buf(false, true)
    vim.b[buf].deepseek_claims_float = true
    vim.bo[buf].bufhidden = "wipe"
    vim.api.nvim_buf_set_lines(buf, 0, -1, false, lines)
    vim.bo[buf].modifiable = false
    vim.bo[buf].syntax = "markdown"
    for _, h in ipairs(hls) do
        util.hl(buf, ns, h[1], h[2], h[3], h[4])
    end

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
    if height + border > below and above > below then
        anchor, row = "SW", 0
        height = math.max(1, math.min(height, above - border))
    else
        height = math.max(1, math.min(height, below - border))
    end
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
    vim.wo[win].conceallevel = 2
    vim.wo[win].concealcursor = "n"
    highlight.define()

    H = {
        win = win,
        buf = buf,
        src_win = src_win,
        src_buf = src_buf,
        rows = rows,
        cursor = vim.api.nvim_win_get_cursor(src_win),
        entity = m.name,
    }
    local h = H
    h.augroup = vim.api.nvim_create_augroup("DeepSeekClaimsHover", { clear = true })
    -- closes when the cursor moves in the source buffer, on insert, or when
    -- another buffer is entered
    vim.api.nvim_create_autocmd({ "CursorMoved", "CursorMovedI" }, {
        group = h.augroup,
        buffer = src_buf,
        callback = function()
            if H ~= h then return true end
            if vim.api.nvim_get_current_win() ~= src_win then return end
            local pos = vim.api.nvim_win_get_cursor(src_win)
            if pos[1] ~= h.cursor[1] or pos[2] ~= h.cursor[2] then M.close() end
        end,
    })
    vim.api.nvim_create_autocmd({ "InsertEnter", "BufHidden" }, {
        group = h.augroup,
        buffer = src_buf,
        callback = function()
            if H == h then M.close() end
        end,
    })
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
    local function map(lhs, fn)
        vim.keymap.set("n", lhs, fn, { buffer = buf, nowait = true, silent = true })
    end
    map("q", M.close)
    map("<Esc>", M.close)
    map("<CR>", jump_from_popup)
    if opts.focus then M.enter() end
    return win
end

--- Enters the open popup (the second press of the key).
function M.enter()
    if M.is_open() then vim.api.nvim_set_current_win(H.win) end
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
    if not ok then util.error(tostring(err):gsub("^Vim%(normal%):", "")) end
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
        { buffer = buf, silent = true, desc = "deepseek-claims: hover the entity under the cursor" }
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
    pcall(vim.keymap.del, "n", m.key, { buffer = buf })
    local p = m.prev
    if p then
        local o = {
            buffer = buf,
            silent = p.silent == 1,
            expr = p.expr == 1,
            nowait = p.nowait == 1,
            remap = p.noremap ~= 1,
            desc = p.desc,
        }
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
