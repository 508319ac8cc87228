-- deepseek_claims.lib.figures: the one formatter of figures. Every view
-- (the claims list, the hover, quickfix, the CLI's text, CSV, exports,
-- conflicts) shows a quantity through it, so one claim reads the same
-- everywhere. Pure Lua (no vim.*).
--
--   local figures = require("deepseek_claims.lib.figures")
--   figures.format({ value = 6e6, unit = "USD", qualifier = "less_than",
--                    kind = "money", currency = "USD" })        --> "≤$6M"
--   figures.format(q, { exact = true })   --> "≤$6M (USD 6000000)" (the CLI)
--   figures.join(claim.quantities)        --> "2.788M GPU hours, ~$5.6M"
--
-- A quantity is { value, value_max, unit, qualifier, kind, currency, text }
-- as the engine gives it (doc/json.md). kind and currency say what it
-- measures; a ledger entry may lack them, and then they are read from the
-- unit (a currency code is money, "USD per 1M tokens" a price).
--
-- What it writes:
--   qualifier   ~ about, ≤ less_than ("less than", "under", "up to", "at
--               most": ≤ is true of each), ≥ more_than, nothing for exact
--               and range
--   number      compact from a million on (5.6M, 2.788M, 14.8T: up to three
--               decimals; 1e25 from 10^15), grouped below (2,048, 294,000,
--               1,234.5), up to three significant digits below 1 (0.55, 0.014)
--   money       the currency's sign before the number ($5.6M, €15M, CN¥3B,
--               ¥1.5B), else its ISO code (SGD 3B); a range repeats it
--               ($12M-$20M)
--   price       the amount, then the rest of the unit ($0.55 per 1M tokens)
--   %, x        glued (17%, 15-20%, 11x)
--   rank        No. 3
--   other units after a space, in the singular for exactly one (1 day,
--               1 GPU, 2 days, 0.5 days)
--   no number   the quantity's own text, else "?"

local M = {}

-- The sign each currency is written with: the English symbols of the
-- Unicode CLDR (¥ is the yen's, the yuan's CN¥, as the engine tells them
-- apart). A currency without one is written with its ISO code.
M.CURRENCIES = {
    USD = "$",
    EUR = "€",
    GBP = "£",
    JPY = "¥",
    CNY = "CN¥",
    INR = "₹",
    KRW = "₩",
    HKD = "HK$",
    TWD = "NT$",
    AUD = "A$",
    CAD = "CA$",
    BRL = "R$",
}

-- Currencies the engine reports without a sign of their own here.
local CODES = { SGD = true, SAR = true, AED = true }

--- True when code is a currency the engine reports (ISO 4217).
function M.is_currency(code)
    return type(code) == "string" and (M.CURRENCIES[code] ~= nil or CODES[code] == true)
end

M.QUALIFIER_MARKS = { about = "~", less_than = "≤", more_than = "≥" }

local function str(v)
    if type(v) == "string" and v ~= "" then return v end
    return nil
end

--- What a quantity measures: its kind, else what its unit says ("money",
--- "price", "percent", "multiplier", "rank", "ratio"; "other" otherwise;
--- the engine also says "score", "count", "parameters", ...).
function M.kind(q)
    local kind = str(q.kind)
    if kind then return kind end
    local unit = str(q.unit) or ""
    if M.is_currency(unit) then return "money" end
    if M.is_currency(unit:match("^(%u%u%u) per .")) then return "price" end
    if unit == "%" then return "percent" end
    if unit == "x" then return "multiplier" end
    if unit == "rank" or unit == "ratio" then return unit end
    return "other"
end

--- The ISO code of a money amount or a price, or nil.
function M.currency(q)
    local kind = M.kind(q)
    if kind ~= "money" and kind ~= "price" then return nil end
    local unit = str(q.unit) or ""
    return str(q.currency) or unit:match("^(%u%u%u)$") or unit:match("^(%u%u%u) per .")
end

---------------------------------------------------------------------------
-- Numbers
---------------------------------------------------------------------------

local function trim(s)
    if s:find("%.") then s = s:gsub("0+$", ""):gsub("%.$", "") end
    return s
end

-- "1234567" -> "1,234,567" (digits, with a sign).
local function grouped(int)
    local sign, digits = int:match("^(-?)(%d+)$")
    if not digits then return int end
    return sign .. digits:reverse():gsub("(%d%d%d)", "%1,"):reverse():gsub("^,", "")
end

local SCALES = { { 1e12, "T" }, { 1e9, "B" }, { 1e6, "M" } }

--- A number as the views show it: 5600000 -> "5.6M", 2048 -> "2,048",
--- 1234.5 -> "1,234.5", 0.014 -> "0.014".
function M.number(v)
    if type(v) ~= "number" or v ~= v then return "?" end
    if v == math.huge then return "∞" end
    if v == -math.huge then return "-∞" end
    local a = math.abs(v)
    if a >= 1e15 then -- 10^25 FLOPs: 1e25, not 10000000000000T
        return (string.format("%.3g", v):gsub("e%+?(%-?)0*(%d)", "e%1%2"))
    end
    for _, s in ipairs(SCALES) do
        if a >= s[1] then return trim(string.format("%.3f", v / s[1])) .. s[2] end
    end
    if v == math.floor(v) then return grouped(string.format("%d", v)) end
    if a < 1 then return (string.format("%.3g", v)) end
    local int, frac = trim(string.format("%.3f", v)):match("^(-?%d+)(.*)$")
    return grouped(int) .. frac
end

-- The exact value, as the JSON has it: 5600000, 0.55.
local function plain(v)
    if v == math.floor(v) and math.abs(v) < 1e15 then return string.format("%d", v) end
    return string.format("%.14g", v)
end

---------------------------------------------------------------------------
-- Units
---------------------------------------------------------------------------

local KEEP = { series = true, species = true, news = true }

-- The singular of a unit's last word: GPUs -> GPU, GPU hours -> GPU hour,
-- companies -> company, processes -> process, switches -> switch; a word
-- that is no plural in -s stays (people, EFLOPS, GB/s, status, analysis).
function M.singular(unit)
    local head, last = unit:match("^(.-)(%S+)$")
    if not last or KEEP[last:lower()] or last:find("/", 1, true) then return unit end
    if last:match("[^aeiou]ies$") then return head .. last:sub(1, -4) .. "y" end
    if last:match("sses$") or last:match("[cs]hes$") or last:match("xes$") then return head .. last:sub(1, -3) end
    if last:match("[^sui]s$") then return head .. last:sub(1, -2) end
    return unit
end

---------------------------------------------------------------------------
-- Quantities
---------------------------------------------------------------------------

local function is_range(q)
    return q.qualifier == "range" and type(q.value_max) == "number" and q.value_max ~= q.value
end

-- value and (a range) value_max, each through fn, joined with a hyphen
-- (" to " when a bound is negative: "-5-10" would not read).
local function span(q, fn)
    if not is_range(q) then return fn(q.value) end
    local sep = (q.value < 0 or q.value_max < 0) and " to " or "-"
    return fn(q.value) .. sep .. fn(q.value_max)
end

-- A money amount in a currency: "$5.6M", "SGD 3B".
local function amount(code, v)
    local sign = M.CURRENCIES[code]
    if sign then return sign .. M.number(v) end
    return code .. " " .. M.number(v)
end

-- The figure without its qualifier mark, and the exact note of money.
local function body(q)
    local kind, unit = M.kind(q), str(q.unit) or ""
    local code = M.currency(q)
    if kind == "money" and code then
        local note = " (" .. code .. " " .. span(q, plain) .. ")"
        return span(q, function(v)
            return amount(code, v)
        end), note
    end
    if kind == "price" and code then
        local per = unit:match("^%u%u%u (per .+)$") or unit:match("(per .+)$")
        local s = span(q, function(v)
            return amount(code, v)
        end)
        return per and (s .. " " .. per) or s
    end
    if unit == "rank" then return "No. " .. span(q, M.number) end
    local s = span(q, M.number)
    if unit == "" then return s end
    if unit == "%" or unit == "x" then return s .. unit end
    if not is_range(q) and (q.value == 1 or q.value == -1) then unit = M.singular(unit) end
    return s .. " " .. unit
end

--- One quantity as text (see the header). opts.exact: a money amount adds
--- its ISO code and exact value, "~$5.6M (USD 5600000)".
function M.format(q, opts)
    if type(q) ~= "table" then return "?" end
    if type(q.value) ~= "number" then return str(q.text) or "?" end
    local s, note = body(q)
    s = (M.QUALIFIER_MARKS[q.qualifier] or "") .. s
    if opts and opts.exact and note then s = s .. note end
    return s
end

--- The quantities of a claim, formatted and joined with sep (default ", ");
--- "" when there are none.
function M.join(quantities, sep, opts)
    local out = {}
    for _, q in ipairs(type(quantities) == "table" and quantities or {}) do
        out[#out + 1] = M.format(q, opts)
    end
    return table.concat(out, sep or ", ")
end

return M
