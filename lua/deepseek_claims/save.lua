-- save.lua: :DeepSeekClaims save. Takes the claim under the cursor (from
-- the buffer's parse in engine.lua), asks for a status (vim.ui.select) and
-- a note (vim.ui.input), and saves it to the user ledger (known.lua says
-- which file) through deepseek_claims.lib.ledger: atomic, locked, a claim
-- saved before updated in place (one line a claim), every other line kept. The main loop never waits for
-- the lock: while another process (a second Neovim, the CLI) holds it, the
-- save tries again from a timer.
local util = require("deepseek_claims.util")
local records = require("deepseek_claims.lib.records")

local M = {}

M.STATUSES = { "claimed", "confirmed", "disputed" }

--- The claim covering the cursor of win (default current), or nil and why.
function M.claim_at_cursor(win)
    win = win or vim.api.nvim_get_current_win()
    local buf = vim.api.nvim_win_get_buf(win)
    local claims, err = require("deepseek_claims.engine").claims(buf)
    if not claims then return nil, err end
    local pos = vim.api.nvim_win_get_cursor(win)
    local line, col = pos[1], pos[2] + 1
    local best
    for _, c in ipairs(claims) do
        local el, ec = c.end_line or c.line, c.end_col or math.huge
        local after_start = line > c.line or (line == c.line and col >= c.col)
        local before_end = line < el or (line == el and col <= ec)
        if after_start and before_end then best = c end
    end
    if not best then
        -- on a line of a claim but outside its bytes (indent, trailing space)
        for _, c in ipairs(claims) do
            if line >= c.line and line <= (c.end_line or c.line) then best = best or c end
        end
    end
    if not best then return nil, "no claim under the cursor" end
    return best, nil, buf
end

-- While another process holds the ledger's lock: the first retry after
-- RETRY_FIRST ms, each next one later (up to RETRY_MAX), for WAIT_MAX ms.
M.RETRY_FIRST, M.RETRY_MAX, M.WAIT_MAX = 10, 200, 10000

--- The ledger entry for a claim of buf with a status and a note.
function M.entry(claim, buf, status, note)
    local file = vim.api.nvim_buf_get_name(buf)
    local r = records.from_claim(claim, "buffer", file)
    -- each figure keeps the attribute and entities inferred for it, so the
    -- saved line compares with others the same way the buffer claim did
    local attributes = require("deepseek_claims.lib.attributes")
    local facts = attributes.facts({ r }, { lookup = require("deepseek_claims.engine").lookup })
    local quantities = {}
    for i, q in ipairs(r.quantities) do
        local out = { text = q.text, value = q.value, unit = q.unit, qualifier = q.qualifier }
        if q.qualifier == "range" then out.value_max = q.value_max end
        local about = {}
        for _, f in ipairs(facts) do
            if f.record == r and f.text == q.text and f.value == q.value then
                out.attribute = f.attribute
                if not vim.tbl_contains(about, f.entity) then about[#about + 1] = f.entity end
            end
        end
        if #about > 0 then out.about = about end
        quantities[i] = out
    end
    local e = {
        text = r.text,
        about = r.about,
        kind = r.kind,
        quantities = quantities,
        date = os.date("%Y-%m-%d"),
        status = status,
        source = file ~= "" and file or nil,
        source_line = claim.line,
    }
    if r.claimant then e.claimant = r.claimant end
    if note and note:find("%S") then e.note = note end
    return e
end

-- The ledger's folder, created when missing; nil and a message if it cannot be.
local function ensure_folder(path)
    local dir = vim.fn.fnamemodify(path, ":h")
    if vim.fn.isdirectory(dir) == 0 then
        local ok = pcall(vim.fn.mkdir, dir, "p")
        if not ok or vim.fn.isdirectory(dir) == 0 then return nil, "cannot create the ledger folder " .. dir end
    end
    return true
end

--- Saves an entry to the user ledger (its folder is created; the line of
--- the same claim replaced, else a new one) and calls done(entry, path,
--- "added" or "updated") or done(nil, message). Never waits on the main loop:
--- when another save holds the lock, it tries again from a timer, so done
--- may run later; otherwise it runs before write returns.
function M.write(e, path, done)
    path = path or require("deepseek_claims.known").user_path()
    done = done or function() end
    local ok, ferr = ensure_folder(path)
    if not ok then return done(nil, ferr) end
    local ledger = require("deepseek_claims.lib.ledger")
    local waited, delay = 0, M.RETRY_FIRST
    local function attempt()
        local written, err, why = ledger.save(path, e, { wait = 0 })
        if written then return done(written, path, err) end
        if why ~= "busy" or waited >= M.WAIT_MAX then return done(nil, err) end
        vim.defer_fn(attempt, delay)
        waited = waited + delay
        delay = math.min(delay * 2, M.RETRY_MAX)
    end
    attempt()
end

-- Whether vim.ui.input is Neovim's own of before 0.9, which passes nil for
-- an empty line as for <Esc> (neovim#20883 made it "" in 0.9).
local function old_builtin_input()
    if vim.fn.has("nvim-0.9") == 1 then return false end
    local info = debug.getinfo(vim.ui.input, "S")
    return info ~= nil and info.source:find("vim[/\\]ui%.lua$") ~= nil
end

local CANCEL = "\1cancel" -- input()'s answer on <Esc>: no line typed can be it

--- vim.ui.input where an empty line gives "" and only a cancel gives nil:
--- before 0.9, in place of Neovim's own, input() with a cancelreturn. An
--- input plugin (dressing, snacks) is asked as it is; one that passes nil
--- for an empty line cancels there.
function M.input(opts, on_confirm)
    if not old_builtin_input() then return vim.ui.input(opts, on_confirm) end
    local ok, text = pcall(vim.fn.input, { prompt = opts.prompt, default = opts.default or "", cancelreturn = CANCEL })
    if not ok or text == CANCEL then return on_confirm(nil) end
    on_confirm(text)
end

-- A message after the prompts: the screen redrawn first, so that it stands
-- on its own line, not after the prompt's text (with a hit-enter prompt).
local function after_prompt(fn, ...)
    vim.cmd("redraw")
    fn(...)
end

-- "saved (disputed) in notes/.deepseek-claims.jsonl as <id>", cut to the
-- room of the command line: a message longer than it waits for a hit-enter.
local function confirmation(how, status, where, id)
    local text = string.format(
        "%s (%s) in %s as %s",
        how == "updated" and "updated" or "saved",
        status,
        vim.fn.fnamemodify(where, ":~:."),
        id
    )
    return util.truncate(text, math.max(30, vim.v.echospace - util.width(util.prefix)))
end

-- The entry of the user ledger that records claim of buf, if any.
local function saved_entry(claim, buf)
    local path = require("deepseek_claims.known").user_path()
    local L = require("deepseek_claims.known").load(path)
    local r = records.from_claim(claim, "buffer", vim.api.nvim_buf_get_name(buf))
    return require("deepseek_claims.lib.ledger").entries_of(L, r)[1]
end

--- :DeepSeekClaims save: status, then note, then the write. A claim saved
--- before shows its status in the prompt and its note as the default; the
--- save updates its entry.
function M.run()
    local claim, err, buf = M.claim_at_cursor()
    if not claim then return util.warn(err) end
    local old = saved_entry(claim, buf)
    local prompt = "Status of this claim:"
    if old then prompt = string.format("Status of this claim (saved as %s):", old.status or "claimed") end
    vim.ui.select(M.STATUSES, {
        prompt = prompt,
        format_item = function(s)
            return s
        end,
    }, function(status)
        if not status then return after_prompt(util.notify, "save cancelled") end
        local default = old and type(old.note) == "string" and old.note or nil
        M.input({ prompt = "Note (optional): ", default = default }, function(note)
            if note == nil then return after_prompt(util.notify, "save cancelled") end
            local e = M.entry(claim, buf, status, note)
            M.write(e, nil, function(written, where, how)
                if not written then return after_prompt(util.error, "not saved: " .. tostring(where)) end
                after_prompt(util.notify, confirmation(how, status, where, written.id))
            end)
        end)
    end)
end

return M
