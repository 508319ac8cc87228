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
-- review; opts.reviewer names its author (default "deepseek-claims").

local json = require("deepseek_claims.lib.json")
local fileio = require("deepseek_claims.lib.fileio")
local records = require("deepseek_claims.lib.records")
local figures = require("deepseek_claims.lib.figures")

local M = {}

M.FORMATS = { "jsonl", "csv", "claimreview" }

local EXTENSIONS = { jsonl = "jsonl", ndjson = "jsonl", csv = "csv", json = "claimreview", jsonld = "claimreview" }

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

-- Where the claim appeared, as a URL: the source URL, else the file.
local function appearance_url(r)
    if r.url then return r.url end
    local f = r.source_file or r.file
    if not f then return nil end
    if f:find("^%a[%w+.-]*://") then return f end
    if f:sub(1, 1) == "/" then return "file://" .. f end
    return f
end

local function author(r, lookup)
    local name = r.claimant
    if name == nil or name == "article" then
        -- the article's own voice: its publisher, as far as the URL tells
        name = r.url and r.url:match("^%a+://([^/]+)") or "unknown"
        name = name:gsub("^www%.", "")
        return json.object({ ["@type"] = "Organization", name = name })
    end
    local kind
    if lookup then
        local ok, d = pcall(lookup, name)
        if ok and type(d) == "table" then kind = d.kind end
    end
    return json.object({ ["@type"] = kind == "person" and "Person" or "Organization", name = name })
end

--- One ClaimReview object for a record.
function M.claim_review(r, opts)
    opts = opts or {}
    local status = records.is_status[r.status or ""] and r.status or "claimed"
    local url = appearance_url(r)
    local item = json.object({ ["@type"] = "Claim", author = author(r, opts.lookup) })
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
    return review
end

--- A JSON array of ClaimReview objects, one per line between the brackets.
function M.claimreview(recs, opts)
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
        return nil, "cannot tell the format of " .. path .. " (use .jsonl, .csv or .json, or name the format)"
    end
    local text, err = M.render(recs, format, opts)
    if not text then return nil, err end
    local ok, werr = fileio.write_atomic(path, text)
    if not ok then return nil, werr end
    return #(recs or {})
end

return M
