-- util.lua: small helpers shared by the Neovim layer: messages, claimants,
-- display-width truncation, the plugin's directory. Figures are formatted
-- by deepseek_claims.lib.figures, the formatter every view shares.
local M = {}

M.uv = vim.uv or vim.loop
M.prefix = "(deepseek-claims) "

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

-- Text ----------------------------------------------------------------------

--- Display width of a string.
function M.width(s)
    if not s:find("[%z\1-\31\127-\255]") then return #s end -- plain ASCII: fast path
    return vim.fn.strdisplaywidth(s)
end

--- Truncates s to at most w display cells, ending with "…" when cut.
function M.truncate(s, w)
    if w <= 0 then return "" end
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
