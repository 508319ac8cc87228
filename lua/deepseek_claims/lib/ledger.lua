-- deepseek_claims.lib.ledger: claims ledgers, JSON Lines files of curated claims.
-- Pure Lua (no vim.*): the CLI and Neovim share it.
--
--   local ledger = require("deepseek_claims.lib.ledger")
--   local L, msg = ledger.load(path [, { must_exist = true }])
--     -- L = { path =, entries = { entry... }, problems = { {file=, line=, message=} }, missing = bool }
--     -- nil, msg when the file exists but cannot be read (a directory, no permission)
--   local entry, err, why = ledger.append(path, entry [, { wait = ms }])   -- atomic, locked
--   local entry, err, why = ledger.replace(path, id, entry [, { wait = ms }])
--   ledger.about(L, name [, lookup])  ledger.by_id(L, id)
--
-- One JSON object per line: { id, text, claimant, about, kind, quantities,
-- source, date, status, attribute, note, benchmark } (see data/ledger.jsonl). A line
-- that does not parse or validate is reported with its file and line and
-- skipped; the rest loads. Lines may end in LF, CRLF or CR, and a UTF-8
-- byte order mark is skipped. Writes rewrite the whole file through a
-- temporary file and a rename (deepseek_claims.lib.fileio: mode, owner and
-- symlinks kept), under a lock, and keep every other line byte for byte
-- (malformed ones included, each with its own line end; new lines get the
-- file's): nothing in a ledger is lost.
--
-- Loaded entries are copies of the decoded objects with two more fields,
-- ledger_file and ledger_line (where they were read); fields starting with
-- "ledger_" are never written back.

local json = require("deepseek_claims.lib.json")
local fileio = require("deepseek_claims.lib.fileio")
local records = require("deepseek_claims.lib.records")

local M = {}

---------------------------------------------------------------------------
-- Validation
---------------------------------------------------------------------------

local function is_list_of_strings(v)
    if type(v) ~= "table" then return false end
    for k, x in pairs(v) do
        if type(k) ~= "number" or type(x) ~= "string" then return false end
    end
    return true
end

local function optional_string(e, key)
    local v = e[key]
    if v ~= nil and v ~= json.null and type(v) ~= "string" then return '"' .. key .. '" must be a string' end
end

local function check_quantity(q, i)
    local where = '"quantities"[' .. i .. "]"
    if type(q) ~= "table" then return where .. " must be an object" end
    if type(q.value) ~= "number" then return where .. ".value must be a number" end
    if q.value_max ~= nil and type(q.value_max) ~= "number" then return where .. ".value_max must be a number" end
    if q.unit ~= nil and type(q.unit) ~= "string" then return where .. ".unit must be a string" end
    if q.about ~= nil and not is_list_of_strings(q.about) then return where .. ".about must be a list of names" end
    if q.attribute ~= nil and type(q.attribute) ~= "string" then return where .. ".attribute must be a string" end
    if q.qualifier ~= nil and not records.is_qualifier[q.qualifier] then
        return where .. ".qualifier must be one of " .. table.concat(records.QUALIFIERS, ", ")
    end
end

--- nil when e is a valid entry, else the first problem in words.
function M.check(e)
    if type(e) ~= "table" or getmetatable(e) == json.array_mt or (#e > 0) then return "expected a JSON object" end
    if type(e.text) ~= "string" or not e.text:find("%S") then return 'missing "text"' end
    if e.id ~= nil and (type(e.id) ~= "string" or e.id == "") then return '"id" must be a non-empty string' end
    if e.kind ~= nil and not records.is_kind[e.kind] then
        return '"kind" must be one of ' .. table.concat(records.KINDS, ", ")
    end
    if e.status ~= nil and not records.is_status[e.status] then
        return '"status" must be one of ' .. table.concat(records.STATUSES, ", ")
    end
    if e.about ~= nil and not is_list_of_strings(e.about) then return '"about" must be a list of names' end
    if e.quantities ~= nil then
        if type(e.quantities) ~= "table" then return '"quantities" must be a list' end
        for i, q in ipairs(e.quantities) do
            local err = check_quantity(q, i)
            if err then return err end
        end
    end
    if
        e.date ~= nil
        and e.date ~= json.null
        and (type(e.date) ~= "string" or not e.date:find("^%d%d%d%d%-%d%d%-%d%d$"))
    then
        return '"date" must be YYYY-MM-DD'
    end
    for _, k in ipairs({ "claimant", "source", "attribute", "note", "benchmark" }) do
        local err = optional_string(e, k)
        if err then return err end
    end
end

---------------------------------------------------------------------------
-- Reading
---------------------------------------------------------------------------

local BOM = "\239\187\191"
M.BOM = BOM

-- The lines of text without their terminators, and the terminator of each
-- ("\n", "\r\n", "\r", or "" for a last line without one): files written
-- on Windows (CRLF) and on old Macs (CR only) read as lines too.
local function split_lines(text)
    local lines, eols = {}, {}
    local pos, n = 1, #text
    while pos <= n do
        local s = text:find("[\r\n]", pos)
        if not s then
            lines[#lines + 1], eols[#eols + 1] = text:sub(pos), ""
            break
        end
        local eol = text:sub(s, s)
        if eol == "\r" and text:byte(s + 1) == 10 then eol = "\r\n" end
        lines[#lines + 1], eols[#eols + 1] = text:sub(pos, s - 1), eol
        pos = s + #eol
    end
    return lines, eols
end
M.split_lines = split_lines

-- The text without a leading UTF-8 byte order mark, and the mark ("" if none).
local function strip_bom(text)
    if text:sub(1, 3) == BOM then return text:sub(4), BOM end
    return text, ""
end

local function copy(t)
    local c = {}
    for k, v in pairs(t) do
        c[k] = v
    end
    return c
end

--- Parses ledger text; name is the file named in problems.
--- Returns { path = name, entries =, problems = }.
function M.parse(text, name)
    local L = { path = name, entries = {}, problems = {}, ids = {} }
    for i, body in ipairs((split_lines((strip_bom(text))))) do
        if body:find("%S") then
            local e, err = json.decode(body)
            if e == nil then
                err = "invalid JSON: " .. err
            else
                err = M.check(e)
            end
            if not err and e.id and L.ids[e.id] then
                err = 'duplicate id "' .. e.id .. '" (first on line ' .. L.ids[e.id].ledger_line .. ")"
            end
            if err then
                L.problems[#L.problems + 1] = { file = name, line = i, message = err }
            else
                local entry = copy(e)
                entry.ledger_file, entry.ledger_line = name, i
                L.entries[#L.entries + 1] = entry
                if e.id then L.ids[e.id] = entry end
            end
        end
    end
    return L
end

--- Loads a ledger file. A missing file gives an empty ledger (L.missing),
--- and also a message as the second value when opts.must_exist is set.
--- A file that exists but cannot be read gives nil and a message.
function M.load(path, opts)
    opts = opts or {}
    local text, err, missing = fileio.read(path)
    if not text then
        if missing then
            local L = M.parse("", path)
            L.missing = true
            if opts.must_exist then return L, "ledger " .. path .. " does not exist" end
            return L
        end
        return nil, "cannot read ledger " .. err
    end
    return M.parse(text, path)
end

--- Each problem as "file:line: message".
function M.format_problems(L)
    local out = {}
    for _, p in ipairs(L and L.problems or {}) do
        out[#out + 1] = string.format("%s:%d: %s", p.file or "?", p.line or 0, p.message)
    end
    return out
end

---------------------------------------------------------------------------
-- Lookups
---------------------------------------------------------------------------

--- The entry with this id, or nil.
function M.by_id(L, id)
    if L.ids and L.ids[id] then return L.ids[id] end
    for _, e in ipairs(L.entries or {}) do
        if e.id == id then return e end
    end
end

-- The default lookup: the engine's dictionary when the module loads.
local core_lookup
local function default_lookup()
    if core_lookup == nil then
        local ok, core = pcall(require, "deepseek_claims.core")
        core_lookup = ok and type(core) == "table" and core.lookup or false
    end
    return core_lookup or nil
end

--- The entries about an entity. name may be canonical or an alias; lookup
--- (default: the engine's core.lookup) maps names to { name = canonical }.
--- Names in the ledger's "about" are resolved the same way, so a ledger
--- written with aliases still matches.
function M.about(L, name, lookup)
    lookup = lookup or default_lookup()
    local function canonical(n)
        if not lookup then return n end
        local ok, d = pcall(lookup, n)
        return ok and type(d) == "table" and d.name or n
    end
    local want = canonical(name)
    local out = {}
    for _, e in ipairs(L.entries or {}) do
        for _, a in ipairs(e.about or {}) do
            if a == want or a == name or canonical(a) == want then
                out[#out + 1] = e
                break
            end
        end
    end
    return out
end

---------------------------------------------------------------------------
-- Writing
---------------------------------------------------------------------------

-- The entry as one JSON line, without the load-time fields.
-- A copy of an entry without the load-time fields (ledger_file, ...).
local function stored(e)
    local clean = {}
    for k, v in pairs(e) do
        if type(k) ~= "string" or k:sub(1, 7) ~= "ledger_" then clean[k] = v end
    end
    return clean
end

local function encode(e)
    local clean = stored(e)
    if type(clean.about) == "table" then clean.about = json.array(copy(clean.about)) end
    if type(clean.quantities) == "table" then clean.quantities = json.array(copy(clean.quantities)) end
    return json.encode(json.object(clean))
end
M.encode = encode

-- A 32-bit hash of s as 8 hex digits (djb2 with plain arithmetic: runs on 5.1).
local function hash(s)
    local h = 5381
    for i = 1, #s do
        h = (h * 33 + s:byte(i)) % 4294967296
    end
    return string.format("%08x", h)
end

--- A stable id for an entry: a slug of the claimant and the first words of
--- the text, then a short hash of the text.
function M.make_id(e)
    local words = {}
    local claimant = (e.claimant and e.claimant ~= json.null) and (e.claimant .. " ") or ""
    for w in (claimant .. e.text):lower():gmatch("[%w]+") do
        words[#words + 1] = w
        if #words == 5 then break end
    end
    return table.concat(words, "-") .. "-" .. hash(e.text):sub(1, 6)
end

-- The line end a file uses: that of its first line ("\n" for a new file).
local function file_eol(eols)
    for _, e in ipairs(eols) do
        if e ~= "" then return e end
    end
    return "\n"
end

-- Rewrites path under the lock: transform(lines, L) gets the current raw
-- lines (verbatim, without their ends) and the parsed ledger and returns
-- the new lines, or nil and a message. Every line keeps its own line end
-- and new ones get the file's, so a CRLF or CR ledger stays one; a byte
-- order mark stays. Returns true, or nil, a message and why (see
-- fileio.with_lock: "busy", "readonly").
local function rewrite(path, transform, opts)
    return fileio.with_lock(path, function()
        local raw, err, missing = fileio.read(path)
        if not raw then
            if not missing then return nil, "cannot read ledger " .. err end
            raw = ""
        end
        local text, bom = strip_bom(raw)
        local lines, eols = split_lines(text)
        local new, terr = transform(lines, M.parse(text, path))
        if not new then return nil, terr end
        local eol, out = file_eol(eols), { bom }
        for i, line in ipairs(new) do
            out[#out + 1] = line
            out[#out + 1] = (eols[i] and eols[i] ~= "") and eols[i] or eol
        end
        local ok, werr, why = fileio.write_atomic(path, table.concat(out))
        if not ok then return nil, werr, why end
        return true
    end, opts)
end

-- Adds e as a new last line of lines (L: their parse), with an id unique in
-- the file; nil and a message when e's own id is taken.
local function add_line(lines, L, e, path)
    local id = e.id or M.make_id(e)
    if L.ids[id] then
        if e.id then return nil, "ledger " .. path .. ' already has an entry with id "' .. id .. '"' end
        local n = 2
        while L.ids[id .. "-" .. n] do
            n = n + 1
        end
        id = id .. "-" .. n
    end
    e.id = id
    -- drop trailing blank lines so the ledger does not grow gaps
    while #lines > 0 and not lines[#lines]:find("%S") do
        lines[#lines] = nil
    end
    lines[#lines + 1] = encode(e)
    return lines
end

--- Appends an entry to the ledger at path (created when missing; its
--- directory must exist). The entry is validated; it gets an id when it has
--- none (made unique in the file). Returns the entry as written, or nil, a
--- message and why ("busy" when another save holds the lock, "readonly").
--- opts.wait: see deepseek_claims.lib.fileio.with_lock.
function M.append(path, entry, opts)
    local e = stored(entry)
    local err = M.check(e)
    if err then return nil, "invalid entry: " .. err end
    local ok, werr, why = rewrite(path, function(lines, L)
        return add_line(lines, L, e, path)
    end, opts)
    if not ok then return nil, werr, why end
    return e
end

local function claimant_of(e)
    return (e.claimant ~= nil and e.claimant ~= json.null) and e.claimant or nil
end

--- Whether two entries record the same claim: the same text by the same
--- claimant (where each was read does not matter).
function M.same_claim(a, b)
    return a.text == b.text and claimant_of(a) == claimant_of(b)
end

--- The entries of L that record the same claim as e, in file order.
function M.entries_of(L, e)
    local t = {}
    for _, x in ipairs(L.entries) do
        if M.same_claim(x, e) then t[#t + 1] = x end
    end
    return t
end

--- Saves an entry: the line of the same claim (M.same_claim) is replaced,
--- keeping its id, so saving a claim again gives it a new status or note,
--- never a second line (a ledger that already has several, from before,
--- gets each updated: one claim never shows two statuses); a new claim is
--- appended. Returns the entry as written and "updated" or "added", or nil,
--- a message and why, as append.
function M.save(path, entry, opts)
    local e = stored(entry)
    local err = M.check(e)
    if err then return nil, "invalid entry: " .. err end
    local how
    local ok, werr, why = rewrite(path, function(lines, L)
        local same = M.entries_of(L, e)
        if #same == 0 then
            how = "added"
            return add_line(lines, L, e, path)
        end
        how = "updated"
        for i, old in ipairs(same) do
            local new = stored(e)
            new.id = old.id
            lines[old.ledger_line] = encode(new)
            if i == 1 then e.id = old.id end
        end
        return lines
    end, opts)
    if not ok then return nil, werr, why end
    return e, how
end

--- Replaces the entry with this id (say, a new status or note); every other
--- line stays as it was. Returns the new entry, or nil, a message and why.
function M.replace(path, id, entry, opts)
    local e = stored(entry)
    e.id = id
    local err = M.check(e)
    if err then return nil, "invalid entry: " .. err end
    local ok, werr, why = rewrite(path, function(lines, L)
        local old = L.ids[id]
        if not old then return nil, 'no entry with id "' .. id .. '" in ' .. path end
        lines[old.ledger_line] = encode(e)
        return lines
    end, opts)
    if not ok then return nil, werr, why end
    return e
end

return M
