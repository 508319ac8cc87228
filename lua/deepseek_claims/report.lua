-- report.lua: :DeepSeekClaims conflicts and :DeepSeekClaims export. Both
-- gather the same records: the current buffer's claims, the scanned corpus
-- (deepseek_claims.corpus) and the ledgers (deepseek_claims.known); the
-- pure modules conflicts.lua and export.lua do the work.
-- Options, read when present: conflicts = { tolerance = 0.25 }.
local util = require("deepseek_claims.util")
local records = require("deepseek_claims.lib.records")
local step = require("deepseek_claims.lib.step")

local M = {}

local function tolerance()
    local o = require("deepseek_claims.config").current.conflicts or {}
    return o.tolerance or 0.25
end

-- The current buffer's claims and name, when it is a parsed document.
local function buffer_set(buf)
    buf = buf or vim.api.nvim_get_current_buf()
    if vim.b[buf].deepseek_claims_float or vim.bo[buf].buftype ~= "" then return nil end
    local engine = require("deepseek_claims.engine")
    local claims = engine.claims(buf, { auto = true })
    if not claims then return nil end
    local name = vim.api.nvim_buf_get_name(buf)
    return { claims = claims, file = name ~= "" and name or ("buffer " .. buf) }
end

-- The canonical names of the entities the claims of sets (buffer, corpus)
-- are about.
local function mentioned(sets)
    local lookup = require("deepseek_claims.engine").lookup
    local names = {}
    for _, list in ipairs({ sets.buffer and sets.buffer.claims or {}, sets.corpus or {} }) do
        for _, c in ipairs(list) do
            for _, a in ipairs(type(c.about) == "table" and c.about or {}) do
                if not names[a] then
                    local d = lookup(a)
                    names[a] = true
                    if d and d.name then names[d.name] = true end
                end
            end
            step.tick()
        end
    end
    return names
end

-- The bundled ledger L with only the entries about an entity in names: the
-- reference facts about DeepSeek are no conflicts of notes about Anthropic.
local function bundled_for(L, names)
    local lookup = require("deepseek_claims.engine").lookup
    local keep = {}
    for _, e in ipairs(L.entries) do
        for _, a in ipairs(type(e.about) == "table" and e.about or {}) do
            local d = type(a) == "string" and lookup(a)
            if names[a] or (d and names[d.name]) then
                keep[#keep + 1] = e
                break
            end
        end
        step.tick()
    end
    local out = {}
    for k, v in pairs(L) do
        out[k] = v
    end
    out.entries = keep
    return out
end

--- Records of the buffer, the corpus and the ledgers. opts.bundled = false
--- leaves the bundled ledger out (exports of one's own notes); else its
--- entries about the entities the buffer's or the corpus's claims are about.
--- opts.about: of the corpus, only the claims about that entity (the
--- engine's index), not all of them.
function M.records(opts)
    opts = opts or {}
    local corpus = package.loaded["deepseek_claims.corpus"]
    local known = require("deepseek_claims.known")
    local in_corpus = corpus and corpus.state.corpus and (opts.about and corpus.claims(opts.about) or corpus.claims())
    local sets = {
        buffer = opts.buffer ~= false and buffer_set(opts.buf) or nil,
        corpus = in_corpus or nil,
        ledgers = known.ledgers({ bundled = opts.bundled }),
    }
    local bundled = vim.fn.fnamemodify(known.bundled_path(), ":p")
    local names
    for i, L in ipairs(sets.ledgers) do
        if L.path and vim.fn.fnamemodify(L.path, ":p") == bundled then
            names = names or mentioned(sets)
            sets.ledgers[i] = bundled_for(L, names)
        end
    end
    return records.collect(sets)
end

-- What the conflicts depend on: a key of plain values (buffer, changedtick,
-- overlays, tolerance) and the objects they come from (the corpus, each
-- ledger table), compared by identity and held weakly: an address in a key
-- can come back for a new corpus or ledger once the old one is collected.
local function state(buf)
    local corpus = package.loaded["deepseek_claims.corpus"]
    local st = corpus and corpus.state or {}
    buf = buf or vim.api.nvim_get_current_buf()
    local key = table.concat({
        tostring(st.overlays and #st.overlays),
        tostring(buf),
        tostring(vim.api.nvim_buf_get_changedtick(buf)),
        tostring(tolerance()),
    }, "|")
    local objs = { st.corpus or false }
    for _, L in ipairs(require("deepseek_claims.known").ledgers()) do
        objs[#objs + 1] = L
    end
    return key, objs
end

local function new_cache()
    return { key = nil, n = 0, objs = setmetatable({}, { __mode = "v" }) }
end

-- Does cache c hold the results of state (key, objs)?
local function fresh(c, key, objs)
    if c.key ~= key or c.n ~= #objs then return false end
    for i = 1, #objs do
        if c.objs[i] ~= objs[i] then return false end
    end
    return true
end

local function remember(c, key, objs)
    c.key, c.n, c.objs = key, #objs, setmetatable({}, { __mode = "v" })
    for i = 1, #objs do
        c.objs[i] = objs[i]
    end
end

-- The last conflict list, reused while nothing it depends on changed
-- (the hover asks for it on every popup).
local cached = new_cache()

--- Every conflict (see deepseek_claims.lib.conflicts), cached.
function M.conflicts_list()
    local key, objs = state()
    if fresh(cached, key, objs) then return cached.list end
    local engine = require("deepseek_claims.engine")
    local list =
        require("deepseek_claims.lib.conflicts").find(M.records(), { lookup = engine.lookup, tolerance = tolerance() })
    remember(cached, key, objs)
    cached.list = list
    return list
end

--- The conflicts about one entity (name or alias), cached like the list.
--- Only the corpus's claims about the entity are read: the whole corpus
--- (1.4 million claims for 200 MB) took 36 s on the main loop, for each K
--- on a name. buf: the buffer whose claims count (default the current one;
--- the hover passes its source buffer, being current itself once entered).
local cached_about = new_cache()
function M.conflicts_about(name, buf)
    local engine = require("deepseek_claims.engine")
    local d = engine.lookup(name)
    local canon = d and d.name or name
    local key, objs = state(buf)
    if not fresh(cached_about, key, objs) then
        remember(cached_about, key, objs)
        cached_about.by_name = {}
    end
    -- the table of this state: a hover job resumed after the state changed
    -- (lib/step.lua) leaves its list in the old one
    local by_name = cached_about.by_name
    local list = by_name[canon]
    if list then return list end
    if fresh(cached, key, objs) then
        list = require("deepseek_claims.lib.conflicts").about(cached.list, canon)
    else
        list = require("deepseek_claims.lib.conflicts").find(
            M.records({ about = canon, buf = buf }),
            { lookup = engine.lookup, tolerance = tolerance(), entity = canon }
        )
    end
    by_name[canon] = list
    return list
end

-- The report buffer: one per session, reused.
local function scratch(name, lines)
    local buf = vim.fn.bufnr(name)
    if buf == -1 or not vim.api.nvim_buf_is_valid(buf) then
        buf = vim.api.nvim_create_buf(false, true)
        vim.api.nvim_buf_set_name(buf, name)
    end
    vim.bo[buf].modifiable = true
    vim.api.nvim_buf_set_lines(buf, 0, -1, false, lines)
    vim.bo[buf].modifiable = false
    vim.bo[buf].bufhidden = "hide"
    local win = vim.fn.bufwinid(buf)
    if win == -1 then
        vim.cmd("botright split")
        win = vim.api.nvim_get_current_win()
        vim.api.nvim_win_set_buf(win, buf)
    else
        vim.api.nvim_set_current_win(win)
    end
    vim.wo[win].wrap = false
    return buf, win
end

-- Jumps from a report row to its claim: the file and line (ledger claims:
-- the ledger line).
-- the bundled ledger opens read-only and nomodifiable (as from the hover).
local function jump(r)
    if not r or not r.file or r.file:match("^buffer %d+$") then return end
    vim.cmd("wincmd p")
    local path = vim.fn.fnamemodify(r.file, ":p")
    local bundled = path == vim.fn.fnamemodify(require("deepseek_claims.known").bundled_path(), ":p")
    if vim.fn.expand("%:p") ~= path or bundled then return util.open_file(r.file, r.line, r.col, bundled) end
    pcall(vim.api.nvim_win_set_cursor, 0, { math.max(1, r.line or 1), math.max(0, (r.col or 1) - 1) })
end

--- :DeepSeekClaims conflicts [entity]: the conflicts side by side in a
--- scratch window; <CR> on a row opens its claim. Returns the list shown.
function M.conflicts(name)
    local conflicts = require("deepseek_claims.lib.conflicts")
    local list = (name and name ~= "") and M.conflicts_about(name) or M.conflicts_list()
    if #list == 0 then
        util.notify(
            "no conflicting figures"
                .. ((name and name ~= "") and (" about " .. name) or "")
                .. " across the buffer, the corpus and the ledgers"
        )
        return list
    end
    local lines = {
        string.format(
            "%d conflict%s (tolerance %d%%): <CR> opens the claim",
            #list,
            #list == 1 and "" or "s",
            math.floor(tolerance() * 100 + 0.5)
        ),
        "",
    }
    local rows = {}
    -- one table for all: columns as wide as their widest entry, paths
    -- relative to the working directory or ~
    local block = conflicts.format(list, {
        fit = true,
        path = function(p)
            return vim.fn.fnamemodify(p, ":~:.")
        end,
    })
    local i = 0
    for _, c in ipairs(list) do
        i = i + 1
        lines[#lines + 1] = block[i]
        for _, cl in ipairs(c.clusters) do
            for _, f in ipairs(cl.facts) do
                i = i + 1
                lines[#lines + 1] = block[i]
                rows[#lines] = f.record
            end
        end
        lines[#lines + 1] = ""
    end
    local buf = scratch("deepseek-claims://conflicts", lines)
    vim.b[buf].deepseek_claims_rows = nil
    vim.keymap.set("n", "<CR>", function()
        jump(rows[vim.api.nvim_win_get_cursor(0)[1]])
    end, { buffer = buf, silent = true, desc = "deepseek-claims: open the claim" })
    vim.keymap.set("n", "q", "<cmd>close<CR>", { buffer = buf, silent = true })
    M.last = { list = list, rows = rows, buf = buf }
    return list
end

--- :DeepSeekClaims export {file} [jsonl|csv|claimreview]: the buffer's
--- claims, the corpus and the user's ledgers (not the bundled one).
function M.export(args)
    local path, format = args[1], args[2]
    if not path or path == "" then return util.error("usage: :DeepSeekClaims export {file} [jsonl|csv|claimreview]") end
    path = vim.fn.fnamemodify(vim.fn.expand(path), ":p")
    local export = require("deepseek_claims.lib.export")
    local recs = M.records({ bundled = false })
    local n, err = export.write(path, recs, format, { lookup = require("deepseek_claims.engine").lookup })
    if not n then return util.error(err) end
    util.notify(
        string.format(
            "exported %d claim%s to %s (%s)",
            n,
            n == 1 and "" or "s",
            vim.fn.fnamemodify(path, ":~:."),
            format or export.format_of(path)
        )
    )
    return n
end

return M
