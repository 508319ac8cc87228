-- save.lua: :DeepSeekClaims save. Takes the claim under the cursor (from
-- the buffer's parse in engine.lua), asks for a status (vim.ui.select) and
-- a note (vim.ui.input), and appends it to the user ledger (known.lua says
-- which file) through deepseek_claims.lib.ledger: atomic, locked, and never
-- touching what the ledger already holds. The main loop never waits for
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

--- Appends an entry to the user ledger (its folder is created) and calls
--- done(entry, path) or done(nil, message). Never waits on the main loop:
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
        local written, err, why = ledger.append(path, e, { wait = 0 })
        if written then return done(written, path) end
        if why ~= "busy" or waited >= M.WAIT_MAX then return done(nil, err) end
        vim.defer_fn(attempt, delay)
        waited = waited + delay
        delay = math.min(delay * 2, M.RETRY_MAX)
    end
    attempt()
end

--- :DeepSeekClaims save: status, then note, then the write.
function M.run()
    local claim, err, buf = M.claim_at_cursor()
    if not claim then return util.warn(err) end
    vim.ui.select(M.STATUSES, {
        prompt = "Status of this claim:",
        format_item = function(s)
            return s
        end,
    }, function(status)
        if not status then return util.notify("save cancelled") end
        vim.ui.input({ prompt = "Note (optional): " }, function(note)
            if note == nil then return util.notify("save cancelled") end
            local e = M.entry(claim, buf, status, note)
            M.write(e, nil, function(written, where)
                if not written then return util.error("not saved: " .. tostring(where)) end
                util.notify(string.format('saved "%s" (%s) to %s', written.id, status, vim.fn.fnamemodify(where, ":~")))
            end)
        end)
    end)
end

return M
