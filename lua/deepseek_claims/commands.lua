-- commands.lua: :DeepSeekClaims and its subcommands, every one of them in
-- one table, the registry: name -> { desc =, run = function(args, opts),
-- complete = function(lead, typed) }. Completion, the usage message and
-- the tests of the help follow it; register() adds one. The modules that do
-- the work load when a subcommand runs.
local M = {}

local function dsc()
    return require("deepseek_claims")
end
local function config()
    return require("deepseek_claims.config")
end
local function corpus()
    return require("deepseek_claims.corpus")
end

-- Completes the kinds of claims.
local function complete_kinds(lead)
    local out = {}
    for _, k in ipairs(config().claim_kinds) do
        if k:sub(1, #lead) == lead then out[#out + 1] = k end
    end
    return out
end

-- The dictionary's canonical names, sorted, and its aliases -> canonical
-- name, built once per dictionary (6,086 names and aliases, 4,172 entities).
local dict_names = { dict = false }
local function dictionary(engine)
    local d = engine.dict() or "core"
    if dict_names.dict ~= d then
        local canon, alias = {}, {}
        for _, n in ipairs(engine.names()) do
            local e = engine.lookup(n)
            if e and e.name == n then
                canon[#canon + 1] = n
            elseif e and e.name then
                alias[n] = e.name
            end
        end
        table.sort(canon, function(a, b)
            return a:lower() < b:lower()
        end)
        dict_names = { dict = d, canon = canon, alias = alias }
    end
    return dict_names
end

-- The canonical names of the entities the current buffer mentions, sorted,
-- from the newest parse there is, even of older text: completing parses
-- only a small buffer that was never parsed.
local function buffer_entities(engine)
    local buf = vim.api.nvim_get_current_buf()
    local entry = engine.latest(buf)
    if not entry and require("deepseek_claims.util").buf_size(buf) <= engine.SYNC_BYTES then
        entry = engine.document(buf, { auto = true })
    end
    local seen, names = {}, {}
    if entry then
        entry.mentions = entry.mentions or entry.doc:mentions()
        for _, m in ipairs(entry.mentions) do
            if type(m.name) == "string" and m.name ~= "" and not seen[m.name] then
                seen[m.name] = true
                names[#names + 1] = m.name
            end
        end
    end
    table.sort(names, function(a, b)
        return a:lower() < b:lower()
    end)
    return names
end

-- Calls fn(name) with the name the arguments give, else with the entity
-- under the cursor (once the buffer's parse is there); with neither, says
-- how to name one.
local function named(args, sub, fn)
    local name = table.concat(args, " ")
    if name ~= "" then return fn(name) end
    require("deepseek_claims.hover").at_cursor({}, function(m, err)
        local util = require("deepseek_claims.util")
        if m then return fn(m.name) end
        if err then return util.error(err) end
        util.warn("no entity under the cursor: name one, :DeepSeekClaims " .. sub .. " {name}")
    end)
end

-- Completes entity names, one per entity (its canonical name): the
-- buffer's first, then, once something is typed, the dictionary's (all
-- 4,172 for an empty argument were noise). An alias typed as one word
-- ("NVDA") completes to its entity's name. Names may hold spaces: `typed`
-- is everything after "entity ", and each candidate is returned from where
-- the current argument starts.
local function complete_entities(lead, typed)
    local engine = require("deepseek_claims.engine")
    local start = #typed - #lead -- bytes of `typed` before the current argument
    local low = typed:lower()
    local function starts(n)
        return n:sub(1, #typed):lower() == low
    end
    local mine = buffer_entities(engine)
    if typed == "" then return mine end
    local d = dictionary(engine)
    -- the entities an alias typed as one word names
    local by_alias = {}
    if start == 0 then
        for a, n in pairs(d.alias) do
            if starts(a) then by_alias[n] = true end
        end
    end
    local seen, out = {}, {}
    local function add(n, ok)
        if not seen[n] and ok then
            seen[n] = true
            out[#out + 1] = starts(n) and n:sub(start + 1) or n
        end
    end
    for _, n in ipairs(mine) do
        add(n, starts(n) or by_alias[n])
    end
    for _, n in ipairs(d.canon) do
        add(n, starts(n))
    end
    for _, n in ipairs(d.canon) do
        add(n, by_alias[n])
    end
    return out
end

local KINDS = nil
local function is_kind(k)
    if not KINDS then
        KINDS = {}
        for _, x in ipairs(config().claim_kinds) do
            KINDS[x] = true
        end
    end
    return KINDS[k]
end

M.subcommands = {
    list = {
        desc = "the claims of the buffer in a float (optionally one kind)",
        run = function(args)
            if args[1] and not is_kind(args[1]) then
                return require("deepseek_claims.util").error(
                    'unknown kind "' .. args[1] .. '"; kinds: ' .. table.concat(config().claim_kinds, ", ")
                )
            end
            dsc().list({ kind = args[1] })
        end,
        complete = complete_kinds,
    },
    entity = {
        desc = "the claims about one entity: entity [name] (default: under the cursor)",
        run = function(args)
            named(args, "entity", function(name)
                dsc().entity(name)
            end)
        end,
        complete = complete_entities,
    },
    qf = {
        desc = "the claims into the quickfix list",
        run = function()
            dsc().qf()
        end,
    },
    loclist = {
        desc = "the claims into the window's location list",
        run = function()
            dsc().loclist()
        end,
    },
    hover = {
        desc = "the popup for the entity under the cursor",
        run = function()
            dsc().hover()
        end,
    },
    toggle = {
        desc = "inline highlights on/off",
        run = function()
            dsc().toggle()
        end,
    },
    refresh = {
        desc = "re-read the dictionary and re-parse the buffer",
        run = function()
            dsc().refresh()
        end,
    },
    scan = {
        desc = "scan a folder of articles in the background, added to the corpus: scan [dir]",
        run = function(args)
            corpus().scan(args[1])
        end,
        complete = function(lead)
            return vim.fn.getcompletion(lead, "dir")
        end,
    },
    corpus = {
        desc = "the scanned corpus claims (about one entity) into the quickfix list; corpus clear forgets it, its folders and its cache",
        run = function(args)
            if #args == 1 and args[1] == "clear" then return corpus().clear() end
            corpus().quickfix(#args > 0 and table.concat(args, " ") or nil)
        end,
        complete = function(lead, typed)
            local out = ("clear"):sub(1, #lead) == lead and { "clear" } or {}
            for _, name in ipairs(complete_entities(lead, typed) or {}) do
                out[#out + 1] = name
            end
            return out
        end,
    },
    skipped = {
        desc = "the paths the last scan did not read, with the reason",
        run = function()
            corpus().show_skipped()
        end,
    },
    known = {
        desc = "corpus and ledger claims about an entity into the quickfix list: known [name] (default: under the cursor)",
        run = function(args)
            named(args, "known", function(name)
                corpus().known(name)
            end)
        end,
        complete = complete_entities,
    },
    save = {
        desc = "save the claim under the cursor to your ledger (status, note)",
        run = function()
            require("deepseek_claims.save").run()
        end,
    },
    conflicts = {
        desc = "figures that disagree across buffer, corpus and ledgers: conflicts [entity]",
        run = function(args)
            require("deepseek_claims.report").conflicts(table.concat(args, " "))
        end,
        complete = complete_entities,
    },
    pick = {
        desc = "search buffer, corpus and ledger claims in your picker: pick [entity]",
        run = function(args)
            dsc().pick(table.concat(args, " "))
        end,
        complete = complete_entities,
    },
    export = {
        desc = "export buffer, corpus and ledger claims: export {file} [jsonl|csv|claimreview]",
        run = function(args)
            require("deepseek_claims.report").export(args)
        end,
        complete = function(lead, typed)
            if (typed or ""):find("%S+%s+") then
                local out = {}
                for _, f in ipairs(require("deepseek_claims.lib.export").FORMATS) do
                    if f:sub(1, #lead) == lead then out[#out + 1] = f end
                end
                return out
            end
            return vim.fn.getcompletion(lead, "file")
        end,
    },
}

-- Loading the commands loads the corpus module, as it always has: the hover
-- adds its corpus, ledger and conflict lines once that module is loaded
-- (hover.lua), so any :DeepSeekClaims command turns them on.
require("deepseek_claims.corpus")

--- Adds or replaces a subcommand: spec = { run = fn(args, opts), complete = fn(lead, typed), desc = }.
function M.register(name, spec)
    assert(
        type(name) == "string" and type(spec) == "table" and type(spec.run) == "function",
        "register(name, { run = function }) expected"
    )
    M.subcommands[name] = spec
end

--- The subcommand names, sorted.
function M.names()
    local t = {}
    for k in pairs(M.subcommands) do
        t[#t + 1] = k
    end
    table.sort(t)
    return t
end

function M.usage()
    local lines = { "usage: :DeepSeekClaims [subcommand]" }
    -- the descriptions in one column, two cells after the longest name
    local w = 0
    for _, n in ipairs(M.names()) do
        w = math.max(w, #n)
    end
    for _, n in ipairs(M.names()) do
        local d = M.subcommands[n].desc
        lines[#lines + 1] = "  " .. n .. string.rep(" ", w + 2 - #n) .. (d or "")
    end
    return table.concat(lines, "\n")
end

--- The :DeepSeekClaims callback (opts from nvim_create_user_command).
function M.run(opts)
    local args = vim.deepcopy(opts.fargs or {})
    local name = table.remove(args, 1) or "list"
    local sub = M.subcommands[name]
    if not sub then
        return vim.notify('(deepseek-claims) unknown subcommand "' .. name .. '"\n' .. M.usage(), vim.log.levels.ERROR)
    end
    local ok, err = pcall(sub.run, args, opts)
    if not ok then
        local msg = tostring(err)
        if not msg:find("(deepseek-claims)", 1, true) then msg = "(deepseek-claims) " .. name .. ": " .. msg end
        vim.notify(msg, vim.log.levels.ERROR)
    end
end

--- The :DeepSeekClaims completion.
function M.complete(lead, line)
    local before = line:match("^%s*%S+%s+(.*)$") or "" -- drop the command name
    local name, rest = before:match("^(%S+)%s+(.*)$")
    if not name then
        local out = {}
        for _, n in ipairs(M.names()) do
            if n:sub(1, #lead) == lead then out[#out + 1] = n end
        end
        return out
    end
    local sub = M.subcommands[name]
    if not sub or not sub.complete then return {} end
    local ok, res = pcall(sub.complete, lead, rest)
    return ok and res or {}
end

return M
