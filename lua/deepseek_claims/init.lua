-- deepseek_claims: the claims ledger inside Neovim. setup() and the public
-- functions; the work is done by the modules next to this file, loaded on
-- first use (the C module too).
local config = require("deepseek_claims.config")
local util = require("deepseek_claims.util")

local M = {}

local booted = false
local augroup

local function hl()
    return require("deepseek_claims.highlight")
end
local function hover()
    return require("deepseek_claims.hover")
end
local function engine()
    return require("deepseek_claims.engine")
end

local SKIP_BUFTYPES = { terminal = true, prompt = true, quickfix = true, help = true }

local function wanted(buf)
    if not util.buf_ok(buf) then return false end
    if vim.b[buf].deepseek_claims_float then return false end
    if SKIP_BUFTYPES[vim.bo[buf].buftype] then return false end
    local ft = vim.bo[buf].filetype
    for _, f in ipairs(config.current.filetypes) do
        if f == ft then return true end
    end
    return false
end

--- Starts the plugin's work in buf: hover key and inline highlights. Done
--- automatically for the configured filetypes; call it for any other buffer.
function M.attach(buf)
    buf = (buf == nil or buf == 0) and vim.api.nvim_get_current_buf() or buf
    if not util.buf_ok(buf) or vim.b[buf].deepseek_claims_float then return end
    if config.current.hover.key then hover().map(buf, config.current.hover.key) end
    hl().define()
    hl().attach(buf)
end

--- Stops it: removes the hover key (restoring the previous one) and the highlights.
function M.detach(buf)
    buf = (buf == nil or buf == 0) and vim.api.nvim_get_current_buf() or buf
    if package.loaded["deepseek_claims.hover"] then hover().unmap(buf) end
    if package.loaded["deepseek_claims.highlight"] then hl().detach(buf) end
end

-- The autocommands that follow the configuration; rebuilt by setup().
local function autocmds()
    augroup = vim.api.nvim_create_augroup("DeepSeekClaims", { clear = true })
    local cfg = config.current
    if #cfg.filetypes > 0 then
        vim.api.nvim_create_autocmd("FileType", {
            group = augroup,
            pattern = cfg.filetypes,
            callback = function(a)
                if wanted(a.buf) then M.attach(a.buf) end
            end,
        })
    end
    -- a buffer whose filetype changed to one not configured
    vim.api.nvim_create_autocmd("FileType", {
        group = augroup,
        callback = function(a)
            if not wanted(a.buf) and package.loaded["deepseek_claims.highlight"] and hl().is_attached(a.buf) then
                M.detach(a.buf)
            end
        end,
    })
    -- big buffers get their marks drawn as they come into view
    vim.api.nvim_create_autocmd({ "WinScrolled", "BufWinEnter" }, {
        group = augroup,
        callback = function(a)
            if not package.loaded["deepseek_claims.highlight"] then return end
            if a.event ~= "WinScrolled" then return hl().on_view(a.buf) end
            -- the window (before 0.9 the only one), and from 0.9 on every
            -- window that scrolled or changed size, keys of v:event
            local bufs = {}
            local wins = { tonumber(a.match) }
            for k in pairs(vim.v.event or {}) do
                wins[#wins + 1] = tonumber(k)
            end
            for _, win in ipairs(wins) do
                if vim.api.nvim_win_is_valid(win) then bufs[vim.api.nvim_win_get_buf(win)] = true end
            end
            for buf in pairs(bufs) do
                hl().on_view(buf)
            end
        end,
    })
    -- markers are fitted to the windows' text width: a new size of the
    -- editor, or an option that takes columns or wraps, fits them again
    -- (a window's own new size is a WinScrolled)
    local function refit()
        if not package.loaded["deepseek_claims.highlight"] then return end
        for _, buf in ipairs(hl().attached_buffers()) do
            hl().on_view(buf)
        end
    end
    vim.api.nvim_create_autocmd("VimResized", { group = augroup, callback = refit })
    vim.api.nvim_create_autocmd("OptionSet", {
        group = augroup,
        pattern = { "number", "relativenumber", "numberwidth", "signcolumn", "foldcolumn", "wrap" },
        callback = refit,
    })
    vim.api.nvim_create_autocmd("ColorScheme", {
        group = augroup,
        callback = function()
            if package.loaded["deepseek_claims.highlight"] then hl().define() end
        end,
    })
    vim.api.nvim_create_autocmd({ "BufWipeout", "BufUnload" }, {
        group = augroup,
        callback = function(a)
            if package.loaded["deepseek_claims.engine"] then engine().forget(a.buf) end
            if package.loaded["deepseek_claims.hover"] then hover().forget(a.buf) end
        end,
    })
    if cfg.hover.auto then
        vim.api.nvim_create_autocmd("CursorHold", {
            group = augroup,
            callback = function(a)
                if wanted(a.buf) then hover().auto() end
            end,
        })
    end
end

-- Applies the current configuration to every loaded buffer.
local function apply_to_buffers()
    for _, buf in ipairs(vim.api.nvim_list_bufs()) do
        if wanted(buf) then
            if package.loaded["deepseek_claims.hover"] and not config.current.hover.key then hover().unmap(buf) end
            M.attach(buf)
        elseif util.buf_ok(buf) then
            M.detach(buf)
        end
    end
    if package.loaded["deepseek_claims.highlight"] then hl().refresh_all() end
end

-- A corpus scanned in an earlier session comes back from its cache
-- (corpus.cache) once the first screen is drawn: read on a thread, then
-- brought up to date (corpus.lua). Armed once, by _boot or setup.
local restore_armed = false
local function restore_corpus()
    if restore_armed then return end
    restore_armed = true
    local function go()
        if config.current.corpus.cache then require("deepseek_claims.corpus").restore() end
    end
    if vim.v.vim_did_enter == 1 then
        vim.schedule(go)
    else
        vim.api.nvim_create_autocmd("VimEnter", {
            once = true,
            callback = function()
                vim.schedule(go)
            end,
        })
    end
end

--- Called by plugin/deepseek_claims.lua: works with the defaults when
--- setup() is never called. Cheap: the C module is not loaded here.
function M._boot()
    if booted then return end
    booted = true
    autocmds()
    apply_to_buffers()
    restore_corpus()
end

--- Merges opts over the defaults, validates them and applies them. Every
--- bad option is reported through vim.notify at error level, one line each
--- ("(deepseek-claims) `hover.key` must be ..."), and its default is used:
--- a typo never stops the user's init.lua.
function M.setup(opts)
    local cfg, problems = config.build(opts)
    if #problems > 0 then
        vim.notify(
            table.concat(problems, "\n") .. "\n(deepseek-claims) the defaults are used for these options",
            vim.log.levels.ERROR
        )
    end
    config.current = cfg
    booted = true
    if package.loaded["deepseek_claims.engine"] then engine().reset() end
    autocmds()
    apply_to_buffers()
    restore_corpus()
end

--- The current configuration (a copy).
function M.config()
    return vim.deepcopy(config.current)
end

-- Public functions ------------------------------------------------------------

-- The buffer a function works on: b, or the current one; inside one of the
-- plugin's floats, the buffer that float is about.
local function bufnr(b)
    if b ~= nil and b ~= 0 then return b end
    b = vim.api.nvim_get_current_buf()
    if vim.b[b].deepseek_claims_float then
        for _, name in ipairs({ "deepseek_claims.list", "deepseek_claims.hover" }) do
            local mod = package.loaded[name]
            local st = mod and mod.state()
            if st and st.buf == b and vim.api.nvim_buf_is_valid(st.src_buf) then return st.src_buf end
        end
    end
    return b
end

--- The claims of a buffer as a list of tables (see |deepseek-claims-claim|),
--- or nil and a message.
function M.claims(buf)
    return engine().claims(bufnr(buf))
end

--- The parsed document of a buffer (the core's userdata), or nil and a message.
function M.document(buf)
    local e, err = engine().document(bufnr(buf))
    if not e then return nil, err end
    return e.doc
end

--- Opens the claims list. opts: { buf =, kind =, entity =, group = }.
function M.list(opts)
    opts = vim.deepcopy(opts or {})
    opts.buf = bufnr(opts.buf)
    return require("deepseek_claims.list").open(opts)
end

--- Opens the list of the claims about one entity (name or alias).
function M.entity(name, opts)
    opts = vim.deepcopy(opts or {})
    opts.entity = name
    opts.buf = bufnr(opts.buf)
    return require("deepseek_claims.list").open(opts)
end

local function qf_items(buf, claims)
    local items = {}
    for _, c in ipairs(claims) do
        -- a table's cell: its benchmark and score ("AIME 2024 · 79.8"), at the cell
        local f, best = util.figures(c)
        if best then f = f .. util.best_mark end
        items[#items + 1] = {
            bufnr = buf,
            lnum = c.line,
            col = c.col,
            end_lnum = c.end_line,
            end_col = c.end_col + 1,
            type = c.hedged and "W" or "I",
            text = string.format(
                "[%s] %s%s%s: %s",
                c.kind,
                util.claimant(c),
                f ~= "" and (" · " .. f) or "",
                c.hedged and (" · " .. "hedged") or "",
                util.oneline(c.text)
            ),
        }
    end
    return items
end

-- Fills the quickfix (or location) list from a parse of buf.
local function fill_list(loc, opts, buf, win, entry)
    local items = qf_items(buf, engine().entry_claims(entry))
    local name = vim.api.nvim_buf_get_name(buf)
    local title = "DeepSeek claims: " .. (name == "" and ("buffer " .. buf) or vim.fn.fnamemodify(name, ":~:."))
    if loc then
        if not vim.api.nvim_win_is_valid(win) then return end
        vim.fn.setloclist(win, {}, " ", { title = title, items = items })
    else
        vim.fn.setqflist({}, " ", { title = title, items = items })
    end
    if #items == 0 then
        return util.notify("no claims in " .. (name == "" and ("buffer " .. buf) or vim.fn.fnamemodify(name, ":t")))
    end
    -- a location list opens from its window: not when another one has the
    -- focus by the time a parse on the thread lands
    if opts.open ~= false and not (loc and vim.api.nvim_get_current_win() ~= win) then
        vim.cmd(loc and "lopen" or "botright copen")
        if opts.stay then vim.api.nvim_set_current_win(win) end
    end
    return #items
end

-- The claims into the quickfix or location list, once the parse is there
-- (at once when it is; else when the thread is done, without waiting).
-- Returns the number of items, or 'pending'.
local function to_list(loc, opts)
    opts = opts or {}
    local buf = bufnr(opts.buf)
    local win = vim.api.nvim_get_current_win()
    local now = true
    local ran, res = engine().request(buf, {}, function(entry, err)
        -- a buffer wiped while its parse ran: nobody is asking any more
        if not now and not util.buf_ok(buf) then return end
        if not entry then return util.error(err) end
        return fill_list(loc, opts, buf, win, entry)
    end)
    now = false
    if ran then return res end
    return "pending"
end

--- Claims into the quickfix list (and opens it unless opts.open == false).
function M.qf(opts)
    return to_list(false, opts)
end

--- Claims into the current window's location list.
function M.loclist(opts)
    return to_list(true, opts)
end

--- The claims of the buffer, the corpus and the ledgers (about entity, a
--- name or alias, when given) in the installed picker (Telescope, fzf-lua,
--- snacks.picker, mini.pick; else vim.ui.select); the chosen one opens.
--- opts.on_choose(item) replaces opening it.
function M.pick(entity, opts)
    return require("deepseek_claims.picker").open(entity, opts)
end

--- The hover popup for the entity under the cursor.
function M.hover()
    return hover().hover()
end

--- Inline highlights on or off (on: true/false forces it).
function M.toggle(on)
    local cfg = config.current.highlights
    if on == nil then on = not cfg.enabled end
    cfg.enabled = on and true or false
    if cfg.enabled then
        for _, buf in ipairs(vim.api.nvim_list_bufs()) do
            if wanted(buf) then M.attach(buf) end
        end
    end
    if package.loaded["deepseek_claims.highlight"] then hl().refresh_all() end
    util.notify("inline highlights " .. (cfg.enabled and "on" or "off"))
end

--- Re-reads the dictionary (the entities file may have changed) and re-parses the buffer.
function M.refresh(buf)
    buf = bufnr(buf)
    engine().reset()
    if package.loaded["deepseek_claims.highlight"] then
        hl().invalidate(buf)
        hl().refresh_all()
    end
    engine().request(buf, {}, function(e, err)
        if not e then return util.buf_ok(buf) and util.error(err) or nil end
        util.notify(
            string.format(
                "%d claims, %d entities (parsed in %.1f ms)",
                #engine().entry_claims(e),
                #e.doc:entities(),
                e.ms
            )
        )
    end)
end

return M
