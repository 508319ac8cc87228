-- tools/dict-check.lua: safety checks for data/entities.tsv.
--
--   lua5.4 tools/dict-check.lua lint   [--since REV]
--   lua5.4 tools/dict-check.lua corpus [--since REV] [--all] [PATH...]
--
-- Every alias is matched case-sensitively as a whole word everywhere, so a
-- new alias that is an ordinary capitalised word fires on sentence-initial
-- English. These checks are for reviewing a dictionary change by eye:
--
-- lint    errors (exit 1): a malformed line, a canonical name listed twice,
--         a form (name or alias) that two entries claim (the later one would
--         silently win), a possessive alias of another form of the entry
--         (the engine adds those). Warnings: single-word forms that are English words in
--         /usr/share/dict/words (Debian: wamerican), person aliases that
--         are a bare common Chinese surname. With --since REV the warnings
--         are limited to forms that REV's dictionary lacked.
-- corpus  parses the articles (default: eval/articles, eval/holdout/articles,
--         examples, and the Vim user manual as a sample of ordinary English
--         prose where it is installed) and prints every dictionary mention
--         of a name or of a form new since REV (default HEAD), with its line, so
--         that each newly matched name can be checked for false positives.
--         --all prints every dictionary mention instead.
--
-- Build first (make); the engine is loaded from build/lua5.4 as tools/eval.lua
-- does.

local function dirname(path)
    return path:match("^(.*)/[^/]*$") or "."
end
local TOOLS = dirname(arg and arg[0] or "tools/dict-check.lua")
local ROOT = TOOLS == "tools" and "." or TOOLS:match("^(.+)/tools$") or TOOLS .. "/.."
package.cpath = ROOT .. "/build/lua5.4/?.so;" .. package.cpath
package.path = ROOT .. "/lua/?.lua;" .. package.path

local TSV = ROOT .. "/data/entities.tsv"
local KINDS = { org = true, person = true, model = true, chip = true, product = true, place = true }
-- Shared by many people: never a person alias on their own (see the TSV header).
local SURNAMES = {}
for w in
    ([[Chen Guo Huang Li Liang Lin Liu Lee Ma Wang Wu Xu Yang Zhang Zhao Zhou Kim Park
           Smith Jones Brown Johnson Williams Miller Davis Wilson Taylor Lee Moore]]):gmatch("%S+")
do
    SURNAMES[w] = true
end

local function shell_quote(s)
    return "'" .. s:gsub("'", "'\\''") .. "'"
end

local function read_cmd(cmd)
    local p = io.popen(cmd)
    local out = p:read("a")
    local ok = p:close()
    return out, ok
end

-- Parses TSV text: { entries = {{name, kind, aliases, tags, line}}, errors = {...} }.
local function parse_tsv(text, label)
    local entries, errors = {}, {}
    local n = 0
    for raw in (text .. "\n"):gmatch("([^\n]*)\n") do
        n = n + 1
        local ln = raw:gsub("\r$", "")
        if ln ~= "" and ln:sub(1, 1) ~= "#" and ln:find("%S") then
            local f = {}
            for field in (ln .. "\t"):gmatch("([^\t]*)\t") do
                f[#f + 1] = field
            end
            if #f < 2 or #f > 4 then
                errors[#errors + 1] = string.format("%s:%d: %d fields (name, kind, aliases, tags)", label, n, #f)
            elseif not KINDS[f[2]] then
                errors[#errors + 1] = string.format("%s:%d: unknown kind %q", label, n, f[2])
            else
                local aliases = {}
                for a in (f[3] or ""):gmatch("[^|]+") do
                    aliases[#aliases + 1] = a
                end
                for tag in (f[4] or ""):gmatch("[^,]+") do
                    tag = tag:match("^%s*(.-)%s*$")
                    if tag ~= "outlet" and tag ~= "word" and not tag:match("^country=%u%u$") then
                        errors[#errors + 1] =
                            string.format("%s:%d: unknown tag %q (outlet, word, country=XX)", label, n, tag)
                    end
                end
                entries[#entries + 1] = { name = f[1], kind = f[2], aliases = aliases, tags = f[4], line = n }
            end
        end
    end
    return { entries = entries, errors = errors }
end

local function load_current()
    local fh = assert(io.open(TSV, "rb"))
    local text = fh:read("a")
    fh:close()
    return parse_tsv(text, "data/entities.tsv")
end

-- The set of forms (names and aliases) and of names in REV's dictionary.
local function load_rev(rev)
    local text, ok = read_cmd(
        "git -C " .. shell_quote(ROOT) .. " show " .. shell_quote(rev .. ":data/entities.tsv") .. " 2>/dev/null"
    )
    if not ok then
        io.stderr:write("dict-check: cannot read data/entities.tsv at ", rev, "\n")
        os.exit(2)
    end
    local d = parse_tsv(text, rev)
    local forms, names = {}, {}
    for _, e in ipairs(d.entries) do
        names[e.name] = true
        forms[e.name] = true
        for _, a in ipairs(e.aliases) do
            forms[a] = true
        end
    end
    return forms, names
end

local function load_words()
    local fh = io.open("/usr/share/dict/words", "rb")
    if not fh then return nil end
    local words = {}
    for w in fh:lines() do
        words[w] = true
    end
    fh:close()
    return words
end

---------------------------------------------------------------------------
-- lint
---------------------------------------------------------------------------

local function lint(since)
    local d = load_current()
    local errors, warnings = d.errors, {}
    local owner, seen_name = {}, {}
    local base_forms = since and load_rev(since) or nil
    local words = load_words()
    if not words then
        warnings[#warnings + 1] = "no /usr/share/dict/words (apt-get install wamerican): English-word check skipped"
    end
    for _, e in ipairs(d.entries) do
        if seen_name[e.name] then
            errors[#errors + 1] =
                string.format("line %d: %q listed twice (also line %d)", e.line, e.name, seen_name[e.name])
        end
        seen_name[e.name] = e.line
        local forms = { e.name }
        for _, a in ipairs(e.aliases) do
            forms[#forms + 1] = a
        end
        for i, form in ipairs(forms) do
            local prev = owner[form]
            if prev and prev ~= e.name then
                errors[#errors + 1] =
                    string.format("line %d: %q is a form of both %q and %q", e.line, form, prev, e.name)
            end
            owner[form] = e.name
            local stem = form:match("^(.-)'s$") or form:match("^(.-)\u{2019}s$")
            if i > 1 and stem then
                for _, other in ipairs(forms) do
                    if other == stem then
                        errors[#errors + 1] =
                            string.format("line %d: possessive alias %q (the engine handles 's)", e.line, form)
                    end
                end
            end
            if form ~= form:match("^%s*(.-)%s*$") then
                errors[#errors + 1] = string.format("line %d: %q has surrounding spaces", e.line, form)
            end
            local new = not base_forms or not base_forms[form]
            if new and words and not form:find("[%s%-%.]") and form:match("^%u%l+$") and words[form:lower()] then
                warnings[#warnings + 1] =
                    string.format("line %d: %q (%s %s) is an English word", e.line, form, e.kind, e.name)
            end
            if new and i > 1 and e.kind == "person" and SURNAMES[form] then
                warnings[#warnings + 1] =
                    string.format("line %d: bare common surname %q as an alias of %q", e.line, form, e.name)
            end
        end
    end
    for _, w in ipairs(warnings) do
        print("warning: " .. w)
    end
    for _, err in ipairs(errors) do
        print("error: " .. err)
    end
    print(string.format("%d entries, %d errors, %d warnings", #d.entries, #errors, #warnings))
    return #errors == 0
end

---------------------------------------------------------------------------
-- corpus
---------------------------------------------------------------------------

local function list_files(paths)
    local files = {}
    for _, p in ipairs(paths) do
        local out = read_cmd(
            "find "
                .. shell_quote(p)
                .. " -type f \\( -name '*.md' -o -name '*.txt' -o -name '*.markdown' \\) 2>/dev/null | sort"
        )
        for f in out:gmatch("[^\n]+") do
            files[#files + 1] = f
        end
    end
    return files
end

local function corpus(since, all, paths)
    local ok, core = pcall(require, "deepseek_claims.core")
    if not ok then
        io.stderr:write("dict-check: cannot load the engine (run make): ", tostring(core), "\n")
        os.exit(2)
    end
    if #paths == 0 then
        paths = { ROOT .. "/eval/articles", ROOT .. "/eval/holdout/articles", ROOT .. "/examples" }
        local manual = io.open("/usr/share/vim/vim90/doc/usr_01.txt", "rb")
        if manual then
            manual:close()
            paths[#paths + 1] = "/usr/share/vim/vim90/doc/usr_*.txt"
        end
    end
    local base_forms, base_names = load_rev(since or "HEAD")
    local new_forms = {}
    for _, e in ipairs(load_current().entries) do
        for _, form in ipairs({ e.name, table.unpack(e.aliases) }) do
            if not base_forms[form] then new_forms[form] = true end
        end
    end
    local files = {}
    for _, p in ipairs(paths) do
        if p:find("%*") then
            local out = read_cmd("ls -1 " .. p .. " 2>/dev/null")
            for f in out:gmatch("[^\n]+") do
                files[#files + 1] = f
            end
        else
            for _, f in ipairs(list_files({ p })) do
                files[#files + 1] = f
            end
        end
    end
    local by_name, order, total = {}, {}, 0
    for _, path in ipairs(files) do
        local fh = io.open(path, "rb")
        local text = fh and fh:read("a") or ""
        if fh then fh:close() end
        local lines = {}
        for l in (text .. "\n"):gmatch("([^\n]*)\n") do
            lines[#lines + 1] = l
        end
        local doc = core.parse(text, { markdown = not path:match("/usr/share/") })
        for _, e in ipairs(doc:entities()) do
            if e.known ~= false then
                for _, m in ipairs(e.mentions or {}) do
                    if all or not base_names[e.name] or new_forms[m.text] then
                        if not by_name[e.name] then
                            by_name[e.name] = { kind = e.kind, hits = {} }
                            order[#order + 1] = e.name
                        end
                        local ctx = (lines[m.line] or ""):gsub("^%s+", "")
                        if #ctx > 160 then
                            local at = math.max(1, (m.col or 1) - 70)
                            ctx = "..." .. ctx:sub(at, at + 150) .. "..."
                        end
                        table.insert(
                            by_name[e.name].hits,
                            string.format(
                                "    %s:%d  [%s]  %s",
                                path:gsub("^" .. ROOT:gsub("%p", "%%%0") .. "/", ""),
                                m.line,
                                m.text,
                                ctx
                            )
                        )
                        total = total + 1
                    end
                end
            end
        end
    end
    table.sort(order)
    for _, name in ipairs(order) do
        local b = by_name[name]
        print(string.format("%s (%s)%s: %d", name, b.kind, base_names[name] and "" or " NEW", #b.hits))
        for _, h in ipairs(b.hits) do
            print(h)
        end
    end
    print(
        string.format(
            "%d files, %d mentions of %d names %s",
            #files,
            total,
            #order,
            all and "in all" or ("new since " .. (since or "HEAD"))
        )
    )
    return true
end

---------------------------------------------------------------------------

local mode = arg[1]
local since, all, paths = nil, false, {}
local i = 2
while arg[i] do
    if arg[i] == "--since" then
        since = arg[i + 1]
        i = i + 2
    elseif arg[i] == "--all" then
        all = true
        i = i + 1
    else
        paths[#paths + 1] = arg[i]
        i = i + 1
    end
end
if mode == "lint" then
    os.exit(lint(since) and 0 or 1)
elseif mode == "corpus" then
    os.exit(corpus(since, all, paths) and 0 or 1)
else
    io.stderr:write(
        "usage: lua5.4 tools/dict-check.lua lint [--since REV]\n",
        "       lua5.4 tools/dict-check.lua corpus [--since REV] [--all] [PATH...]\n"
    )
    os.exit(2)
end
