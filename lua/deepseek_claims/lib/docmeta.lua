-- deepseek_claims.lib.docmeta: who wrote a document and where it was
-- published, from its head, and a path as a file:// URL. The ClaimReview
-- export names them for the claims a document makes in its own voice
-- (claimant "article"). Pure Lua (no vim.*).
--
--   local docmeta = require("deepseek_claims.lib.docmeta")
--   docmeta.read(text)          --> { authors = { "Clara Osei" }, publisher = "Reuters",
--                               --    url = "https://..." }  (each field only when found)
--   docmeta.read_file(path)     --> the same from the file's first 8 KiB, or {}
--   docmeta.file_url("notes/a b.md")  --> "file:///home/me/notes/a%20b.md"
--
-- What it reads:
--   front matter   a YAML block between "---" lines at the very top: author,
--                  authors, byline, creator (one name, a [list] or "- name"
--                  lines; Obsidian's [[Name]] links are unwrapped); publisher,
--                  site_name, site, publication, outlet; url, source, link,
--                  canonical_url, original_url (an http(s) URL)
--   a byline       a short line near the top, "By Clara Osei", "*By Clara Osei
--                  and Ali Reza*", "By Clara Osei, Reuters" (the names look
--                  like people's: two to four capitalised words)

local M = {}

-- How much of a file is read for its head.
M.HEAD_BYTES = 8192
-- How many lines after the front matter a byline may stand on.
local BYLINE_LINES = 30

local AUTHOR_KEYS = { author = true, authors = true, byline = true, creator = true }
local PUBLISHER_KEYS = { publisher = true, site_name = true, site = true, publication = true, outlet = true }
local URL_KEYS = { url = true, source = true, link = true, canonical_url = true, original_url = true }

local function trim(s)
    return (s:gsub("^%s+", ""):gsub("%s+$", ""))
end

-- A YAML scalar as plain text: quotes and [[wiki links]] taken off.
local function scalar(v)
    v = trim(v)
    local q = v:match('^"(.*)"$') or v:match("^'(.*)'$")
    if q then v = q end
    v = v:gsub("%[%[([^%]|]*)|?[^%]]*%]%]", "%1")
    return trim(v)
end

-- The values of a YAML value: "a", "[a, b]", or (list) "- a" lines.
local function values(v)
    local out = {}
    local inner = trim(v):match("^%[(.*)%]$")
    if inner and not inner:match("^%[") then
        for item in inner:gmatch("[^,]+") do
            out[#out + 1] = scalar(item)
        end
    elseif trim(v) ~= "" then
        out[1] = scalar(v)
    end
    return out
end

-- The front matter's fields: key (lowercase) -> list of values.
local function front_matter(lines)
    if not lines[1] or not lines[1]:match("^%-%-%-%s*$") then return nil, 1 end
    local fields, key = {}, nil
    for i = 2, #lines do
        local l = lines[i]
        if l:match("^%-%-%-%s*$") or l:match("^%.%.%.%s*$") then return fields, i + 1 end
        local k, v = l:match("^([%w_%-]+)%s*:%s*(.*)$")
        if k then
            key = k:lower()
            fields[key] = values(v)
        elseif key and l:match("^%s+%-%s+") then
            local list = fields[key]
            list[#list + 1] = scalar(l:match("^%s+%-%s+(.*)$"))
        end
    end
    return nil, 1 -- never closed: no front matter
end

-- Whether s reads as a person's name: two to four words, each capitalised
-- (or a lowercase particle inside: "Ursula von der Leyen").
local function person_like(s)
    if #s > 60 or s:find("[%d@:/|]") then return false end
    local words = {}
    for w in s:gmatch("%S+") do
        words[#words + 1] = w
    end
    if #words < 2 or #words > 5 then return false end
    for i, w in ipairs(words) do
        local first = w:byte(1)
        local capital = (first >= 65 and first <= 90) or first >= 0xC0
        local particle = i > 1 and i < #words and w:match("^%l+$") and #w <= 3
        if not capital and not particle then return false end
    end
    return true
end

-- Words that end an author's role, not a name ("By Clara Osei, Technology
-- Reporter").
local ROLES = {}
for w in ("reporter correspondent editor writer columnist contributor staff analyst producer author"):gmatch("%S+") do
    ROLES[w], ROLES[w .. "s"] = true, true
end

local function is_role(part)
    return ROLES[(part:match("(%S+)$") or ""):lower()] == true
end

-- The names of a byline line ("By A, B and C", "By A, Reuters"), or nil.
local function byline(line)
    local l = trim(line):gsub("^[#>%s]+", "")
    l = trim(l:gsub("^[%*_]+", ""):gsub("[%*_]+$", ""))
    local rest = l:match("^[Bb][Yy]%s+(.+)$")
    if not rest or #l > 120 then return nil end
    rest = rest:gsub("%[([^%]]*)%]%b()", "%1") -- [Name](link)
    rest = rest:gsub("%s+[|·—–]%s+.*$", "") -- "By A | Reuters", "By A · 3 min read"
    local names, publisher = {}, nil
    local parts = {}
    for part in (rest .. ","):gmatch("([^,]*),") do
        for p in (part .. " and "):gmatch("(.-)%s+and%s+") do
            if trim(p) ~= "" then parts[#parts + 1] = trim(p) end
        end
    end
    for i, p in ipairs(parts) do
        local role = i > 1 and is_role(p) -- "By Clara Osei, Senior Technology Reporter"
        if not role and person_like(p) then
            names[#names + 1] = p
        elseif not role and i == #parts and i > 1 and #names > 0 and not p:find("%l%s+%l") then
            publisher = p -- "By Clara Osei, Reuters"
        elseif not role then
            return nil -- prose that starts with "By" ("By Monday evening the app ...")
        end
    end
    if #names == 0 then return nil end
    return names, publisher
end

local function first_url(list)
    for _, v in ipairs(list or {}) do
        if v:match("^https?://%S+$") then return v end
    end
end

local function nonempty(list)
    local out = {}
    for _, v in ipairs(list or {}) do
        if v ~= "" then out[#out + 1] = v end
    end
    return #out > 0 and out or nil
end

--- What the head of a document says of its author, publisher and URL.
function M.read(text)
    local meta = {}
    if type(text) ~= "string" then return meta end
    text = text:sub(1, M.HEAD_BYTES):gsub("^\239\187\191", "") -- a UTF-8 BOM
    local lines = {}
    for l in (text .. "\n"):gmatch("([^\n]*)\n") do
        lines[#lines + 1] = (l:gsub("\r$", ""))
    end
    local fm, body = front_matter(lines)
    if fm then
        for k, list in pairs(fm) do
            if AUTHOR_KEYS[k] and not meta.authors then meta.authors = nonempty(list) end
            if PUBLISHER_KEYS[k] and not meta.publisher then meta.publisher = nonempty(list) and list[1] end
            if URL_KEYS[k] and not meta.url then meta.url = first_url(list) end
        end
    end
    if not meta.authors then
        for i = body, math.min(#lines, body + BYLINE_LINES) do
            local names, publisher = byline(lines[i])
            if names then
                meta.authors = names
                meta.publisher = meta.publisher or publisher
                break
            end
        end
    end
    return meta
end

--- The head of a file, read as M.read does; {} when it cannot be read.
function M.read_file(path)
    local f = type(path) == "string" and io.open(path, "rb")
    if not f then return {} end
    local text = f:read(M.HEAD_BYTES)
    f:close()
    return M.read(text)
end

-- The working directory, for relative paths.
local function cwd()
    local pwd = os.getenv("PWD")
    if pwd and pwd:sub(1, 1) == "/" then return pwd end
    local p = io.popen("pwd")
    local d = p and p:read("*l")
    if p then p:close() end
    return d or "/"
end

-- "/a/./b/../c" -> "/a/c".
local function normalise(path)
    local out = {}
    for part in path:gmatch("[^/]+") do
        if part == ".." then
            out[#out] = nil
        elseif part ~= "." then
            out[#out + 1] = part
        end
    end
    return "/" .. table.concat(out, "/")
end

--- True when s is a URL with a scheme (https://..., file://...).
function M.is_url(s)
    return type(s) == "string" and s:match("^%a[%w+.-]*://") ~= nil
end

--- A path made absolute against base (default: the working directory).
function M.absolute(path, base)
    if path:sub(1, 1) ~= "/" then
        base = base or cwd()
        if base:sub(1, 1) ~= "/" then base = cwd() .. "/" .. base end
        path = base .. "/" .. path
    end
    return normalise(path)
end

--- A path as an absolute file:// URL (RFC 8089), relative paths resolved
--- against base (default: the working directory); a URL is returned as is.
function M.file_url(path, base)
    if M.is_url(path) then return path end
    local encoded = M.absolute(path, base):gsub("[^%w%-%._~/!$&'()*+,;=:@]", function(c)
        return string.format("%%%02X", c:byte())
    end)
    return "file://" .. encoded
end

return M
