-- config.lua: the defaults, the merge of the user's options over them, and
-- their validation. A bad option is reported ("(deepseek-claims) `path`
-- ...") and its default used: build() returns every problem, and setup()
-- shows them through vim.notify without stopping the user's init.lua.
local M = {}

local ENTITY_KINDS = { org = true, person = true, model = true, chip = true, product = true, place = true }
M.entity_kinds = { "org", "person", "model", "chip", "product", "place" }
M.claim_kinds = { "cost", "time", "hardware", "benchmark", "market", "funding", "policy", "quote", "other" }

M.defaults = {
    -- Buffers of these filetypes get inline highlights, the hover key and auto-hover.
    filetypes = { "markdown", "text" },
    -- Clean markdown (links, \$ escapes, emphasis) before finding claims.
    markdown = true,
    -- Above this size (bytes) a buffer is not parsed automatically (highlights,
    -- auto-hover); the commands still work on request. Parses run on a thread
    -- and only what windows show is drawn, so this is about memory and the
    -- wait for the first highlights (about 1 s at 8 MiB), not about stalls.
    max_filesize = 8 * 1024 * 1024,
    -- Extra entities: a list of { name = , kind = , aliases = { ... } }, or the
    -- path of a TSV file (canonical<TAB>kind<TAB>alias|alias). Same name overrides.
    entities = nil,
    -- Start from the built-in dictionary.
    builtin_entities = true,
    hover = {
        key = "K", -- buffer-local hover key; false: no mapping
        auto = false, -- open the hover on CursorHold over an entity
        border = "rounded",
        max_width = 80,
        max_height = 20,
    },
    list = {
        border = "rounded",
        group = false, -- start grouped by entity (true) or in document order
        width = 0.8, -- fraction of the editor (<= 1) or columns (> 1)
        height = 0.7,
        preview = true, -- the whole claim under the cursor in a float below the list
        keys = {
            jump = "<CR>",
            close = { "q", "<Esc>" },
            group = "<Tab>", -- toggles grouping by entity / document order
            filter = "f", -- cycles the kind filter
            split = "<C-x>", -- open the claim in a split,
            vsplit = "<C-v>", -- a vertical split,
            tab = "<C-t>", -- a new tab
            preview = "p", -- toggles the preview
            why = "w", -- toggles a line per claim: the engine's rules (also in the entered hover)
        },
    },
    highlights = {
        enabled = true, -- inline highlights; :DeepSeekClaims toggle flips it
        entities = true, -- highlight entity mentions
        markers = "eol", -- claim markers: 'eol' (virtual text), 'sign', or false
        debounce = 150, -- ms after the last change before re-parsing
    },
    corpus = {
        folders = {}, -- :DeepSeekClaims scan without an argument scans these (else the cwd)
        watch = false, -- re-scan files that change on disk after a scan (libuv fs events)
        jobs = 2, -- worker threads of a scan
        extensions = nil, -- file extensions scanned; nil: md, markdown, txt
        max_bytes = nil, -- files above this size are skipped; nil: the engine's cap (16 MiB)
        debounce = 300, -- ms after the last change on disk before re-scanning
        -- keep each scan's results in stdpath("cache")/deepseek-claims: a rescan
        -- parses only changed files, and the next session restores the corpus
        cache = true,
    },
    ledger = {
        path = nil, -- the user ledger :DeepSeekClaims save writes; nil: ./.deepseek-claims.jsonl
        -- when it exists, else stdpath('data')/deepseek-claims/ledger.jsonl
        files = {}, -- more ledgers to read (a team's, a project's)
        bundled = true, -- read the bundled data/ledger.jsonl
    },
    conflicts = {
        tolerance = 0.25, -- relative gap two figures may have and still agree
    },
    diagnostics = {
        enabled = true, -- figures that disagree with the ledgers and the corpus as vim.diagnostic
        agree = false, -- also an INFO diagnostic on each figure that agrees
        severity = "warn", -- of a disagreement: "error", "warn", "info" or "hint"
    },
    -- :DeepSeekClaims pick: "auto" (the first installed of Telescope, fzf-lua,
    -- snacks.picker, mini.pick, else vim.ui.select) or one of those by name
    picker = "auto",
}

M.severities = { error = true, warn = true, info = true, hint = true }
M.picker_names = { '"auto"', '"telescope"', '"fzf-lua"', '"snacks"', '"mini.pick"', '"select"' }
M.pickers = { auto = true, telescope = true, ["fzf-lua"] = true, snacks = true, ["mini.pick"] = true, select = true }

-- Validation ----------------------------------------------------------------

-- A bad option: raised as a table { path =, msg = } that build() catches,
-- reports and mends (the option at path gets its default), then validates
-- again, so one setup() reports every bad option.
local function fail(path, msg)
    error({ path = path, msg = "(deepseek-claims) `" .. path .. "` " .. msg }, 0)
end

local function show(v)
    if type(v) == "string" then return string.format("%q", v) end
    if type(v) == "table" then return "a table" end
    return tostring(v)
end

local function is_list(t)
    if type(t) ~= "table" then return false end
    local n = 0
    for k in pairs(t) do
        if type(k) ~= "number" then return false end
        n = n + 1
    end
    return n == #t
end

local function edit_distance(a, b)
    local prev = {}
    for j = 0, #b do
        prev[j] = j
    end
    for i = 1, #a do
        local cur = { [0] = i }
        for j = 1, #b do
            local cost = a:sub(i, i) == b:sub(j, j) and 0 or 1
            cur[j] = math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
        end
        prev = cur
    end
    return prev[#b]
end

local function check_keys(path, t, known)
    for k in pairs(t) do
        if known[k] == nil then
            local where = path == "" and "" or path .. "."
            local hint = ""
            for name in pairs(known) do
                if type(k) == "string" and edit_distance(k, name) <= 2 then
                    hint = " (did you mean `" .. where .. name .. "`?)"
                end
            end
            error({
                path = where .. tostring(k),
                msg = "(deepseek-claims) unknown option `" .. where .. tostring(k) .. "`" .. hint,
            }, 0)
        end
    end
end

local function check_table(path, v)
    if type(v) ~= "table" then fail(path, "must be a table, got " .. show(v)) end
end

local function check_bool(path, v)
    if type(v) ~= "boolean" then fail(path, "must be true or false, got " .. show(v)) end
end

local function check_number(path, v, min)
    if type(v) ~= "number" or v ~= v or v < min then
        fail(path, "must be a number >= " .. min .. ", got " .. show(v))
    end
end

local function check_key(path, v, allow_false)
    if allow_false and v == false then return end
    if type(v) ~= "string" or v == "" then
        fail(path, 'must be a key like "K"' .. (allow_false and " or false" or "") .. ", got " .. show(v))
    end
end

local function check_keys_list(path, v)
    if type(v) == "string" then return check_key(path, v) end
    if not is_list(v) then fail(path, "must be a key or a list of keys, got " .. show(v)) end
    for i, k in ipairs(v) do
        check_key(path .. "[" .. i .. "]", k)
    end
end

local BORDERS = { none = true, single = true, double = true, rounded = true, solid = true, shadow = true }
local function check_border(path, v)
    if type(v) == "string" and BORDERS[v] then return end
    if is_list(v) and #v > 0 and #v <= 8 then
        for i, c in ipairs(v) do
            if type(c) ~= "string" and not (type(c) == "table" and type(c[1]) == "string") then
                fail(path .. "[" .. i .. "]", "must be a string or {char, highlight}, got " .. show(c))
            end
        end
        return
    end
    fail(
        path,
        'must be one of "none", "single", "double", "rounded", "solid", "shadow" or a list of border characters, got '
            .. show(v)
    )
end

local function check_size(path, v)
    if type(v) ~= "number" or v ~= v or v <= 0 then
        fail(path, "must be a fraction of the editor (0 < n <= 1) or a number of cells (> 1), got " .. show(v))
    end
end

--- Validates one user entity { name =, kind =, aliases = }.
local function check_entity(path, e)
    if type(e) ~= "table" then fail(path, "must be a table { name = , kind = , aliases = }, got " .. show(e)) end
    check_keys(path, e, { name = true, kind = true, aliases = true })
    if type(e.name) ~= "string" or not e.name:find("%S") then
        fail(path .. ".name", "must be a non-empty string, got " .. show(e.name))
    end
    if not ENTITY_KINDS[e.kind] then
        fail(path .. ".kind", "must be one of " .. table.concat(M.entity_kinds, ", ") .. ", got " .. show(e.kind))
    end
    if e.aliases ~= nil then
        if not is_list(e.aliases) then
            fail(path .. ".aliases", "must be a list of strings, got " .. show(e.aliases))
        end
        for i, a in ipairs(e.aliases) do
            if type(a) ~= "string" or not a:find("%S") then
                fail(path .. ".aliases[" .. i .. "]", "must be a non-empty string, got " .. show(a))
            end
        end
    end
end

local function check_entities(path, v)
    if v == nil then return end
    if type(v) == "string" then
        local p = vim.fn.expand(v)
        if vim.fn.filereadable(p) ~= 1 then fail(path, "names a TSV file that cannot be read: " .. v) end
        return
    end
    if not is_list(v) then
        fail(path, "must be a list of { name = , kind = , aliases = } or the path of a TSV file, got " .. show(v))
    end
    for i, e in ipairs(v) do
        check_entity(path .. "[" .. i .. "]", e)
    end
end

--- Validates a complete (merged) configuration; raises on the first problem
--- (a table { path =, msg = }: see build()).
function M.validate(c)
    if type(c.filetypes) == "string" then c.filetypes = { c.filetypes } end
    if not is_list(c.filetypes) then
        fail("filetypes", "must be a list of filetype names, got " .. show(c.filetypes))
    end
    for i, ft in ipairs(c.filetypes) do
        if type(ft) ~= "string" or ft == "" then
            fail("filetypes[" .. i .. "]", "must be a filetype name, got " .. show(ft))
        end
    end
    check_bool("markdown", c.markdown)
    check_number("max_filesize", c.max_filesize, 0)
    check_entities("entities", c.entities)
    check_bool("builtin_entities", c.builtin_entities)

    check_key("hover.key", c.hover.key, true)
    check_bool("hover.auto", c.hover.auto)
    check_border("hover.border", c.hover.border)
    check_number("hover.max_width", c.hover.max_width, 20)
    check_number("hover.max_height", c.hover.max_height, 3)

    check_border("list.border", c.list.border)
    check_bool("list.group", c.list.group)
    check_size("list.width", c.list.width)
    check_size("list.height", c.list.height)
    check_bool("list.preview", c.list.preview)
    for _, k in ipairs({ "jump", "group", "filter", "split", "vsplit", "tab", "preview", "why" }) do
        check_key("list.keys." .. k, c.list.keys[k])
    end
    check_keys_list("list.keys.close", c.list.keys.close)

    check_bool("highlights.enabled", c.highlights.enabled)
    check_bool("highlights.entities", c.highlights.entities)
    local mk = c.highlights.markers
    if mk ~= false and mk ~= "eol" and mk ~= "sign" then
        fail("highlights.markers", 'must be "eol", "sign" or false, got ' .. show(mk))
    end
    check_number("highlights.debounce", c.highlights.debounce, 0)
    check_table("corpus", c.corpus)
    check_table("corpus.folders", c.corpus.folders)
    for i, f in ipairs(c.corpus.folders) do
        if type(f) ~= "string" or f == "" then
            fail("corpus.folders[" .. i .. "]", "must be a folder path, got " .. show(f))
        end
    end
    check_bool("corpus.watch", c.corpus.watch)
    if
        type(c.corpus.jobs) ~= "number"
        or c.corpus.jobs ~= math.floor(c.corpus.jobs)
        or c.corpus.jobs < 1
        or c.corpus.jobs > 64
    then
        fail("corpus.jobs", "must be a whole number from 1 to 64, got " .. show(c.corpus.jobs))
    end
    if c.corpus.extensions ~= nil then
        if not is_list(c.corpus.extensions) or #c.corpus.extensions == 0 then
            fail(
                "corpus.extensions",
                'must be a list of extensions like { "md", "txt" }, got ' .. show(c.corpus.extensions)
            )
        end
        for i, x in ipairs(c.corpus.extensions) do
            if type(x) ~= "string" or not x:match("^%.?[%w_+-]+$") then
                fail("corpus.extensions[" .. i .. "]", 'must be an extension like "md", got ' .. show(x))
            end
        end
    end
    local mb = c.corpus.max_bytes -- the engine takes whole numbers only
    if mb ~= nil and (type(mb) ~= "number" or mb ~= math.floor(mb) or mb < 1 or mb == math.huge) then
        fail("corpus.max_bytes", "must be a whole number >= 1, got " .. show(mb))
    end
    check_number("corpus.debounce", c.corpus.debounce, 0)
    check_bool("corpus.cache", c.corpus.cache)

    check_table("ledger", c.ledger)
    local lp = c.ledger.path
    if lp ~= nil and not (type(lp) == "string" and lp ~= "") and type(lp) ~= "function" then
        fail("ledger.path", "must be a file path or a function returning one, got " .. show(lp))
    end
    if type(c.ledger.files) == "string" then c.ledger.files = { c.ledger.files } end
    if not is_list(c.ledger.files) then
        fail("ledger.files", "must be a list of ledger paths, got " .. show(c.ledger.files))
    end
    for i, f in ipairs(c.ledger.files) do
        if type(f) ~= "string" or f == "" then
            fail("ledger.files[" .. i .. "]", "must be a file path, got " .. show(f))
        end
    end
    check_bool("ledger.bundled", c.ledger.bundled)
    check_table("conflicts", c.conflicts)
    local tol = c.conflicts.tolerance
    if type(tol) ~= "number" or tol ~= tol or tol < 0 or tol >= 1 then
        fail("conflicts.tolerance", "must be a fraction from 0 to below 1 (0.25 is 25%), got " .. show(tol))
    end
    check_table("diagnostics", c.diagnostics)
    check_bool("diagnostics.enabled", c.diagnostics.enabled)
    check_bool("diagnostics.agree", c.diagnostics.agree)
    if not M.severities[c.diagnostics.severity] then
        fail("diagnostics.severity", 'must be "error", "warn", "info" or "hint", got ' .. show(c.diagnostics.severity))
    end
    if not M.pickers[c.picker] then
        fail("picker", "must be one of " .. table.concat(M.picker_names, ", ") .. ", got " .. show(c.picker))
    end
    return c
end

-- Merge -----------------------------------------------------------------------

-- Sections merged key by key; every other option is replaced as a whole.
local SECTIONS = {
    hover = true,
    list = true,
    ["list.keys"] = true,
    highlights = true,
    corpus = true,
    ledger = true,
    conflicts = true,
    diagnostics = true,
}

-- Options that default to nil (pairs() over the defaults does not see them).
local NIL_DEFAULTS = {
    [""] = { entities = true },
    corpus = { extensions = true, max_bytes = true },
    ledger = { path = true },
}

local function merge(path, default, user)
    local known = {}
    for k in pairs(default) do
        known[k] = true
    end
    -- options whose default is nil are known too
    for k in pairs(NIL_DEFAULTS[path] or {}) do
        known[k] = true
    end
    check_keys(path, user, known)
    local out = {}
    for k, v in pairs(default) do
        out[k] = v
    end
    for k, v in pairs(user) do
        local sub = path == "" and k or path .. "." .. k
        if SECTIONS[sub] then
            check_table(sub, v)
            out[k] = merge(sub, default[k], v)
        else
            out[k] = v
        end
    end
    return out
end

-- Removes the option a problem names from the user's options, so its
-- default applies: "list.keys.quit" removes that key, "entities[2].kind" the
-- whole `entities`. Returns false when there was nothing to remove.
local function drop(user, path)
    local keys = vim.split((path:gsub("%[.*$", "")), ".", { plain = true })
    local t = user
    for i = 1, #keys - 1 do
        t = type(t) == "table" and t[keys[i]] or nil
    end
    if type(t) ~= "table" or t[keys[#keys]] == nil then return false end
    t[keys[#keys]] = nil
    return true
end

--- The defaults merged with opts (nil: the defaults), validated: returns
--- the configuration and the list of problems ("(deepseek-claims) ..."
--- messages, empty when every option is good). A bad option, an unknown
--- one, or opts that are not a table are reported, and the defaults of
--- those options are used.
function M.build(opts)
    local problems = {}
    if opts ~= nil and type(opts) ~= "table" then
        problems[1] = "(deepseek-claims) setup() expects a table of options, got " .. show(opts)
        opts = nil
    end
    local user = vim.deepcopy(opts or {})
    while true do
        local ok, res = pcall(function()
            return M.validate(merge("", vim.deepcopy(M.defaults), vim.deepcopy(user)))
        end)
        if ok then return res, problems end
        -- a Lua error, not a bad option, or one that mending does not remove
        if type(res) ~= "table" or not res.msg then error(res, 0) end
        problems[#problems + 1] = res.msg
        if not drop(user, res.path) then error(res.msg, 0) end
    end
end

-- The live configuration, read by every module.
M.current = M.build(nil)

return M
