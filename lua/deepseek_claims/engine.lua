-- engine.lua: the bridge to the C module deepseek_claims.core. Loads it on
-- first use (with a precise error when it is not built), builds the
-- dictionary from the user's entities, and keeps one parsed document per
-- buffer, keyed by b:changedtick, so every view reads the same parse.
local config = require('deepseek_claims.config')
local util = require('deepseek_claims.util')

local M = {}

local core, core_err       -- the loaded module, or why it did not load
local dict, dict_err       -- the user's dictionary (nil: the built-in one)
local dict_ready = false
local docs = {}            -- buf -> { tick =, doc =, ms =, claims = }

--- Where the compiled module should be.
function M.module_path()
  return util.plugin_root() .. '/lua/deepseek_claims/core.so'
end

--- The C module, or nil and a message saying how to fix it.
function M.core()
  if core then return core end
  if core_err then return nil, core_err end
  local ok, mod = pcall(require, 'deepseek_claims.core')
  if ok and type(mod) == 'table' and type(mod.parse) == 'function' then
    core = mod
    return core
  end
  local root = util.plugin_root()
  if vim.fn.filereadable(M.module_path()) ~= 1 and #vim.api.nvim_get_runtime_file('lua/deepseek_claims/core.so', false) == 0 then
    core_err = 'core module not built: run `make` in ' .. root
  else
    core_err = 'core module failed to load (' .. tostring(mod):gsub('\n.*', '') ..
      '): rebuild it with `make clean all` in ' .. root
  end
  return nil, core_err
end

--- The dictionary to parse with: nil means the built-in one. A broken user
--- dictionary is reported once and the built-in one is used instead.
function M.dict()
  if dict_ready then return dict, dict_err end
  dict_ready = true
  dict, dict_err = nil, nil
  local c = M.core()
  if not c then return nil end
  local cfg = config.current
  local ents = cfg.entities
  if ents == nil and cfg.builtin_entities then return nil end
  local ok, res, msg
  if type(ents) == 'string' then
    local path = vim.fn.expand(ents)
    ok, res, msg = pcall(c.dict_file, path, { builtin = cfg.builtin_entities })
    if ok and not res then ok, res = false, msg end
    if not ok then res = 'entities file ' .. path .. ': ' .. tostring(res) end
  else
    ok, res = pcall(c.dict, { builtin = cfg.builtin_entities, entities = ents or {} })
    if not ok then res = '`entities`: ' .. tostring(res) end
  end
  if ok then
    dict = res
  else
    dict_err = tostring(res) .. '; using the built-in dictionary'
    util.error(dict_err)
  end
  return dict, dict_err
end

--- Forgets the dictionary and every parse (after setup() or :DeepSeekClaims refresh).
function M.reset()
  dict, dict_err, dict_ready = nil, nil, false
  docs = {}
end

--- Forgets the parse of one buffer.
function M.forget(buf)
  docs[buf] = nil
end

--- The buffer's text as the engine sees it: its lines joined with "\n".
function M.text(buf)
  return table.concat(vim.api.nvim_buf_get_lines(buf, 0, -1, false), '\n')
end

--- The parse of buf for its current changedtick, parsing when stale.
--- opts.auto: an automatic caller; refuses buffers above max_filesize.
--- Returns the entry { tick, doc, ms } or nil and a message ('too big' for
--- auto callers on huge buffers).
function M.document(buf, opts)
  opts = opts or {}
  if buf == 0 or buf == nil then buf = vim.api.nvim_get_current_buf() end
  if not util.buf_ok(buf) then return nil, 'buffer ' .. tostring(buf) .. ' is not loaded' end
  local tick = vim.api.nvim_buf_get_changedtick(buf)
  local e = docs[buf]
  if e and e.tick == tick then return e end
  if opts.auto and util.buf_size(buf) > config.current.max_filesize then
    return nil, 'too big'
  end
  local c, err = M.core()
  if not c then return nil, err end
  local d = M.dict()
  local t0 = util.uv.hrtime()
  local popts = { markdown = config.current.markdown, dict = d }
  local ok, doc = pcall(c.parse, M.text(buf), popts)
  if not ok or not doc then return nil, 'parse failed: ' .. tostring(doc) end
  e = { tick = tick, doc = doc, ms = (util.uv.hrtime() - t0) / 1e6 }
  docs[buf] = e
  return e
end

--- The claims of buf (cached with its parse), or nil and a message.
function M.claims(buf, opts)
  local e, err = M.document(buf, opts)
  if not e then return nil, err end
  if not e.claims then e.claims = e.doc:claims() end
  return e.claims
end

--- The mentions of buf (cached with its parse), or nil and a message.
function M.mentions(buf, opts)
  local e, err = M.document(buf, opts)
  if not e then return nil, err end
  if not e.mentions then e.mentions = e.doc:mentions() end
  return e.mentions
end

--- The dictionary entry { name, kind, aliases } for a name or alias, or nil.
function M.lookup(name)
  local c = M.core()
  if not c then return nil end
  local d = M.dict()
  local ok, res
  if d then ok, res = pcall(d.lookup, d, name) else ok, res = pcall(c.lookup, name) end
  return ok and res or nil
end

--- Every canonical name and alias of the dictionary (for completion).
function M.names()
  local c = M.core()
  if not c then return {} end
  local d = M.dict()
  local ok, res
  if d then ok, res = pcall(d.names, d) else ok, res = pcall(c.names) end
  return ok and res or {}
end

--- The number of dictionary entries, or nil.
function M.dict_size()
  local c = M.core()
  if not c then return nil end
  local d = M.dict()
  if d then return #d end
  local ok, fresh = pcall(c.dict, {})
  return ok and #fresh or nil
end

return M
