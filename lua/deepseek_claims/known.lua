-- known.lua: the ledgers Neovim reads (the bundled data/ledger.jsonl, the
-- user's ledger, extra files), loaded with deepseek_claims.lib.ledger and
-- cached until the file changes on disk. Options, read when present:
--   ledger = { path = <user ledger>, files = { <extra ledgers> }, bundled = true }
-- The user ledger defaults to .deepseek-claims.jsonl in the working
-- directory when that file exists (a per-project ledger), else
-- stdpath('data')/deepseek-claims/ledger.jsonl.
local ledger = require("deepseek_claims.lib.ledger")
local records = require("deepseek_claims.lib.records")
local util = require("deepseek_claims.util")

local M = {}

local cache = {} -- path -> { key = "mtime:size", L = ledger }

local function options()
    local cfg = require("deepseek_claims.config").current
    local o = cfg.ledger or {}
    return { path = o.path, files = o.files or {}, bundled = o.bundled ~= false }
end

M.PROJECT_FILE = ".deepseek-claims.jsonl"

--- The path of the user ledger that :DeepSeekClaims save writes.
function M.user_path()
    local p = options().path
    if type(p) == "function" then p = p() end
    if type(p) == "string" and p ~= "" then return vim.fn.fnamemodify(vim.fn.expand(p), ":p") end
    local project = vim.fn.getcwd() .. "/" .. M.PROJECT_FILE
    if vim.fn.filereadable(project) == 1 then return project end
    return vim.fn.stdpath("data") .. "/deepseek-claims/ledger.jsonl"
end

--- The bundled ledger's path.
function M.bundled_path()
    return util.plugin_root() .. "/data/ledger.jsonl"
end

--- The ledger at path, reloaded only when its mtime or size changed.
--- Problems (malformed lines) are reported once per change.
function M.load(path)
    local st = util.uv.fs_stat(path)
    local key = st and (tostring(st.mtime.sec) .. "." .. tostring(st.mtime.nsec) .. ":" .. st.size) or "missing"
    local c = cache[path]
    if c and c.key == key then return c.L end
    local L, err = ledger.load(path)
    if not L then
        util.notify_once("ledger:" .. path .. key, err, vim.log.levels.WARN)
        L = ledger.parse("", path)
    elseif #L.problems > 0 then
        local lines = ledger.format_problems(L)
        local more = #lines > 5 and string.format("\n... and %d more", #lines - 5) or ""
        util.notify_once(
            "ledger:" .. path .. key,
            string.format(
                "%d malformed line%s skipped:\n%s%s",
                #lines,
                #lines == 1 and "" or "s",
                table.concat(lines, "\n", 1, math.min(5, #lines)),
                more
            ),
            vim.log.levels.WARN
        )
    end
    cache[path] = { key = key, L = L }
    return L
end

--- Every ledger to read: bundled, user, extras (duplicates removed).
--- opts.bundled = false leaves the bundled one out.
function M.ledgers(opts)
    opts = opts or {}
    local o = options()
    local paths, seen = {}, {}
    local function add(p)
        if type(p) ~= "string" or p == "" then return end
        p = vim.fn.fnamemodify(vim.fn.expand(p), ":p")
        if not seen[p] then
            seen[p] = true
            paths[#paths + 1] = p
        end
    end
    if o.bundled and opts.bundled ~= false then add(M.bundled_path()) end
    add(M.user_path())
    for _, p in ipairs(o.files) do
        add(p)
    end
    local out = {}
    for _, p in ipairs(paths) do
        out[#out + 1] = M.load(p)
    end
    return out
end

--- Records of the ledger entries about an entity (name or alias).
function M.about(name)
    local engine = require("deepseek_claims.engine")
    local out = {}
    for _, L in ipairs(M.ledgers()) do
        for _, e in ipairs(ledger.about(L, name, engine.lookup)) do
            out[#out + 1] = records.from_entry(e)
        end
    end
    return out
end

--- Forgets the cache (tests, :DeepSeekClaims refresh).
function M.reset()
    cache = {}
end

return M
