-- deepseek_claims.lib.json: a small JSON encoder and decoder in pure Lua.
--
-- Runs unchanged on Lua 5.4, LuaJIT and PUC Lua 5.1: no goto, no `//`, no
-- utf8 library, no bit operators (\uXXXX escapes are decoded with plain
-- arithmetic).
--
--   local json = require("deepseek_claims.lib.json")
--   local v, err = json.decode(str)   -- value, or nil, "message at byte N"
--   local s = json.encode(v)          -- raises on what JSON cannot hold
--
-- JSON null decodes to the sentinel `json.null` (so it survives inside arrays
-- and objects); encode writes it back as null. Decoded objects and arrays
-- carry a metatable (json.object_mt / json.array_mt) so that `{}` and `[]`
-- round-trip; a plain Lua table is an array when its keys are exactly 1..n
-- and n > 0, otherwise an object (an empty plain table encodes as []).
-- Object keys are written in sorted order, so output is stable.

local M = {}

local byte, sub, find, format = string.byte, string.sub, string.find, string.format
local char, concat, floor = string.char, table.concat, math.floor

M.null = setmetatable({}, {
    __tostring = function()
        return "json.null"
    end,
    __newindex = function()
        error("json.null is read-only", 2)
    end,
})
M.object_mt = { __name = "json.object" }
M.array_mt = { __name = "json.array" }

-- Marks t (default: a new table) to encode as a JSON object even when empty.
function M.object(t)
    return setmetatable(t or {}, M.object_mt)
end
-- Marks t (default: a new table) to encode as a JSON array even when empty.
function M.array(t)
    return setmetatable(t or {}, M.array_mt)
end

-- Nesting deeper than this is refused rather than risking a C stack overflow.
local MAX_DEPTH = 500

---------------------------------------------------------------------------
-- Encoding
---------------------------------------------------------------------------

local ESCAPES = {
    ['"'] = '\\"',
    ["\\"] = "\\\\",
    ["\b"] = "\\b",
    ["\f"] = "\\f",
    ["\n"] = "\\n",
    ["\r"] = "\\r",
    ["\t"] = "\\t",
}
for i = 0, 31 do
    local c = char(i)
    if not ESCAPES[c] then ESCAPES[c] = format("\\u%04x", i) end
end
ESCAPES["\127"] = "\\u007f" -- DEL is legal raw, but invisible in terminals

local function encode_string(s)
    return '"' .. s:gsub('[%z\1-\31"\\\127]', ESCAPES) .. '"'
end

-- math.type exists on 5.3+; on 5.1 / LuaJIT every number is a double.
local math_type = math.type

local function encode_number(x)
    if x ~= x or x == math.huge or x == -math.huge then error("cannot encode " .. tostring(x) .. " in JSON", 0) end
    if math_type and math_type(x) == "integer" then return format("%d", x) end
    -- Integral doubles print without ".0" or an exponent while they are exact.
    if x == floor(x) and x > -1e15 and x < 1e15 then
        if x == 0 then return "0" end -- also turns -0 into 0
        return format("%.0f", x)
    end
    return format("%.14g", x)
end

-- The length of t when its keys are exactly 1..n (n may be 0), else nil.
local function sequence_length(t)
    local n = 0
    for k in pairs(t) do
        if type(k) ~= "number" or k < 1 or k ~= floor(k) then return nil end
        n = n + 1
    end
    for i = 1, n do
        if rawget(t, i) == nil then return nil end
    end
    return n
end

local encode_value -- forward declaration: the helpers below recurse

local function encode_array(t, n, out, seen, depth)
    out[#out + 1] = "["
    for i = 1, n do
        if i > 1 then out[#out + 1] = "," end
        encode_value(t[i], out, seen, depth)
    end
    out[#out + 1] = "]"
end

local function object_keys(t)
    local keys = {}
    for k in pairs(t) do
        local tk = type(k)
        if tk == "string" then
            keys[#keys + 1] = k
        elseif tk == "number" then
            keys[#keys + 1] = encode_number(k) -- JSON keys are strings
        else
            error("cannot encode a " .. tk .. " key in JSON", 0)
        end
    end
    table.sort(keys)
    return keys
end

local function encode_object(t, out, seen, depth)
    local keys = object_keys(t)
    out[#out + 1] = "{"
    for i, key in ipairs(keys) do
        if i > 1 then out[#out + 1] = "," end
        local v = t[key]
        if v == nil then v = t[tonumber(key)] end -- a key that was a number
        out[#out + 1] = encode_string(key)
        out[#out + 1] = ":"
        encode_value(v, out, seen, depth)
    end
    out[#out + 1] = "}"
end

local function encode_table(t, out, seen, depth)
    if seen[t] then error("cannot encode a table that contains itself", 0) end
    if depth > MAX_DEPTH then error("cannot encode: nested too deeply", 0) end
    seen[t] = true
    local mt = getmetatable(t)
    local n = (mt ~= M.object_mt) and sequence_length(t) or nil
    if n then
        encode_array(t, n, out, seen, depth + 1)
    else
        encode_object(t, out, seen, depth + 1)
    end
    seen[t] = nil
end

encode_value = function(v, out, seen, depth)
    local tv = type(v)
    if v == M.null or v == nil then
        out[#out + 1] = "null"
    elseif tv == "boolean" then
        out[#out + 1] = v and "true" or "false"
    elseif tv == "number" then
        out[#out + 1] = encode_number(v)
    elseif tv == "string" then
        out[#out + 1] = encode_string(v)
    elseif tv == "table" then
        encode_table(v, out, seen, depth)
    else
        error("cannot encode a " .. tv .. " in JSON", 0)
    end
end

-- Returns the JSON text of v. Raises on functions, userdata, NaN, infinities,
-- cycles and keys that are neither strings nor numbers.
function M.encode(v)
    local out = {}
    encode_value(v, out, {}, 0)
    return concat(out)
end

---------------------------------------------------------------------------
-- Decoding
---------------------------------------------------------------------------

-- Errors travel as a table so that decode() can tell them from bugs.
local function fail(msg, pos)
    error({ msg = msg .. " at byte " .. pos }, 0)
end

local function skip_space(s, pos)
    local _, e = find(s, "^[ \t\r\n]*", pos)
    return e + 1
end

-- Appends the UTF-8 encoding of code point cp to out.
local function utf8_encode(cp)
    if cp < 0x80 then
        return char(cp)
    elseif cp < 0x800 then
        return char(0xC0 + floor(cp / 0x40), 0x80 + cp % 0x40)
    elseif cp < 0x10000 then
        return char(0xE0 + floor(cp / 0x1000), 0x80 + floor(cp / 0x40) % 0x40, 0x80 + cp % 0x40)
    end
    return char(
        0xF0 + floor(cp / 0x40000),
        0x80 + floor(cp / 0x1000) % 0x40,
        0x80 + floor(cp / 0x40) % 0x40,
        0x80 + cp % 0x40
    )
end

local function read_hex4(s, pos)
    local hex = sub(s, pos, pos + 3)
    if not find(hex, "^%x%x%x%x$") then fail("bad \\u escape", pos - 2) end
    return tonumber(hex, 16)
end

-- Decodes the \u escape whose "u" is at pos-1; returns the UTF-8 text and the
-- position after it. A surrogate pair becomes one code point; a lone
-- surrogate cannot be UTF-8 and is refused.
local function read_unicode_escape(s, pos)
    local cp = read_hex4(s, pos)
    if cp >= 0xDC00 and cp <= 0xDFFF then fail("lone low surrogate", pos - 2) end
    if cp >= 0xD800 and cp <= 0xDBFF then
        if sub(s, pos + 4, pos + 5) ~= "\\u" then fail("lone high surrogate", pos - 2) end
        local low = read_hex4(s, pos + 6)
        if low < 0xDC00 or low > 0xDFFF then fail("bad surrogate pair", pos - 2) end
        cp = 0x10000 + (cp - 0xD800) * 0x400 + (low - 0xDC00)
        return utf8_encode(cp), pos + 10
    end
    return utf8_encode(cp), pos + 4
end

local SIMPLE_ESCAPES = {
    ['"'] = '"',
    ["\\"] = "\\",
    ["/"] = "/",
    b = "\b",
    f = "\f",
    n = "\n",
    r = "\r",
    t = "\t",
}

-- s:sub(pos, pos) is the opening quote. Returns the string and the position
-- after the closing quote.
local function read_string(s, pos)
    local parts = {}
    local i = pos + 1
    while true do
        -- Copy the run up to the next quote, backslash or control byte.
        local j = find(s, '[%z\1-\31"\\]', i)
        if not j then fail("unterminated string", pos) end
        if j > i then parts[#parts + 1] = sub(s, i, j - 1) end
        local c = sub(s, j, j)
        if c == '"' then
            return concat(parts), j + 1
        elseif c == "\\" then
            local e = sub(s, j + 1, j + 1)
            if e == "u" then
                parts[#parts + 1], i = read_unicode_escape(s, j + 2)
            elseif SIMPLE_ESCAPES[e] then
                parts[#parts + 1] = SIMPLE_ESCAPES[e]
                i = j + 2
            elseif e == "" then
                fail("unterminated string", pos)
            else
                fail("bad escape \\" .. e, j)
            end
        else
            fail("control character in string", j)
        end
    end
end

local function read_number(s, pos)
    -- The JSON grammar: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
    local _, e = find(s, "^-?%d+", pos)
    if not e then fail("bad number", pos) end
    if find(s, "^-?0%d", pos) then fail("leading zero in number", pos) end
    local _, f = find(s, "^%.%d+", e + 1)
    if f then
        e = f
    elseif sub(s, e + 1, e + 1) == "." then
        fail("bad number", pos)
    end
    local _, x = find(s, "^[eE][+-]?%d+", e + 1)
    if x then
        e = x
    elseif find(s, "^[eE]", e + 1) then
        fail("bad number", pos)
    end
    local n = tonumber(sub(s, pos, e))
    if not n then fail("bad number", pos) end
    -- 1e999 reads as infinity, which no JSON can hold: a ledger line with it
    -- loaded, and then every rewrite of the file failed (found by make fuzz)
    if n == math.huge or n == -math.huge then fail("number out of range", pos) end
    return n, e + 1
end

local read_value -- forward declaration

local function read_array(s, pos, depth)
    local arr = setmetatable({}, M.array_mt)
    pos = skip_space(s, pos + 1)
    if sub(s, pos, pos) == "]" then return arr, pos + 1 end
    local n = 0
    while true do
        local v
        v, pos = read_value(s, pos, depth)
        n = n + 1
        arr[n] = v
        pos = skip_space(s, pos)
        local c = sub(s, pos, pos)
        if c == "]" then return arr, pos + 1 end
        if c ~= "," then fail("expected ',' or ']'", pos) end
        pos = skip_space(s, pos + 1)
    end
end

local function read_object(s, pos, depth)
    local obj = setmetatable({}, M.object_mt)
    pos = skip_space(s, pos + 1)
    if sub(s, pos, pos) == "}" then return obj, pos + 1 end
    while true do
        if sub(s, pos, pos) ~= '"' then fail("expected a string key", pos) end
        local key
        key, pos = read_string(s, pos)
        pos = skip_space(s, pos)
        if sub(s, pos, pos) ~= ":" then fail("expected ':'", pos) end
        local v
        v, pos = read_value(s, skip_space(s, pos + 1), depth)
        obj[key] = v
        pos = skip_space(s, pos)
        local c = sub(s, pos, pos)
        if c == "}" then return obj, pos + 1 end
        if c ~= "," then fail("expected ',' or '}'", pos) end
        pos = skip_space(s, pos + 1)
    end
end

local LITERALS = { t = { "true", true }, f = { "false", false }, n = { "null", M.null } }

-- pos points at the first byte of a value (whitespace already skipped).
read_value = function(s, pos, depth)
    local c = byte(s, pos)
    if c == 34 then return read_string(s, pos) end -- "
    if c == 123 or c == 91 then -- { [
        if depth >= MAX_DEPTH then fail("nested too deeply", pos) end
        if c == 123 then return read_object(s, pos, depth + 1) end
        return read_array(s, pos, depth + 1)
    end
    if c == 45 or (c and c >= 48 and c <= 57) then return read_number(s, pos) end
    local lit = LITERALS[sub(s, pos, pos)]
    if lit and sub(s, pos, pos + #lit[1] - 1) == lit[1] then return lit[2], pos + #lit[1] end
    if not c then fail("unexpected end of input", pos) end
    fail("unexpected character '" .. sub(s, pos, pos) .. "'", pos)
end

-- Returns the decoded value, or nil and "message at byte N" (1-based).
-- Raises only when str is not a string.
function M.decode(str)
    if type(str) ~= "string" then error("bad argument #1 to 'decode' (string expected, got " .. type(str) .. ")", 2) end
    local ok, v = pcall(function()
        local value, p = read_value(str, skip_space(str, 1), 0)
        p = skip_space(str, p)
        if p <= #str then fail("trailing garbage", p) end
        return value, p
    end)
    if ok then return v end
    if type(v) == "table" and v.msg then return nil, v.msg end
    error(v, 0) -- a bug in this module: let it show
end

return M
