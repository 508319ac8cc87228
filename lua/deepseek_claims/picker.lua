-- picker.lua: :DeepSeekClaims pick [entity]: the claims of the buffer, the
-- scanned corpus and the ledgers in the user's picker, searched by text,
-- entity, claimant and kind, with a preview of each claim's source; the
-- chosen one is opened where it stands.
--
-- One list of items built from claim records (deepseek_claims.lib.records),
-- handed to a small adapter per picker (lua/deepseek_claims/picker/): Telescope,
-- fzf-lua, snacks.picker, mini.pick, each used when installed (looked for at
-- run time, never required), else vim.ui.select. Option: picker = "auto"
-- (that order) or one adapter by name.
--
-- An item: { record =, text = the line shown, search = what is matched (the
-- line and the entities' names), file = path to preview (nil for an
-- unnamed buffer), bufnr = the buffer of a buffer claim, lnum =, col = (1-based) }.
-- An adapter: { name =, available = fn() -> bool, pick = fn(items, { title =,
-- on_choose = fn(item) }) }.
local config = require("deepseek_claims.config")
local util = require("deepseek_claims.util")

local M = {}

M.ORDER = { "telescope", "fzf-lua", "snacks", "mini.pick" } -- "auto" tries these, then "select"
M.MODULES = {
    telescope = "deepseek_claims.picker.telescope",
    ["fzf-lua"] = "deepseek_claims.picker.fzf_lua",
    snacks = "deepseek_claims.picker.snacks",
    ["mini.pick"] = "deepseek_claims.picker.mini",
    select = "deepseek_claims.picker.select",
}

--- The module of an installed picker (with field when given), or nil:
--- the adapters' test that it is there, made when the command runs.
function M.installed(module, field)
    local ok, mod = pcall(require, module)
    if ok and type(mod) == "table" and (not field or mod[field]) then return mod end
end

--- The adapter of a picker by name.
function M.adapter(name)
    return require(M.MODULES[name])
end

--- The adapter to use: config `picker`, or with "auto" the first installed.
--- A picker named in the config but not installed falls back to
--- vim.ui.select, with a message once.
function M.backend()
    local want = config.current.picker or "auto"
    if want ~= "auto" then
        local a = M.adapter(want)
        if a.available() then return a end
        util.notify_once(
            "picker:" .. want,
            '`picker` is "' .. want .. '" but it is not installed: using vim.ui.select',
            vim.log.levels.WARN
        )
        return M.adapter("select")
    end
    for _, name in ipairs(M.ORDER) do
        local a = M.adapter(name)
        if a.available() then return a end
    end
    return M.adapter("select")
end

-- Items ---------------------------------------------------------------------

local function where(r)
    local file = r.file and vim.fn.fnamemodify(r.file, ":~:.") or "?"
    if r.source == "buffer" then return file .. ":" .. tostring(r.line) end
    return r.source .. " " .. file .. ":" .. tostring(r.line or 1)
end

--- The item of a record (see the header). buf: the buffer the buffer
--- records come from.
function M.item(r, buf)
    local figures = require("deepseek_claims.lib.figures").join(r.quantities)
    local claimant = require("deepseek_claims.lib.conflicts").claimant(r)
    local text = string.format(
        "[%s%s] %s%s: %s  (%s)",
        r.kind or "other",
        r.hedged and util.hedge_mark or "",
        claimant,
        figures ~= "" and (" · " .. figures) or "",
        util.oneline(r.text),
        where(r)
    )
    local item = {
        record = r,
        text = text,
        search = text .. " " .. table.concat(r.about or {}, " "),
        lnum = math.max(1, tonumber(r.line) or 1),
        col = math.max(1, tonumber(r.col) or 1),
    }
    if r.source == "buffer" and buf then
        item.bufnr = buf
        local name = vim.api.nvim_buf_get_name(buf)
        if name ~= "" then item.file = name end
    elseif r.file and vim.fn.filereadable(r.file) == 1 then
        item.file = r.file
    end
    return item
end

-- The canonical name of an entity (name or alias), via the dictionary.
local function canonical(name)
    local d = require("deepseek_claims.engine").lookup(name)
    return d and d.name or name
end

--- The items of records, only those about entity (name or alias) when given.
function M.items(recs, buf, entity)
    local want = entity and entity ~= "" and canonical(entity) or nil
    local memo = {}
    local function about(r)
        for _, a in ipairs(r.about or {}) do
            if memo[a] == nil then memo[a] = canonical(a) end
            if memo[a] == want then return true end
        end
        return false
    end
    local out = {}
    for _, r in ipairs(recs) do
        if not want or about(r) then out[#out + 1] = M.item(r, buf) end
    end
    return out
end

-- The records of the buffer's parse (entry, or nil), the corpus and the ledgers.
local function collect(buf, entry)
    local records = require("deepseek_claims.lib.records")
    local corpus = package.loaded["deepseek_claims.corpus"]
    local sets = {
        corpus = corpus and corpus.state.corpus and corpus.claims() or nil,
        ledgers = require("deepseek_claims.known").ledgers(),
    }
    if entry then
        local name = vim.api.nvim_buf_get_name(buf)
        sets.buffer = {
            claims = require("deepseek_claims.engine").entry_claims(entry),
            file = name ~= "" and name or ("buffer " .. buf),
        }
    end
    return records.collect(sets)
end

-- Choosing ------------------------------------------------------------------

--- Opens an item's claim: its buffer, file or ledger line, cursor on it.
function M.jump(item)
    local r = item.record
    if item.bufnr and vim.api.nvim_buf_is_valid(item.bufnr) then
        if vim.api.nvim_get_current_buf() ~= item.bufnr then vim.api.nvim_set_current_buf(item.bufnr) end
    elseif item.file then
        if vim.fn.expand("%:p") ~= vim.fn.fnamemodify(item.file, ":p") then
            vim.cmd("edit " .. vim.fn.fnameescape(item.file))
        end
    else
        return util.notify("no file to open for this claim (" .. tostring(r and r.file) .. ")", vim.log.levels.WARN)
    end
    pcall(vim.api.nvim_win_set_cursor, 0, { item.lnum, item.col - 1 })
end

-- The buffer whose claims are searched: the current one, when it holds text
-- (not a float of the plugin's, a terminal, a list).
local function text_buffer()
    local buf = vim.api.nvim_get_current_buf()
    if vim.b[buf].deepseek_claims_float or vim.bo[buf].buftype ~= "" then return nil end
    return buf
end

--- :DeepSeekClaims pick [entity]: the picker over the buffer's, the corpus's
--- and the ledgers' claims (about entity when given). The buffer's parse is
--- asked for without waiting (a big buffer is parsed on a thread first).
--- opts.on_choose replaces opening the claim (tests, scripts). Returns the
--- adapter's name and the number of items, or "pending".
function M.open(entity, opts)
    opts = opts or {}
    local buf = text_buffer()
    local function show(entry)
        local items = M.items(collect(buf, entry), buf, entity)
        if #items == 0 then
            util.notify(
                "no claims"
                    .. ((entity and entity ~= "") and (" about " .. entity) or "")
                    .. " in the buffer, the corpus or the ledgers"
            )
            return nil, 0
        end
        local title = "DeepSeek claims" .. ((entity and entity ~= "") and (" about " .. entity) or "")
        local a = M.backend()
        a.pick(items, { title = title, on_choose = opts.on_choose or M.jump })
        return a.name, #items
    end
    if not buf then return show(nil) end
    local now = true
    local ran, name, n = require("deepseek_claims.engine").request(buf, {}, function(entry, err)
        if not now and (not util.buf_ok(buf) or vim.api.nvim_get_current_buf() ~= buf) then return end
        if not entry and err then util.warn(err .. ": the corpus and the ledgers only") end
        return show(entry)
    end)
    now = false
    if ran then return name, n end
    return "pending"
end

return M
