-- tools/lexicon-doc.lua: writes the table of lexicon classes in
-- doc/lexicon.md from data/lexicon/classes.tsv (the file the build compiles),
-- so the page cannot go stale: tests/lua/test_lexicon_doc.lua runs it with
-- --check, which fails naming what differs.
--
--   lua5.4 tools/lexicon-doc.lua [--check] [ROOT]

local check, root = false, "."
for _, a in ipairs(arg) do
    if a == "--check" then
        check = true
    else
        root = a
    end
end

local BEGIN = "<!-- classes: begin (written by tools/lexicon-doc.lua from data/lexicon/classes.tsv) -->"
local END = "<!-- classes: end -->"

local function read(path)
    local f = assert(io.open(path, "rb"))
    local s = f:read("a")
    f:close()
    return s
end

-- The classes in groups, as classes.tsv orders them: { title, classes =
-- { { name, meaning, cased } } }; a "# --- title ---" comment starts a group.
local function groups(tsv)
    local out = { { title = "Claims: what makes one, its kind and its hedge", classes = {} } }
    for line in tsv:gmatch("[^\n]+") do
        local title = line:match("^# %-%-%- (.-) %-%-%-%s*$")
        if title then
            title = title:gsub("%s*%(src/.-%)", ""):gsub("^%l", string.upper)
            out[#out + 1] = { title = title, classes = {} }
        elseif not line:match("^#") then
            local name, meaning, cased = line:match("^([^\t]+)\t([^\t]+)\t?(.*)$")
            assert(name, "classes.tsv: a line that is no class<TAB>meaning: " .. line)
            table.insert(out[#out].classes, { name = name, meaning = meaning, cased = cased == "cased" })
        end
    end
    return out
end

local function table_text(gs)
    local lines = { BEGIN }
    for _, g in ipairs(gs) do
        lines[#lines + 1] = ""
        lines[#lines + 1] = "### " .. g.title
        lines[#lines + 1] = ""
        lines[#lines + 1] = "| class | what a word of it signals |"
        lines[#lines + 1] = "| --- | --- |"
        for _, c in ipairs(g.classes) do
            local meaning = c.meaning:gsub("|", "\\|")
            lines[#lines + 1] = "| `" .. c.name .. "`" .. (c.cased and " (cased)" or "") .. " | " .. meaning .. " |"
        end
    end
    lines[#lines + 1] = ""
    lines[#lines + 1] = END
    return table.concat(lines, "\n")
end

local doc_path = root .. "/doc/lexicon.md"
local doc = read(doc_path)
local b, e = doc:find(BEGIN, 1, true), select(2, doc:find(END, 1, true))
if not b or not e then
    io.stderr:write(doc_path, ": no ", BEGIN, " ... ", END, " block\n")
    os.exit(1)
end
local new = doc:sub(1, b - 1) .. table_text(groups(read(root .. "/data/lexicon/classes.tsv"))) .. doc:sub(e + 1)
if new == doc then os.exit(0) end
if check then
    io.stderr:write(
        doc_path,
        ": the class table differs from data/lexicon/classes.tsv; run lua5.4 tools/lexicon-doc.lua\n"
    )
    os.exit(1)
end
local f = assert(io.open(doc_path, "wb"))
f:write(new)
f:close()
