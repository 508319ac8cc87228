-- deepseek_claims.lib.export: records (see deepseek_claims.lib.records) as JSON
-- Lines, CSV (RFC 4180) or schema.org ClaimReview JSON-LD. Pure Lua.
--
--   local export = require("deepseek_claims.lib.export")
--   local text, err = export.render(recs, "csv" [, opts])   -- jsonl | csv | claimreview
--   local n, err = export.write(path, recs, format [, opts])  -- see fileio.write_atomic
--   export.format_of("out.csv") --> "csv" (from the extension)
--
-- opts.lookup (name -> dictionary entry) tells people from organisations
-- for ClaimReview authors; opts.date (YYYY-MM-DD, default today) dates the
-- review; opts.reviewer names its author (default "deepseek-claims");
-- opts.meta (file -> { authors =, publisher =, url = }, default: the head of
-- the file, see deepseek_claims.lib.docmeta) says who wrote a document, for
-- the claims it makes in its own voice.

local json = require("deepseek_claims.lib.json")
local fileio = require("deepseek_claims.lib.fileio")
local records = require("deepseek_claims.lib.records")
local figures = require("deepseek_claims.lib.figures")
local docmeta = require("deepseek_claims.lib.docmeta")

local M = {}

M.FORMATS = { "jsonl", "csv", "claimreview" }

local EXTENSIONS = { jsonl = "jsonl", ndjson = "jsonl", csv = "csv", json = "claimreview", jsonld = "claimreview" }

-- The extensions, as messages list them.
M.EXTENSIONS = { ".jsonl", ".ndjson", ".csv", ".json", ".jsonld" }

--- The format for a file name from its extension, or nil.
function M.format_of(path)
    local ext = tostring(path):match("%.([%w]+)$")
    return ext and EXTENSIONS[ext:lower()] or nil
end

---------------------------------------------------------------------------
-- JSON Lines
---------------------------------------------------------------------------

local FIELDS = {
    "source",
    "file",
    "line",
    "col",
    "id",
    "claimant",
    "about",
    "kind",
    "text",
    "hedged",
    "quantities",
    "benchmark",
    "attribute",
    "status",
    "date",
    "url",
    "note",
}

local unpack = table.unpack or unpack -- 5.2+ / 5.1
local function unpack_list(t)
    return unpack(t or {})
end

-- A record as a plain JSON-ready object (nil fields left out).
local function plain(r)
    local o = json.object()
    for _, k in ipairs(FIELDS) do
        local v = r[k]
        if k == "about" then
            v = json.array({ unpack_list(r.about) })
        elseif k == "quantities" then
            local qs = json.array()
            for _, q in ipairs(r.quantities or {}) do
                qs[#qs + 1] = json.object({
                    text = q.text,
                    value = q.value,
                    value_max = q.value_max,
                    unit = q.unit,
                    qualifier = q.qualifier,
                    attribute = q.attribute,
                    about = q.about and json.array({ unpack_list(q.about) }) or nil,
                })
            end
            v = qs
        end
        if v ~= nil then o[k] = v end
    end
    return o
end

function M.jsonl(recs)
    local out = {}
    for _, r in ipairs(recs or {}) do
        out[#out + 1] = json.encode(plain(r))
    end
    return #out > 0 and (table.concat(out, "\n") .. "\n") or ""
end

---------------------------------------------------------------------------
-- CSV (RFC 4180: CRLF line ends; fields with a comma, a quote or a line
-- break are quoted, quotes doubled)
---------------------------------------------------------------------------

local CSV_COLUMNS = {
    "source",
    "file",
    "line",
    "id",
    "claimant",
    "kind",
    "about",
    "text",
    "figures",
    "hedged",
    "benchmark",
    "attribute",
    "status",
    "date",
    "url",
    "note",
}

local function csv_field(v)
    if v == nil then return "" end
    local s = tostring(v)
    if s:find('[,"\r\n]') then s = '"' .. s:gsub('"', '""') .. '"' end
    return s
end

local function csv_value(r, col)
    if col == "about" then return table.concat(r.about or {}, "; ") end
    if col == "figures" then return figures.join(r.quantities, "; ") end
    if col == "hedged" then return r.hedged == true end
    return r[col]
end

function M.csv(recs)
    local lines = { table.concat(CSV_COLUMNS, ",") }
    for _, r in ipairs(recs or {}) do
        local row = {}
        for i, col in ipairs(CSV_COLUMNS) do
            row[i] = csv_field(csv_value(r, col))
        end
        lines[#lines + 1] = table.concat(row, ",")
    end
    return table.concat(lines, "\r\n") .. "\r\n"
end

---------------------------------------------------------------------------
-- ClaimReview JSON-LD
---------------------------------------------------------------------------

M.RATINGS = { disputed = 1, claimed = 2, confirmed = 3 }

local function today()
    return os.date("%Y-%m-%d")
end

-- The file a record's claim was read from: a document's path, or the
-- source_file a ledger entry names (nil for standard input).
local function document_file(r)
    local f = r.source == "ledger" and r.source_file or (r.source ~= "ledger" and r.file)
    if type(f) ~= "string" or f == "" or f == "-" or docmeta.is_url(f) then return nil end
    return f
end

-- What is known of the document a record's claim was read from.
local function document_meta(r, opts)
    local f = document_file(r)
    if not f then return {} end
    opts.meta_cache = opts.meta_cache or {} -- one read per file and export
    local meta = opts.meta_cache[f]
    if meta == nil then
        local reader = opts.meta or docmeta.read_file
        local ok, m = pcall(reader, f)
        meta = ok and type(m) == "table" and m or {}
        opts.meta_cache[f] = meta
    end
    return meta
end

-- Where the claim appeared, always as an absolute URL: the source URL of a
-- ledger entry, the URL a document's front matter gives, else the file
-- (file://, relative paths resolved against the working directory; a
-- ledger's relative source path against the ledger's folder).
local function appearance_url(r, meta)
    if r.url then
        if docmeta.is_url(r.url) then return r.url end
        local base = r.source == "ledger" and type(r.file) == "string" and fileio.dirname(r.file) or nil
        return docmeta.file_url(r.url, base)
    end
    if meta.url then return meta.url end
    local f = r.source_file or r.file
    if type(f) ~= "string" or f == "" or f == "-" then return nil end
    return docmeta.file_url(f)
end

local function thing(kind, name)
    return json.object({ ["@type"] = kind, name = name })
end

-- The author of a claim in the article's own voice: the document's
-- author(s) or publisher when its head names them, else the host of a
-- ledger entry's source URL; nil when nothing says.
local function voice_author(r, meta)
    local authors = meta.authors or {}
    if #authors == 1 then return thing("Person", authors[1]) end
    if #authors > 1 then
        local list = json.array()
        for i, a in ipairs(authors) do
            list[i] = thing("Person", a)
        end
        return list
    end
    if meta.publisher then return thing("Organization", meta.publisher) end
    local host = r.url and r.url:match("^https?://([^/:]+)")
    if host then return thing("Organization", (host:gsub("^www%.", ""))) end
    return nil
end

local function author(r, lookup, meta)
    local name = r.claimant
    if name == nil or name == "article" then return voice_author(r, meta) end
    local kind
    if lookup then
        local ok, d = pcall(lookup, name)
        if ok and type(d) == "table" then kind = d.kind end
    end
    return thing(kind == "person" and "Person" or "Organization", name)
end

--- One ClaimReview object for a record.
function M.claim_review(r, opts)
    opts = opts or {}
    local status = records.is_status[r.status or ""] and r.status or "claimed"
    local meta = document_meta(r, opts)
    local url = appearance_url(r, meta)
    local item = json.object({ ["@type"] = "Claim", author = author(r, opts.lookup, meta) })
    if url then item.appearance = json.object({ ["@type"] = "CreativeWork", url = url }) end
    if r.date then item.datePublished = r.date end
    local review = json.object({
        ["@context"] = "https://schema.org",
        ["@type"] = "ClaimReview",
        claimReviewed = r.text,
        itemReviewed = item,
        author = json.object({ ["@type"] = "Organization", name = opts.reviewer or "deepseek-claims" }),
        reviewRating = json.object({
            ["@type"] = "Rating",
            ratingValue = M.RATINGS[status],
            bestRating = 3,
            worstRating = 1,
            alternateName = status,
        }),
        datePublished = opts.date or today(),
    })
    if url then review.url = url end
    if r.note then review.reviewBody = r.note end -- the ledger's note: why the status
    return review
end

--- A JSON array of ClaimReview objects, one per line between the brackets.
function M.claimreview(recs, opts)
    opts = setmetatable({ meta_cache = {} }, { __index = opts or {} })
    local items = {}
    for _, r in ipairs(recs or {}) do
        items[#items + 1] = json.encode(M.claim_review(r, opts))
    end
    if #items == 0 then return "[]\n" end
    return "[\n" .. table.concat(items, ",\n") .. "\n]\n"
end

---------------------------------------------------------------------------
-- Entry points
---------------------------------------------------------------------------

--- The text of recs in a format, or nil and a message.
function M.render(recs, format, opts)
    if format == "jsonl" then return M.jsonl(recs) end
    if format == "csv" then return M.csv(recs) end
    if format == "claimreview" then return M.claimreview(recs, opts) end
    return nil, 'unknown format "' .. tostring(format) .. '" (use ' .. table.concat(M.FORMATS, ", ") .. ")"
end

--- Writes recs to path: a regular file is replaced atomically, keeping its
--- mode, owner and symlink; a device, a FIFO or /dev/stdout is written
--- directly (deepseek_claims.lib.fileio). format defaults to the one of the
--- extension. Returns the number of records, or nil and a message.
function M.write(path, recs, format, opts)
    format = format or M.format_of(path)
    if not format then
        return nil,
            "cannot tell the format of "
                .. path
                .. " from its extension (use "
                .. table.concat(M.EXTENSIONS, ", ")
                .. ", or name the format)"
    end
    local text, err = M.render(recs, format, opts)
    if not text then return nil, err end
    local ok, werr = fileio.write_atomic(path, text)
    if not ok then return nil, werr end
    return #(recs or {})
end

return M
