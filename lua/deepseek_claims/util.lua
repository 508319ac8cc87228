-- util.lua: small helpers shared by the Neovim layer: messages, claimants,
-- display-width truncation, the plugin's directory. Figures are formatted
-- by deepseek_claims.lib.figures, the formatter every view shares.
local M = {}

M.uv = vim.uv or vim.loop
M.prefix = "(deepseek-claims) "

-- The key that names a buffer in vim.keymap.set/del and
-- nvim_create_autocmd: `buf` from Neovim 0.12 on (`buffer` is its old
-- name there, to be deprecated), `buffer` before (0.7 knows no `buf`).
M.BUF = vim.fn.has("nvim-0.12") == 1 and "buf" or "buffer"

--- opts (a new table when nil) with the buffer set under the key this
--- Neovim expects.
function M.on_buf(buf, opts)
    opts = opts or {}
    opts[M.BUF] = buf
    return opts
end

--- A buffer-local mapping of the plugin (nowait, silent, described).
function M.map(buf, mode, lhs, rhs, desc, opts)
    opts = opts or {}
    if opts.nowait == nil then opts.nowait = true end
    opts.silent = true
    opts.desc = desc and ("deepseek-claims: " .. desc) or nil
    vim.keymap.set(mode, lhs, rhs, M.on_buf(buf, opts))
end

--- Notifies with the plugin prefix. level: vim.log.levels.* (default INFO).
function M.notify(msg, level)
    vim.notify(M.prefix .. msg, level or vim.log.levels.INFO)
end

function M.warn(msg)
    M.notify(msg, vim.log.levels.WARN)
end
function M.error(msg)
    M.notify(msg, vim.log.levels.ERROR)
end

local said = {}
--- Notifies once per key for the whole session (for automatic, repeated paths).
function M.notify_once(key, msg, level)
    if said[key] then return end
    said[key] = true
    M.notify(msg, level)
end

--- The checkout / install directory of the plugin (the one holding lua/ and plugin/).
function M.plugin_root()
    local src = debug.getinfo(1, "S").source
    if src:sub(1, 1) == "@" then src = src:sub(2) end
    return vim.fn.fnamemodify(src, ":p:h:h:h")
end

--- Human-readable byte size: 5242880 -> "5.0 MB".
function M.human_size(n)
    if n >= 1024 * 1024 then return string.format("%.1f MB", n / 1024 / 1024) end
    if n >= 1024 then return string.format("%.1f KB", n / 1024) end
    return n .. " B"
end

-- Claims ---------------------------------------------------------------------

--- Who claims it: the claimant, "article", or "(passive)" for an agentless passive.
function M.claimant(claim)
    local c = claim.claimant
    if c == nil or c == vim.NIL or c == "" then return "(passive)" end
    return c
end

M.hedge_mark = "?"

--- A claim's figures as every Neovim view shows them, and whether it is the
--- best score of its table: a claim read from a results table shows its
--- benchmark and score, "AIME 2024 · 79.8" (the metric in parentheses is
--- left out when the score's unit says it: "MMLU (EM)" and 88.5 EM give
--- "MMLU · 88.5 EM"); any other claim its figures joined, "~$5.6M, 2,048 GPUs".
function M.figures(claim)
    local f = require("deepseek_claims.lib.figures").join(claim.quantities)
    local bench = claim.benchmark
    if type(bench) ~= "string" or bench == "" then return f, false end
    bench = M.oneline(bench)
    local q = type(claim.quantities) == "table" and claim.quantities[1] or nil
    local metric = bench:match("^.-%s*%(([^()]+)%)%s*$")
    if metric and q and type(q.unit) == "string" and q.unit:lower() == metric:lower() then
        bench = bench:gsub("%s*%([^()]+%)%s*$", "")
    end
    return f ~= "" and (bench .. " · " .. f) or bench, claim.best == true
end

--- The suffix that marks the best score of a table in the views' text.
M.best_mark = " (best)"

--- Why the engine made this claim, from the names of its rules (issue 10):
--- "why: claim=figures, claimant=subject-named (named), kind=money-word-before,
--- hedge=reportedly"; nil when the claim carries none (a ledger entry).
function M.why(claim)
    local w = claim.why
    if type(w) ~= "table" then return nil end
    local parts = {}
    for _, k in ipairs({ "claim", "claimant", "kind", "hedge" }) do
        local v = w[k]
        if type(v) == "string" and v ~= "" then
            if k == "claimant" and type(claim.claimant_type) == "string" then
                v = v .. " (" .. claim.claimant_type .. ")"
            end
            parts[#parts + 1] = k .. "=" .. M.oneline(v)
        end
    end
    if #parts == 0 then return nil end
    return "why: " .. table.concat(parts, ", ")
end

-- Text ----------------------------------------------------------------------

--- Display width of a string.
function M.width(s)
    if not s:find("[%z\1-\31\127-\255]") then return #s end -- plain ASCII: fast path
    -- a NUL makes a Lua string a Blob for Vim functions (E976); it shows as ^@
    return vim.fn.strdisplaywidth((s:gsub("%z", "^@")))
end

--- Truncates s to at most w display cells, ending with "…" when cut.
--- A NUL is shown as ^@, as Vim shows it (Vim's string functions take no
--- NUL: E976).
function M.truncate(s, w)
    if w <= 0 then return "" end
    if s:find("%z") then s = s:gsub("%z", "^@") end
    if M.width(s) <= w then return s end
    if not s:find("[%z\1-\31\127-\255]") then return s:sub(1, w - 1) .. "…" end
    local n = vim.fn.strchars(s)
    -- binary search on the number of characters that fit in w - 1 cells
    local lo, hi = 0, n
    while lo < hi do
        local mid = math.floor((lo + hi + 1) / 2)
        if M.width(vim.fn.strcharpart(s, 0, mid)) <= w - 1 then
            lo = mid
        else
            hi = mid - 1
        end
    end
    return vim.fn.strcharpart(s, 0, lo) .. "…"
end

--- Splits s into lines of at most w display cells, breaking at spaces only
--- (a word longer than w gets a line of its own).
function M.wrap(s, w)
    local out, cur, cw = {}, {}, 0
    for word in s:gmatch("%S+") do
        local ww = M.width(word)
        if cw > 0 and cw + 1 + ww > w then
            out[#out + 1] = table.concat(cur, " ")
            cur, cw = {}, 0
        end
        cur[#cur + 1] = word
        cw = cw + (cw > 0 and 1 or 0) + ww
    end
    if #cur > 0 then out[#out + 1] = table.concat(cur, " ") end
    return out
end

--- Pads (or truncates) s to exactly w display cells.
function M.pad(s, w)
    s = M.truncate(s, w)
    return s .. string.rep(" ", w - M.width(s))
end

--- Replaces control bytes (NUL, tabs, newlines) with spaces so a string is safe on one line.
function M.oneline(s)
    return (tostring(s or ""):gsub("[%z\1-\31\127]", " "))
end

--- Highlights bytes [s, e) of row (0-based) with group, in namespace ns.
function M.hl(buf, ns, group, row, s, e)
    pcall(
        vim.api.nvim_buf_set_extmark,
        buf,
        ns,
        row,
        s,
        { end_row = row, end_col = e, hl_group = group, strict = false }
    )
end

--- Opens path at line and col (1-based) in the current window, or in a
--- split when the window's buffer cannot be left (unsaved changes);
--- readonly: the buffer is also made 'nomodifiable' (the bundled ledger).
function M.open_file(path, line, col, readonly)
    local name = vim.fn.fnameescape(path)
    local ok, err = pcall(vim.cmd, (readonly and "view " or "edit ") .. name)
    if not ok then
        ok, err = pcall(vim.cmd, (readonly and "sview " or "split ") .. name)
    end
    if not ok then return M.error("cannot open " .. path .. ": " .. tostring(err):gsub("^Vim[^:]*:", "")) end
    if readonly then
        vim.bo.readonly = true
        vim.bo.modifiable = false
    end
    local last = vim.api.nvim_buf_line_count(0)
    vim.cmd("normal! m'")
    pcall(vim.api.nvim_win_set_cursor, 0, { math.min(math.max(line or 1, 1), last), math.max((col or 1) - 1, 0) })
    return true
end

--- True when buf is a valid, loaded buffer.
function M.buf_ok(buf)
    return type(buf) == "number" and vim.api.nvim_buf_is_valid(buf) and vim.api.nvim_buf_is_loaded(buf)
end

--- The buffer's size in bytes (cheap: no copy of the text).
function M.buf_size(buf)
    local n = vim.api.nvim_buf_line_count(buf)
    local ok, off = pcall(vim.api.nvim_buf_get_offset, buf, n)
    return ok and off or 0
end

return M
