-- util.lua: small helpers shared by the Neovim layer: messages, formatting of
-- figures and claimants, display-width truncation, the plugin's directory.
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

-- Figures -------------------------------------------------------------------

local function trim_decimals(s)
    if s:find("%.") then s = s:gsub("0+$", ""):gsub("%.$", "") end
    return s
end

local function thousands(int_str)
    local neg = int_str:sub(1, 1) == "-"
    if neg then int_str = int_str:sub(2) end
    local out = int_str:reverse():gsub("(%d%d%d)", "%1,"):reverse()
    if out:sub(1, 1) == "," then out = out:sub(2) end
    return (neg and "-" or "") .. out
end

--- A number, compact above a million (6e6 -> "6M", 5.6e9 -> "5.6B"),
--- with thousands separators below (2048 -> "2,048").
function M.number(v)
    if type(v) ~= "number" or v ~= v then return "?" end
    local a = math.abs(v)
    for _, s in ipairs({ { 1e12, "T" }, { 1e9, "B" }, { 1e6, "M" } }) do
        if a >= s[1] then return trim_decimals(string.format("%.2f", v / s[1])) .. s[2] end
    end
    if v == math.floor(v) then return thousands(string.format("%d", v)) end
    local s = trim_decimals(string.format("%.2f", v))
    local int, frac = s:match("^(-?%d+)(.*)$")
    return thousands(int) .. frac
end

local money = { USD = "$", EUR = "€", GBP = "£", CNY = "CN¥" }
local qualifier_mark = { less_than = "<", more_than = ">", about = "~", exact = "", range = "" }

--- One quantity table {text, value, value_max, unit, qualifier} as a short figure:
--- "<$6M", "~$8B", "2 months", "2,048 GPUs", "$5M–$6M", "17%".
function M.figure(q)
    if type(q) ~= "table" then return "" end
    if type(q.value) ~= "number" then return tostring(q.text or "?") end
    local unit = q.unit or ""
    local pre, post = "", ""
    local per = unit:match("^(%u%u%u) per (.+)$")
    if money[unit] then
        pre = money[unit]
    elseif per and money[per] then
        pre, post = money[per], "/" .. unit:match(" per (.+)$")
    elseif unit == "%" or unit == "x" then
        post = unit
    elseif unit == "rank" then
        pre = "#"
    elseif unit ~= "" then
        local u = unit
        if q.value == 1 and q.qualifier ~= "range" and u:match("s$") then u = u:sub(1, -2) end
        post = " " .. u
    end
    local body
    if q.qualifier == "range" and type(q.value_max) == "number" and q.value_max ~= q.value then
        if pre ~= "" and post == "" then
            body = pre .. M.number(q.value) .. "–" .. pre .. M.number(q.value_max)
        else
            body = pre .. M.number(q.value) .. "–" .. M.number(q.value_max) .. post
        end
    else
        body = pre .. M.number(q.value) .. post
    end
    return (qualifier_mark[q.qualifier] or "") .. body
end

--- The figures of a claim, joined: "<$6M, 2 months".
function M.figures(claim)
    local out = {}
    for _, q in ipairs(claim.quantities or {}) do
        out[#out + 1] = M.figure(q)
    end
    return table.concat(out, ", ")
end

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
