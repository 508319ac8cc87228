-- corpus.lua: :DeepSeekClaims scan and the corpus it leaves behind. The scan
-- runs on the engine's worker threads; a libuv timer polls its progress, so
-- the editor never waits on the disk or a parse. commands.lua maps the
-- `scan` and `corpus` subcommands here; hover.lua adds its lines once a
-- corpus exists.
local M = {}

local uv = vim.uv or vim.loop
local util = require('deepseek_claims.util')

M.state = { job = nil, corpus = nil, dirs = nil, timer = nil, started = 0 }

local function echo(msg)
  vim.api.nvim_echo({ { 'deepseek-claims: ' .. msg } }, false, {})
end

--- The folders to scan: the argument, else config corpus.folders, else the cwd.
local function folders(dir)
  if dir and dir ~= '' then return { vim.fn.expand(dir) } end
  local ok, cfg = pcall(function() return require('deepseek_claims').config() end)
  local c = ok and cfg and cfg.corpus
  if c and type(c.folders) == 'table' and #c.folders > 0 then
    local t = {}
    for _, f in ipairs(c.folders) do t[#t + 1] = vim.fn.expand(f) end
    return t
  end
  return { vim.fn.getcwd() }
end

local function stop_timer()
  local t = M.state.timer
  if t then
    t:stop()
    if not t:is_closing() then t:close() end
  end
  M.state.timer = nil
end

--- Starts a scan; on_done(corpus) is called on the main loop when it ends.
function M.scan(dir, on_done)
  local core, err = require('deepseek_claims.engine').core()
  if not core then return util.error(err) end
  for _, d in ipairs(folders(dir)) do
    if vim.fn.isdirectory(d) == 0 and vim.fn.filereadable(d) == 0 then
      return util.error('cannot scan "' .. d .. '": no such file or folder')
    end
  end
  if M.state.job then M.state.job:cancel() end
  stop_timer()
  local dirs = folders(dir)
  local job = core.scan(dirs, { jobs = 2 })
  M.state.job, M.state.dirs, M.state.started = job, dirs, uv.hrtime()
  local last = ''
  local timer = uv.new_timer()
  M.state.timer = timer
  timer:start(100, 100, vim.schedule_wrap(function()
    if M.state.job ~= job then return end
    local p = job:poll()
    if not p.done then
      local msg = string.format('scanning %d/%d files', p.files_done, p.files_total)
      if msg ~= last then echo(msg); last = msg end
      return
    end
    stop_timer()
    M.state.corpus = job:result()
    M.state.job = nil
    echo(M.summary() .. (p.errors > 0 and string.format(' (%d unreadable)', p.errors) or ''))
    if on_done then on_done(M.state.corpus) end
  end))
  echo('scanning ' .. table.concat(dirs, ', '))
  return job
end

--- "12 claims in 7 files", for the last finished scan.
function M.summary()
  local c = M.state.corpus
  if not c then return 'no corpus scanned (:DeepSeekClaims scan [dir])' end
  local claims, with = 0, 0
  for _, f in ipairs(c:files()) do
    claims = claims + f.claims
    if f.claims > 0 then with = with + 1 end
  end
  return string.format('%d claims in %d files', claims, with)
end

--- The corpus claims about an entity (canonical or alias), or all of them.
function M.claims(name)
  local c = M.state.corpus
  if not c then return {} end
  return name and c:about(name) or c:claims()
end

--- Hover lines for an entity: a summary and the first few corpus claims.
function M.hover_lines(name, width)
  local c = M.state.corpus
  if not c then return {} end
  local claims = c:about(name)
  if #claims == 0 then return {} end
  local files = {}
  for _, x in ipairs(claims) do files[x.file] = true end
  local n = 0
  for _ in pairs(files) do n = n + 1 end
  local lines = { '', string.format('corpus: %d claim%s in %d file%s', #claims, #claims == 1 and '' or 's',
    n, n == 1 and '' or 's') }
  for i = 1, math.min(#claims, 5) do
    local x = claims[i]
    lines[#lines + 1] = util.truncate(string.format('- %s:%d %s · %s', vim.fn.fnamemodify(x.file, ':~:.'),
      x.line, x.kind, util.claimant(x)), width or 80)
  end
  return lines
end

--- The corpus claims (about name, or all) into the quickfix list.
function M.quickfix(name)
  if not M.state.corpus then return util.error(M.summary()) end
  local items = {}
  for _, x in ipairs(M.claims(name)) do
    items[#items + 1] = { filename = x.file, lnum = x.line, col = x.col,
      text = string.format('[%s] %s: %s', x.kind, util.claimant(x), util.oneline(x.text)) }
  end
  if #items == 0 then return echo(name and ('no claims about ' .. name .. ' in the corpus') or 'the corpus has no claims') end
  vim.fn.setqflist({}, ' ', { title = 'deepseek-claims corpus' .. (name and (': ' .. name) or ''), items = items })
  vim.cmd('copen')
end

return M
