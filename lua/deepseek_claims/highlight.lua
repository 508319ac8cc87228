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

--- Draws the marks of one parse; replaces the previous ones in one go.
function M.apply(buf, entry)
  local cfg = config.current.highlights
  local known = {}
  if cfg.entities then
    for _, e in ipairs(entry.doc:entities()) do known[e.name] = e.known end
  end
  local mentions = cfg.entities and require('deepseek_claims.engine').mentions(buf) or {}
  local claims = cfg.markers and require('deepseek_claims.engine').claims(buf) or {}
  M.clear(buf)
  for _, m in ipairs(mentions) do
    local group = known[m.name] == false and 'DeepSeekClaimsUnknown' or (KIND_GROUP[m.kind] or 'DeepSeekClaimsEntity')
    set(buf, m.line - 1, m.col - 1, {
      end_row = m.end_line - 1, end_col = m.end_col, hl_group = group, priority = 150,
    })
  end
  if cfg.markers then
    local by_line, order = {}, {}
    for _, c in ipairs(claims) do
      if not by_line[c.line] then by_line[c.line] = {}; order[#order + 1] = c.line end
      table.insert(by_line[c.line], c)
    end
    for _, line in ipairs(order) do
      local cs = by_line[line]
      if cfg.markers == 'sign' then
        local s = SIGN[cs[1].kind] or '•'
        set(buf, line - 1, 0, {
          sign_text = s .. (#cs > 1 and '+' or ' '),
          sign_hl_group = cs[1].hedged and 'DeepSeekClaimsHedged' or 'DeepSeekClaimsSign',
        })
      else
        local chunks = { { '  ◆ ', 'DeepSeekClaimsMarker' } }
        for i, c in ipairs(cs) do
          if i > 1 then chunks[#chunks + 1] = { ' · ', 'DeepSeekClaimsMarker' } end
          chunks[#chunks + 1] = { c.kind, 'DeepSeekClaimsMarker' }
          if c.hedged then chunks[#chunks + 1] = { util.hedge_mark, 'DeepSeekClaimsHedged' } end
        end
        set(buf, line - 1, 0, { virt_text = chunks, virt_text_pos = 'eol', hl_mode = 'combine' })
      end
    end
  end
end

--- Parses (if stale) and redraws the marks of buf. Called from the timer.
function M.update(buf)
  local st = state[buf]
  if not st or st.detached or not util.buf_ok(buf) then return end
  if not config.current.highlights.enabled then return M.clear(buf) end
  local engine = require('deepseek_claims.engine')
  local entry, err = engine.document(buf, { auto = true })
  if not entry then
    if err == 'too big' then
      M.clear(buf)
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
  st.ms = entry.ms
  M.apply(buf, entry)
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
