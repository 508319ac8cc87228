-- highlight.lua: the highlight groups, and the inline extmarks of a buffer
-- (entity mentions, claim markers), updated after edits with a debounce.
-- The buffer is parsed on a timer, never in the change callback; huge
-- buffers are skipped with a message; the old marks stay until new ones are
-- ready.
local config = require('deepseek_claims.config')
local util = require('deepseek_claims.util')

local M = {}

M.ns = vim.api.nvim_create_namespace('deepseek_claims')

-- Group -> default link. Linked with default = true, so a colorscheme or the
-- user can override any of them; re-applied on ColorScheme.
M.links = {
  { 'DeepSeekClaimsEntity', 'Identifier' },
  { 'DeepSeekClaimsOrg', 'DeepSeekClaimsEntity' },
  { 'DeepSeekClaimsPerson', 'DeepSeekClaimsEntity' },
  { 'DeepSeekClaimsModel', 'DeepSeekClaimsEntity' },
  { 'DeepSeekClaimsChip', 'DeepSeekClaimsEntity' },
  { 'DeepSeekClaimsProduct', 'DeepSeekClaimsEntity' },
  { 'DeepSeekClaimsPlace', 'DeepSeekClaimsEntity' },
  { 'DeepSeekClaimsUnknown', 'DeepSeekClaimsEntity' },
  { 'DeepSeekClaimsMarker', 'Comment' },
  { 'DeepSeekClaimsSign', 'DeepSeekClaimsMarker' },
  { 'DeepSeekClaimsHedged', 'DiagnosticWarn' },
  { 'DeepSeekClaimsNormal', 'NormalFloat' },
  { 'DeepSeekClaimsBorder', 'FloatBorder' },
  { 'DeepSeekClaimsTitle', 'Title' },
  { 'DeepSeekClaimsGroup', 'Title' },
  { 'DeepSeekClaimsLineNr', 'LineNr' },
  { 'DeepSeekClaimsKind', 'Type' },
  { 'DeepSeekClaimsClaimant', 'Special' },
  { 'DeepSeekClaimsFigure', 'Number' },
  { 'DeepSeekClaimsHint', 'Comment' },
}

local KIND_GROUP = {
  org = 'DeepSeekClaimsOrg', person = 'DeepSeekClaimsPerson', model = 'DeepSeekClaimsModel',
  chip = 'DeepSeekClaimsChip', product = 'DeepSeekClaimsProduct', place = 'DeepSeekClaimsPlace',
}

local MAX_KINDS = 4   -- kinds named in one end-of-line marker

local SIGN = {
  cost = '$', time = 'T', hardware = 'H', benchmark = 'B', market = 'M',
  funding = 'F', policy = 'P', quote = 'Q', other = '•',
}

--- Defines (links) every highlight group, without overriding the user's.
function M.define()
  for _, l in ipairs(M.links) do
    vim.api.nvim_set_hl(0, l[1], { link = l[2], default = true })
  end
end

--- The window-local 'winhighlight' for the plugin's floats.
M.float_winhl = 'Normal:DeepSeekClaimsNormal,FloatBorder:DeepSeekClaimsBorder'

-- Per-buffer state: { timer =, detached =, warned = }
local state = {}

function M.is_attached(buf)
  return state[buf] ~= nil and not state[buf].detached
end

function M.clear(buf)
  if vim.api.nvim_buf_is_valid(buf) then
    vim.api.nvim_buf_clear_namespace(buf, M.ns, 0, -1)
  end
end

local function set(buf, row, col, opts)
  opts.strict = false
  pcall(vim.api.nvim_buf_set_extmark, buf, M.ns, row, col, opts)
end

-- Marks of a big buffer are drawn by blocks of lines, the visible ones first,
-- the others when a window scrolls to them: setting 20,000 extmarks nobody
-- looks at would cost more than the parse.
local FULL_LIMIT = 3000   -- mentions + claims drawn at once below this
local BLOCK = 200         -- lines per block

-- The first index i of list (sorted by .line) with list[i].line >= line.
local function first_at(list, line)
  local lo, hi = 1, #list + 1
  while lo < hi do
    local mid = math.floor((lo + hi) / 2)
    if list[mid].line < line then lo = mid + 1 else hi = mid end
  end
  return lo
end

local function marker_chunks(cs)
  -- the kinds of the line's claims, each once, at most MAX_KINDS shown
  local chunks = { { '  ◆ ', 'DeepSeekClaimsMarker' } }
  local seen, shown = {}, 0
  for _, c in ipairs(cs) do
    local key = c.kind .. (c.hedged and '?' or '')
    if not seen[key] then
      seen[key] = true
      shown = shown + 1
      if shown <= MAX_KINDS then
        if shown > 1 then chunks[#chunks + 1] = { ' · ', 'DeepSeekClaimsMarker' } end
        chunks[#chunks + 1] = { c.kind, 'DeepSeekClaimsMarker' }
        if c.hedged then chunks[#chunks + 1] = { util.hedge_mark, 'DeepSeekClaimsHedged' } end
      end
    end
  end
  if shown > MAX_KINDS then chunks[#chunks + 1] = { ' +' .. (shown - MAX_KINDS), 'DeepSeekClaimsMarker' } end
  if #cs > 1 then chunks[#chunks + 1] = { '  (' .. #cs .. ')', 'DeepSeekClaimsMarker' } end
  return chunks
end

-- Draws the marks of lines [first, last] (1-based) from the prepared parse d.
local function draw_lines(buf, d, first, last)
  local cfg = config.current.highlights
  local ms = d.mentions
  for i = first_at(ms, first), #ms do
    local m = ms[i]
    if m.line > last then break end
    local known = d.known[m.name]
    if known == nil then
      -- in the dictionary, or a name found from context
      known = require('deepseek_claims.engine').lookup(m.name) ~= nil
      d.known[m.name] = known
    end
    local group = not known and 'DeepSeekClaimsUnknown' or (KIND_GROUP[m.kind] or 'DeepSeekClaimsEntity')
    set(buf, m.line - 1, m.col - 1, {
      end_row = m.end_line - 1, end_col = m.end_col, hl_group = group, priority = 150,
    })
  end
  if not cfg.markers then return end
  local cl = d.claims
  local i = first_at(cl, first)
  while cl[i] and cl[i].line <= last do
    local line, cs = cl[i].line, {}
    while cl[i] and cl[i].line == line do cs[#cs + 1] = cl[i]; i = i + 1 end
    if cfg.markers == 'sign' then
      set(buf, line - 1, 0, {
        sign_text = (SIGN[cs[1].kind] or '•') .. (#cs > 1 and '+' or ' '),
        sign_hl_group = cs[1].hedged and 'DeepSeekClaimsHedged' or 'DeepSeekClaimsSign',
      })
    else
      set(buf, line - 1, 0, { virt_text = marker_chunks(cs), virt_text_pos = 'eol', hl_mode = 'combine' })
    end
  end
end

-- Draws the blocks of buf shown in its windows (and one block either side).
local function draw_visible(buf)
  local st = state[buf]
  if not st or not st.d or not st.d.partial then return end
  for _, win in ipairs(vim.fn.win_findbuf(buf)) do
    local top = vim.fn.line('w0', win)
    local bot = vim.fn.line('w$', win)
    for b = math.max(0, math.floor((top - 1) / BLOCK) - 1), math.floor((bot - 1) / BLOCK) + 1 do
      if not st.d.blocks[b] then
        st.d.blocks[b] = true
        draw_lines(buf, st.d, b * BLOCK + 1, (b + 1) * BLOCK)
      end
    end
  end
end

--- Draws the marks of one parse; replaces the previous ones in one go.
function M.apply(buf, entry)
  local cfg = config.current.highlights
  local engine = require('deepseek_claims.engine')
  local d = { known = {}, mentions = {}, claims = {}, blocks = {} }
  if cfg.entities then d.mentions = engine.mentions(buf) or {} end
  if cfg.markers then d.claims = engine.claims(buf) or {} end
  d.partial = #d.mentions + #d.claims > FULL_LIMIT
  M.clear(buf)
  local st = state[buf]
  if st then st.d = d end
  if not d.partial or not st then
    return draw_lines(buf, d, 1, math.huge)
  end
  draw_visible(buf)
end

--- Draws what scrolled into view of a big buffer (WinScrolled, BufWinEnter).
function M.on_view(buf)
  if state[buf] and not state[buf].detached then draw_visible(buf) end
end

--- Parses (if stale) and redraws the marks of buf. Called from the timer.
function M.update(buf)
  local st = state[buf]
  if not st or st.detached or not util.buf_ok(buf) then return end
  if not config.current.highlights.enabled then return M.clear(buf) end
  local engine = require('deepseek_claims.engine')
  local t0 = util.uv.hrtime()
  local entry, err = engine.document(buf, { auto = true })
  if not entry then
    if err == 'too big' then
      M.clear(buf)
      st.d = nil
      if not st.warned then
        st.warned = true
        util.notify(string.format('buffer %d is %s, above `max_filesize` (%s): no inline highlights; :DeepSeekClaims still works',
          buf, util.human_size(util.buf_size(buf)), util.human_size(config.current.max_filesize)), vim.log.levels.WARN)
      end
    else
      util.notify_once('update:' .. tostring(err), tostring(err), vim.log.levels.ERROR)
    end
    return
  end
  st.warned = false
  if st.drawn == entry.tick then return end
  st.drawn = entry.tick
  M.apply(buf, entry)
  -- the whole update (parse, tables, marks) sets how long the next debounce is
  st.ms = (util.uv.hrtime() - t0) / 1e6
end

--- Schedules an update of buf after the debounce (delay overrides it). The
--- delay grows with the last parse time, so slow parses stay rare.
function M.schedule(buf, delay)
  local st = state[buf]
  if not st or st.detached then return end
  if not delay then
    delay = config.current.highlights.debounce
    if st.ms and st.ms * 4 > delay then delay = math.min(2000, math.floor(st.ms * 4)) end
  end
  if not st.timer then st.timer = util.uv.new_timer() end
  st.timer:stop()
  st.timer:start(delay, 0, function()
    vim.schedule(function() M.update(buf) end)
  end)
end

local function close_timer(st)
  if st.timer then
    st.timer:stop()
    if not st.timer:is_closing() then st.timer:close() end
    st.timer = nil
  end
end

--- Starts following the edits of buf and draws its marks soon.
function M.attach(buf)
  if state[buf] and not state[buf].detached then return M.schedule(buf, 0) end
  local st = { detached = false }
  state[buf] = st
  local ok = vim.api.nvim_buf_attach(buf, false, {
    on_lines = function()
      if st.detached then return true end
      if config.current.highlights.enabled then M.schedule(buf) end
    end,
    on_reload = function()
      if not st.detached then M.schedule(buf, 0) end
    end,
    on_detach = function()
      st.detached = true
      close_timer(st)
      if state[buf] == st then state[buf] = nil end
    end,
  })
  if not ok then
    state[buf] = nil
    return
  end
  M.schedule(buf, 0)
end

--- Stops following buf and removes its marks.
function M.detach(buf)
  local st = state[buf]
  if st then
    st.detached = true
    close_timer(st)
    state[buf] = nil
  end
  M.clear(buf)
end

--- Redraws every attached buffer now (after toggle, setup or refresh).
function M.refresh_all()
  for buf, st in pairs(state) do
    st.drawn = nil
    if config.current.highlights.enabled then M.schedule(buf, 0) else M.clear(buf) end
  end
end

--- Forces the next update of buf to redraw.
function M.invalidate(buf)
  if state[buf] then state[buf].drawn = nil end
end

function M.attached_buffers()
  local t = {}
  for buf, st in pairs(state) do if not st.detached then t[#t + 1] = buf end end
  table.sort(t)
  return t
end

return M
