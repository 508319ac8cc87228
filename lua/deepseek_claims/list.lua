-- list.lua: the claims float. One row per claim: line, kind, claimant,
-- figures, hedge mark, the start of the sentence. Grouped by entity or in
-- document order (a key toggles), filtered by kind (a key cycles), <CR>
-- jumps to the claim in the source window. One list at a time.
local config = require('deepseek_claims.config')
local util = require('deepseek_claims.util')
local highlight = require('deepseek_claims.highlight')

local M = {}

local ns = vim.api.nvim_create_namespace('deepseek_claims_list')
local HEADER = 2   -- header lines before the first row
local MAX_ROWS = 10000   -- rows drawn; beyond, a last line says how many are left

-- The open list: { win, buf, src_win, src_buf, claims, entities, title,
-- group, kind, rows = { [row] = {line, col} } }
local S = nil

function M.is_open()
  return S ~= nil and vim.api.nvim_win_is_valid(S.win)
end

--- The state of the open list (for tests and extensions), or nil.
function M.state()
  return M.is_open() and S or nil
end

function M.close()
  local s = S
  S = nil
  if not s then return end
  pcall(vim.api.nvim_del_augroup_by_id, s.augroup)
  if vim.api.nvim_win_is_valid(s.win) then pcall(vim.api.nvim_win_close, s.win, true) end
  if vim.api.nvim_buf_is_valid(s.buf) then pcall(vim.api.nvim_buf_delete, s.buf, { force = true }) end
end

local function kinds_present(claims)
  local seen = {}
  for _, c in ipairs(claims) do seen[c.kind] = true end
  local out = {}
  for _, k in ipairs(config.claim_kinds) do if seen[k] then out[#out + 1] = k; seen[k] = nil end end
  for k in pairs(seen) do out[#out + 1] = k end   -- kinds this plugin does not know yet
  return out
end

local function key_label(k)
  if type(k) == 'table' then k = k[1] end
  return k
end

-- The layout: sizes of the window from the editor size and the options.
local function layout(n_lines)
  local cfg = config.current.list
  local cols, rows = vim.o.columns, vim.o.lines - vim.o.cmdheight - 1
  local function size(v, total) return v <= 1 and math.floor(total * v) or math.floor(v) end
  local maxw = math.max(20, math.min(size(cfg.width, cols), cols - 4))
  local width = maxw
  local maxh = math.max(3, math.min(size(cfg.height, rows), rows - 4))
  local height = math.max(1, math.min(n_lines, maxh))
  return {
    relative = 'editor', style = 'minimal', border = cfg.border,
    width = width, height = height,
    row = math.max(0, math.floor((rows - height) / 2) - 1),
    col = math.max(0, math.floor((cols - width) / 2)),
  }
end

-- Builds the lines of the list for the current state and window width.
-- Returns lines, highlights { {group, row, col_start, col_end} }, rows map.
local function render(width)
  local claims = {}
  for _, c in ipairs(S.claims) do
    if not S.kind or c.kind == S.kind then claims[#claims + 1] = c end
  end
  local lines, hls, rows = {}, {}, {}
  local function hl(group, row, s, e) hls[#hls + 1] = { group, row, s, e } end

  -- header
  local n = #claims
  local head = string.format(' %d claim%s %s · %s · %s', n, n == 1 and '' or 's', S.title,
    S.group and 'by entity' or 'in document order', S.kind and ('kind: ' .. S.kind) or 'all kinds')
  lines[1] = head
  hl('DeepSeekClaimsTitle', 0, 0, #head)
  local k = config.current.list.keys
  local hint = string.format(' %s jump · %s %s · %s kind · %s close', key_label(k.jump), key_label(k.group),
    S.group and 'document order' or 'group by entity', key_label(k.filter), key_label(k.close))
  lines[2] = hint
  hl('DeepSeekClaimsHint', 1, 0, #hint)

  -- column widths
  local maxline, wc, wf, any_hedge = 1, 0, 0, false
  local fig, who = {}, {}
  for i, c in ipairs(claims) do
    maxline = math.max(maxline, c.line)
    who[i] = util.oneline(util.claimant(c))
    fig[i] = util.figures(c)
    wc = math.max(wc, util.width(who[i]))
    wf = math.max(wf, util.width(fig[i]))
    any_hedge = any_hedge or c.hedged
  end
  local indent = S.group and '  ' or ''
  local wl = #tostring(maxline)
  wc = math.min(wc, 22)
  wf = math.min(wf, 26)
  -- the sentence keeps at least 40% of the row: narrow the figures, then the
  -- claimants, down to 12 cells each
  local fixed = #indent + wl + 2 + 9 + 1 + 1 + (any_hedge and 2 or 0) + (wf > 0 and 1 or 0)
  local want_text = math.floor(width * 0.4)
  local over = fixed + wc + wf + want_text - width
  if over > 0 and wf > 12 then
    local cut = math.min(over, wf - 12); wf = wf - cut; over = over - cut
  end
  if over > 0 and wc > 12 then
    local cut = math.min(over, wc - 12); wc = wc - cut
  end

  local hidden = 0
  local function row_of(c, i)
    if #lines >= MAX_ROWS + HEADER then
      hidden = hidden + 1
      return
    end
    local parts = {
      { indent .. string.rep(' ', wl - #tostring(c.line)) .. c.line, 'DeepSeekClaimsLineNr' },
      { '  ' },
      { util.pad(c.kind, 9), 'DeepSeekClaimsKind' },
      { ' ' },
      { util.pad(who[i], wc), 'DeepSeekClaimsClaimant' },
      { ' ' },
    }
    if wf > 0 then
      parts[#parts + 1] = { util.pad(fig[i], wf), 'DeepSeekClaimsFigure' }
      parts[#parts + 1] = { ' ' }
    end
    if any_hedge then
      parts[#parts + 1] = { c.hedged and util.hedge_mark or ' ', 'DeepSeekClaimsHedged' }
      parts[#parts + 1] = { ' ' }
    end
    local used = 0
    for _, p in ipairs(parts) do used = used + util.width(p[1]) end
    parts[#parts + 1] = { util.truncate(util.oneline(c.text), math.max(10, width - used - 1)) }
    local s, row = '', #lines
    for _, p in ipairs(parts) do
      if p[2] then hl(p[2], row, #s, #s + #p[1]) end
      s = s .. p[1]
    end
    lines[#lines + 1] = s
    rows[#lines] = { line = c.line, col = c.col, claim = c }
  end

  if not S.group then
    for i, c in ipairs(claims) do row_of(c, i) end
  else
    local groups, order = {}, {}
    local index = {}
    for i, c in ipairs(claims) do index[c] = i end
    for _, c in ipairs(claims) do
      local about = c.about or {}
      if #about == 0 then about = { '' } end
      for _, name in ipairs(about) do
        if not groups[name] then groups[name] = {}; order[#order + 1] = name end
        table.insert(groups[name], c)
      end
    end
    -- entities in order of first mention, then those the document did not list, then none
    local rank = {}
    for i, e in ipairs(S.entities) do rank[e.name] = i end
    table.sort(order, function(a, b)
      local ra, rb = rank[a] or (a == '' and math.huge or 1e9), rank[b] or (b == '' and math.huge or 1e9)
      if ra ~= rb then return ra < rb end
      return a < b
    end)
    local kinds = {}
    for _, e in ipairs(S.entities) do kinds[e.name] = e.kind end
    for _, name in ipairs(order) do
      local cs = groups[name]
      local label = name == '' and '(no entity)' or name
      local meta = string.format(' · %s%d claim%s', kinds[name] and (kinds[name] .. ' · ') or '', #cs, #cs == 1 and '' or 's')
      local s = label .. meta
      local row = #lines
      hl('DeepSeekClaimsGroup', row, 0, #label)
      hl('DeepSeekClaimsHint', row, #label, #s)
      lines[#lines + 1] = s
      -- a group row jumps to the entity's first mention
      local first
      for _, e in ipairs(S.entities) do if e.name == name and e.mentions and e.mentions[1] then first = e.mentions[1] end end
      rows[#lines] = first and { line = first.line, col = first.col } or { line = cs[1].line, col = cs[1].col }
      for _, c in ipairs(cs) do row_of(c, index[c]) end
    end
  end
  if hidden > 0 then
    local more = string.format(' … %d more rows not shown: %s filters by kind, :DeepSeekClaims qf lists them all',
      hidden, key_label(k.filter))
    lines[#lines + 1] = more
    hl('DeepSeekClaimsHint', #lines - 1, 0, #more)
  end
  return lines, hls, rows
end

-- (Re)draws the list in its window; keep: stay on the same claim.
local function draw(keep)
  local cur = keep and S.rows[vim.api.nvim_win_get_cursor(S.win)[1]] or nil
  local lines, hls, rows = render(layout(1).width)
  vim.bo[S.buf].modifiable = true
  vim.api.nvim_buf_set_lines(S.buf, 0, -1, false, lines)
  vim.bo[S.buf].modifiable = false
  vim.api.nvim_buf_clear_namespace(S.buf, ns, 0, -1)
  for _, h in ipairs(hls) do
    util.hl(S.buf, ns, h[1], h[2], h[3], h[4])
  end
  S.rows = rows
  vim.api.nvim_win_set_config(S.win, layout(#lines))
  local target = math.min(HEADER + 1, #lines)
  if cur and cur.claim then
    for row = 1, #lines do
      local r = rows[row]
      if r and r.claim and r.claim.byte == cur.claim.byte and r.claim.kind == cur.claim.kind then
        target = row
        break
      end
    end
  end
  vim.api.nvim_win_set_cursor(S.win, { target, 0 })
end

--- Jumps to the claim under the cursor in the source window and closes the list.
function M.jump()
  if not M.is_open() then return end
  local r = S.rows[vim.api.nvim_win_get_cursor(S.win)[1]]
  if not r then return end
  local src_win, src_buf = S.src_win, S.src_buf
  M.close()
  if not vim.api.nvim_buf_is_valid(src_buf) then return end
  if not vim.api.nvim_win_is_valid(src_win) or vim.api.nvim_win_get_buf(src_win) ~= src_buf then
    src_win = vim.fn.bufwinid(src_buf)
    if src_win == -1 then
      src_win = vim.api.nvim_get_current_win()
      vim.api.nvim_win_set_buf(src_win, src_buf)
    end
  end
  vim.api.nvim_set_current_win(src_win)
  local nlines = vim.api.nvim_buf_line_count(src_buf)
  local line = math.min(math.max(r.line, 1), nlines)
  local len = #(vim.api.nvim_buf_get_lines(src_buf, line - 1, line, false)[1] or '')
  vim.cmd("normal! m'")
  vim.api.nvim_win_set_cursor(src_win, { line, math.min(math.max(r.col - 1, 0), math.max(len - 1, 0)) })
  vim.cmd('normal! zv')
end

--- Switches between document order and grouping by entity.
function M.toggle_group()
  if not M.is_open() then return end
  S.group = not S.group
  draw(true)
end

--- Cycles the kind filter: all, then each kind present, then all again.
function M.cycle_kind()
  if not M.is_open() then return end
  local kinds = kinds_present(S.claims)
  local nxt = nil
  if not S.kind then
    nxt = kinds[1]
  else
    for i, k in ipairs(kinds) do if k == S.kind then nxt = kinds[i + 1] end end
  end
  S.kind = nxt
  draw(false)
end

--- Sets the kind filter (nil: all kinds).
function M.set_kind(kind)
  if not M.is_open() then return end
  S.kind = kind
  draw(false)
end

--- Re-lays out the list after the editor was resized.
function M.resize()
  if not M.is_open() then return end
  local lines = vim.api.nvim_buf_line_count(S.buf)
  vim.api.nvim_win_set_config(S.win, layout(lines))
  draw(true)
end

local function map(buf, lhs, fn, desc)
  for _, k in ipairs(type(lhs) == 'table' and lhs or { lhs }) do
    vim.keymap.set('n', k, fn, { buffer = buf, nowait = true, silent = true, desc = 'deepseek-claims: ' .. desc })
  end
end

--- Opens the list. opts: buf (default current), entity (a name or alias:
--- only the claims about it), kind (start filtered), group (boolean).
--- Returns true when a list opened.
function M.open(opts)
  opts = opts or {}
  local engine = require('deepseek_claims.engine')
  local src_buf = (opts.buf == nil or opts.buf == 0) and vim.api.nvim_get_current_buf() or opts.buf
  local entry, err = engine.document(src_buf)
  if not entry then
    util.error(err)
    return false
  end
  local claims, title
  local name = vim.api.nvim_buf_get_name(src_buf)
  local fname = name == '' and ('buffer ' .. src_buf) or vim.fn.fnamemodify(name, ':t')
  if opts.entity then
    local e = entry.doc:entity(opts.entity)
    local canonical = e and e.name
    if not canonical then
      local d = engine.lookup(opts.entity)
      canonical = d and d.name
    end
    if not canonical then
      util.warn(string.format('no entity named "%s" in %s or the dictionary', opts.entity, fname))
      return false
    end
    claims = entry.doc:about(canonical)
    if #claims == 0 then
      util.notify(string.format('no claims about %s in %s', canonical, fname))
      return false
    end
    title = 'about ' .. canonical .. ' in ' .. fname
  else
    claims = engine.claims(src_buf)
    if #claims == 0 then
      util.notify('no claims in ' .. fname)
      return false
    end
    title = 'in ' .. fname
  end
  if opts.kind then
    local ok = false
    for _, c in ipairs(claims) do if c.kind == opts.kind then ok = true end end
    if not ok then
      util.notify(string.format('no %s claims in %s', opts.kind, fname))
      return false
    end
  end

  M.close()
  local src_win = vim.api.nvim_get_current_win()
  if vim.api.nvim_win_get_buf(src_win) ~= src_buf then
    local w = vim.fn.bufwinid(src_buf)
    src_win = w ~= -1 and w or src_win
  end
  local buf = vim.api.nvim_create_buf(false, true)
  vim.b[buf].deepseek_claims_float = true
  vim.bo[buf].bufhidden = 'wipe'
  vim.bo[buf].filetype = 'deepseek-claims-list'
  S = {
    buf = buf, src_buf = src_buf, src_win = src_win, claims = claims,
    entities = entry.doc:entities(), title = title, rows = {},
    group = opts.group == nil and config.current.list.group or opts.group, kind = opts.kind,
  }
  local win = vim.api.nvim_open_win(buf, true, layout(#claims + HEADER))
  S.win = win
  vim.wo[win].winhighlight = highlight.float_winhl
  vim.wo[win].cursorline = true
  vim.wo[win].wrap = false
  highlight.define()

  local keys = config.current.list.keys
  map(buf, keys.jump, M.jump, 'jump to the claim')
  map(buf, keys.close, M.close, 'close the list')
  map(buf, keys.group, M.toggle_group, 'group by entity / document order')
  map(buf, keys.filter, M.cycle_kind, 'filter by kind')

  S.augroup = vim.api.nvim_create_augroup('DeepSeekClaimsList', { clear = true })
  local s = S
  vim.api.nvim_create_autocmd({ 'WinLeave', 'BufLeave' }, {
    group = S.augroup, buffer = buf,
    callback = function() vim.schedule(function() if S == s then M.close() end end) end,
  })
  vim.api.nvim_create_autocmd('VimResized', {
    group = S.augroup, callback = function() if S == s then M.resize() end end,
  })
  vim.api.nvim_create_autocmd('WinClosed', {
    group = S.augroup, pattern = tostring(win),
    callback = function() vim.schedule(function() if S == s then M.close() end end) end,
  })
  draw(false)
  return true
end

return M
