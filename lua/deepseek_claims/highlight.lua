-- highlight.lua: the highlight groups, and the inline extmarks of a buffer
-- (entity mentions, claim markers), updated after edits with a debounce.
-- A timer asks for a parse, which runs on a thread (engine.request), never
-- in the change callback; a parse of text older than the buffer's is never
-- drawn; only the lines windows show are drawn; buffers above
-- max_filesize are skipped with a message; the old marks stay until new
-- ones are ready. Each parse drawn is handed to diagnostics.lua too (the
-- figures checked against the ledgers), which also keeps the updates going
-- when the inline highlights are off.
local config = require("deepseek_claims.config")
local util = require("deepseek_claims.util")

local M = {}

M.ns = vim.api.nvim_create_namespace("deepseek_claims")

-- Group -> default link. Linked with default = true, so a colorscheme or the
-- user can override any of them; re-applied on ColorScheme. The links are
-- chosen to read on Neovim's own schemes, that of 0.7 (bright colours for a
-- dark terminal, darker ones on a light background) and that of 0.10 on
-- (grey floats, and no colour for Type, Number or Constant), dark and
-- light: each part of a row has a colour of its own on both, and each
-- reads against its float (tests/nvim/test_colors.lua measures the
-- contrast of the colours Neovim resolves, 3:1 at least).
M.links = {
    { "DeepSeekClaimsEntity", "Identifier" },
    { "DeepSeekClaimsOrg", "DeepSeekClaimsEntity" },
    { "DeepSeekClaimsPerson", "DeepSeekClaimsEntity" },
    { "DeepSeekClaimsModel", "DeepSeekClaimsEntity" },
    { "DeepSeekClaimsChip", "DeepSeekClaimsEntity" },
    { "DeepSeekClaimsProduct", "DeepSeekClaimsEntity" },
    { "DeepSeekClaimsPlace", "DeepSeekClaimsEntity" },
    { "DeepSeekClaimsUnknown", "DeepSeekClaimsEntity" },
    { "DeepSeekClaimsMarker", "Comment" },
    { "DeepSeekClaimsSign", "DeepSeekClaimsMarker" },
    -- DiagnosticWarn is orange on white in 0.7 (2:1)
    { "DeepSeekClaimsHedged", "WarningMsg" },
    { "DeepSeekClaimsNormal", "NormalFloat" }, -- see float_links()
    { "DeepSeekClaimsBorder", "FloatBorder" },
    { "DeepSeekClaimsTitle", "Title" },
    { "DeepSeekClaimsGroup", "Title" },
    -- LineNr is dim on purpose in 0.10 on (2.5:1 on a float)
    { "DeepSeekClaimsLineNr", "Comment" },
    -- Type, Number: no colour in 0.10 on
    { "DeepSeekClaimsKind", "Special" },
    { "DeepSeekClaimsClaimant", "Identifier" },
    { "DeepSeekClaimsFigure", "String" },
    { "DeepSeekClaimsBenchmark", "DeepSeekClaimsFigure" },
    { "DeepSeekClaimsHint", "Comment" },
    { "DeepSeekClaimsWhy", "DeepSeekClaimsHint" },
    { "DeepSeekClaimsPreview", "DeepSeekClaimsNormal" },
}

-- Neovim before 0.10 with no colour scheme draws floats on the magenta of
-- its default Pmenu (#ff00ff with 'termguicolors', where Title is #ff00ff
-- too): the plugin's floats take the editor's Normal there. A colour scheme
-- (or a NormalFloat of the user's) is followed.
local function float_links()
    if vim.fn.has("nvim-0.10") == 1 or vim.g.colors_name ~= nil then return "NormalFloat", "FloatBorder" end
    local target = vim.fn.synIDattr(vim.fn.synIDtrans(vim.fn.hlID("NormalFloat")), "name")
    if target ~= "Pmenu" then return "NormalFloat", "FloatBorder" end
    return "Normal", "Normal"
end

local KIND_GROUP = {
    org = "DeepSeekClaimsOrg",
    person = "DeepSeekClaimsPerson",
    model = "DeepSeekClaimsModel",
    chip = "DeepSeekClaimsChip",
    product = "DeepSeekClaimsProduct",
    place = "DeepSeekClaimsPlace",
}

local MAX_KINDS = 4 -- kinds named in one end-of-line marker

local SIGN = {
    cost = "$",
    time = "T",
    hardware = "H",
    benchmark = "B",
    market = "M",
    funding = "F",
    policy = "P",
    quote = "Q",
    other = "•",
}

--- Defines (links) every highlight group, without overriding the user's.
function M.define()
    local normal, border = float_links()
    for _, l in ipairs(M.links) do
        local to = l[2]
        if l[1] == "DeepSeekClaimsNormal" then
            to = normal
        elseif l[1] == "DeepSeekClaimsBorder" then
            to = border
        end
        vim.api.nvim_set_hl(0, l[1], { link = to, default = true })
    end
    -- the best score of a results table: drawn over the figure's colour
    vim.api.nvim_set_hl(0, "DeepSeekClaimsBest", { bold = true, default = true })
end

--- The window-local 'winhighlight' for the plugin's floats.
M.float_winhl = "Normal:DeepSeekClaimsNormal,FloatBorder:DeepSeekClaimsBorder"

-- Per-buffer state: { timer =, detached =, warned =, entry = the parse
-- drawn, blocks = { [b] = true: lines b*BLOCK+1 .. (b+1)*BLOCK drawn }, ms = }
local state = {}

function M.is_attached(buf)
    return state[buf] ~= nil and not state[buf].detached
end

function M.clear(buf)
    if vim.api.nvim_buf_is_valid(buf) then vim.api.nvim_buf_clear_namespace(buf, M.ns, 0, -1) end
end

local function set(buf, row, col, opts)
    opts.strict = false
    pcall(vim.api.nvim_buf_set_extmark, buf, M.ns, row, col, opts)
end

-- Marks are drawn by blocks of lines, those a window shows and one block
-- either side, the others when a window scrolls to them: drawing costs what
-- is on screen, not what the buffer holds. The document answers for a range
-- of lines (doc:mentions_in, doc:claims_in), so no list of the whole
-- buffer's mentions is built either.
local BLOCK = 100 -- lines per block

-- The end-of-line marker of a line's claims, in the longest form that fits
-- the room left on the line's last screen row (a marker that does not fit
-- is cut at the window's edge: "fundin"): the kinds, each once, at most
-- MAX_KINDS, with the count of claims; the kinds without the count; their
-- one-letter signs ("$F"); the diamond alone.
local function marker_chunks(cs, room)
    local M_ = "DeepSeekClaimsMarker"
    local seen, kinds = {}, {}
    for _, c in ipairs(cs) do
        local key = c.kind .. (c.hedged and "?" or "")
        if not seen[key] then
            seen[key] = true
            kinds[#kinds + 1] = c
        end
    end
    local function form(long, count)
        local chunks, w = { { "  ◆ ", M_ } }, 4
        for i, c in ipairs(kinds) do
            if i > MAX_KINDS then
                local more = " +" .. (#kinds - MAX_KINDS)
                chunks[#chunks + 1], w = { more, M_ }, w + #more
                break
            end
            if long and i > 1 then
                chunks[#chunks + 1], w = { " · ", M_ }, w + 3
            end
            local name = long and c.kind or (SIGN[c.kind] or "•")
            chunks[#chunks + 1], w = { name, M_ }, w + util.width(name)
            if c.hedged then
                chunks[#chunks + 1], w = { util.hedge_mark, "DeepSeekClaimsHedged" }, w + 1
            end
        end
        if count and #cs > 1 then
            local n = "  (" .. #cs .. ")"
            chunks[#chunks + 1], w = { n, M_ }, w + #n
        end
        return chunks, w
    end
    for _, f in ipairs({ { true, true }, { true, false }, { false, false } }) do
        local chunks, w = form(f[1], f[2])
        if not room or w <= room then return chunks end
    end
    -- the diamond with what room there is before it ("  ◆" is 3 cells)
    local pad = room and math.max(0, math.min(2, room - 1)) or 2
    return { { string.rep(" ", pad) .. "◆", M_ } }
end

-- The text areas of the windows showing buf, that end-of-line markers are
-- fitted to: each window's cells for text (less the number, sign and fold
-- columns) and whether it wraps; nil when no window shows it.
local function text_areas(buf)
    local areas = {}
    for _, win in ipairs(vim.fn.win_findbuf(buf)) do
        local info = vim.fn.getwininfo(win)[1]
        local w = info and (info.width - (info.textoff or 0)) or vim.api.nvim_win_get_width(win)
        areas[#areas + 1] = { width = math.max(1, w), wrap = vim.wo[win].wrap }
    end
    return areas[1] and areas or nil
end

-- The cells left after a line of text on its last screen row, the fewest
-- of its windows' (with wrap, a narrower window can leave more room).
local function room_after(text, areas)
    if not areas then return nil end
    local w, room
    for _, a in ipairs(areas) do
        -- a line longer than a screen of its window: its end is not in view
        if #text <= 4 * a.width * vim.o.lines then
            w = w or util.width(text)
            local r
            if a.wrap then
                local used = w % a.width
                r = (used == 0 and w > 0) and 0 or a.width - used
            else
                r = a.width - w
            end
            room = math.min(room or r, r)
        end
    end
    return room
end

-- Draws the marks of lines [first, last] (1-based) from the document doc,
-- those starting up to byte column max_col; areas: the windows' text areas
-- (text_areas) that end-of-line markers are fitted to.
local function draw_lines(buf, doc, first, last, max_col, areas)
    local cfg = config.current.highlights
    if cfg.entities then
        for _, m in ipairs(doc:mentions_in(first, last, max_col)) do
            -- a name found from context is not in the dictionary
            local group = not m.known and "DeepSeekClaimsUnknown" or (KIND_GROUP[m.kind] or "DeepSeekClaimsEntity")
            set(buf, m.line - 1, m.col - 1, {
                end_row = m.end_line - 1,
                end_col = m.end_col,
                hl_group = group,
                priority = 150,
            })
        end
    end
    if not cfg.markers then return end
    local cl = doc:claims_in(first, last, max_col)
    local i = 1
    while cl[i] do
        local line, cs = cl[i].line, {}
        while cl[i] and cl[i].line == line do
            cs[#cs + 1] = cl[i]
            i = i + 1
        end
        if cfg.markers == "sign" then
            set(buf, line - 1, 0, {
                sign_text = (SIGN[cs[1].kind] or "•") .. (#cs > 1 and "+" or " "),
                sign_hl_group = cs[1].hedged and "DeepSeekClaimsHedged" or "DeepSeekClaimsSign",
            })
        else
            local text = vim.api.nvim_buf_get_lines(buf, line - 1, line, false)[1] or ""
            local room = room_after(text, areas)
            set(buf, line - 1, 0, { virt_text = marker_chunks(cs, room), virt_text_pos = "eol", hl_mode = "combine" })
        end
    end
end

-- Draws the blocks of buf shown in its windows (and one block either side)
-- that are not drawn yet. Only from a parse of the buffer's current text:
-- after an edit, what scrolls into view waits for the next parse (the marks
-- already drawn move with the text meanwhile).
local function draw_visible(buf)
    local st = state[buf]
    if not st or not st.entry or not util.buf_ok(buf) then return end
    if st.entry.tick ~= vim.api.nvim_buf_get_changedtick(buf) then return end
    -- markers are fitted to the windows' width: a new width redraws them
    local areas = text_areas(buf)
    local key = {}
    for i, a in ipairs(areas or {}) do
        key[i] = a.width .. (a.wrap and "w" or "n")
    end
    key = table.concat(key, ",")
    if st.areas and st.areas ~= key and areas then
        st.blocks = {}
        M.clear(buf)
    end
    if areas then st.areas = key end
    for _, win in ipairs(vim.fn.win_findbuf(buf)) do
        local top = vim.fn.line("w0", win)
        local bot = vim.fn.line("w$", win)
        -- a window shows at most its cells of one line: the rest of a line of
        -- megabytes is not drawn (each mark on such a line costs Neovim a pass
        -- over it). Two bytes a cell leave room for accents and curly quotes.
        local max_col = 2 * vim.api.nvim_win_get_width(win) * vim.api.nvim_win_get_height(win)
        for b = math.max(0, math.floor((top - 1) / BLOCK) - 1), math.floor((bot - 1) / BLOCK) + 1 do
            if not st.blocks[b] then
                st.blocks[b] = true
                draw_lines(buf, st.entry.doc, b * BLOCK + 1, (b + 1) * BLOCK, max_col, areas)
            end
        end
    end
end

--- Draws the marks of one parse (an engine entry) for what the windows
--- show; replaces the previous ones in one go.
function M.apply(buf, entry)
    local st = state[buf]
    if not st then return end
    st.entry, st.blocks = entry, {}
    M.clear(buf)
    draw_visible(buf)
end

--- Draws what scrolled into view (WinScrolled, BufWinEnter).
function M.on_view(buf)
    if state[buf] and not state[buf].detached then draw_visible(buf) end
end

-- Diagnostics (diagnostics.lua) follow the same parses as the marks.
local function diagnostics_on()
    return config.current.diagnostics ~= nil and config.current.diagnostics.enabled
end

local function diagnostics_reset(buf)
    local d = package.loaded["deepseek_claims.diagnostics"]
    if d then d.reset(buf) end
end

local function wanted()
    return config.current.highlights.enabled or diagnostics_on()
end

local function too_big(buf, st)
    M.clear(buf)
    diagnostics_reset(buf)
    st.entry = nil
    if not st.warned then
        st.warned = true
        util.notify(
            string.format(
                "buffer %d is %s, above `max_filesize` (%s): no inline highlights; :DeepSeekClaims still works",
                buf,
                util.human_size(util.buf_size(buf)),
                util.human_size(config.current.max_filesize)
            ),
            vim.log.levels.WARN
        )
    end
end

-- A parse of buf has landed: drawn if it parsed the buffer's current text.
-- An older one is dropped (the edit that made it old has scheduled the
-- next update); the marks drawn before stay until then.
local function parsed(buf, st, entry, err)
    if state[buf] ~= st or st.detached or not util.buf_ok(buf) then return end
    if not wanted() then return end
    if not entry then
        if err == "too big" then return too_big(buf, st) end
        return util.notify_once("update:" .. tostring(err), tostring(err), vim.log.levels.ERROR)
    end
    st.warned = false
    st.ms = entry.ms
    if entry.tick ~= vim.api.nvim_buf_get_changedtick(buf) then return end
    if config.current.highlights.enabled and st.entry ~= entry then M.apply(buf, entry) end
    if st.checked ~= entry then
        st.checked = entry
        if diagnostics_on() then
            require("deepseek_claims.diagnostics").on_parse(buf, entry)
        else
            diagnostics_reset(buf)
        end
    end
end

--- Asks for a parse of buf (if stale) and redraws its marks when it lands.
--- Called from the timer; never waits for the parse.
function M.update(buf)
    local st = state[buf]
    if not st or st.detached or not util.buf_ok(buf) then return end
    if not config.current.highlights.enabled then M.clear(buf) end
    if not diagnostics_on() then diagnostics_reset(buf) end
    if not wanted() then return end
    require("deepseek_claims.engine").request(buf, { auto = true }, function(entry, err)
        parsed(buf, st, entry, err)
    end)
end

--- Schedules an update of buf after the debounce (delay overrides it). The
--- delay grows with the last parse time, so a big buffer is not parsed
--- over and over while its text keeps changing (the parse runs on a thread,
--- but it still takes a core).
function M.schedule(buf, delay)
    local st = state[buf]
    if not st or st.detached then return end
    if not delay then
        delay = config.current.highlights.debounce
        if st.ms and st.ms * 2 > delay then delay = math.min(2000, math.floor(st.ms * 2)) end
    end
    if not st.timer then st.timer = util.uv.new_timer() end
    st.timer:stop()
    st.timer:start(delay, 0, function()
        vim.schedule(function()
            M.update(buf)
        end)
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
            -- a check of the old text under way stops (diagnostics.lua)
            local d = package.loaded["deepseek_claims.diagnostics"]
            if d then d.stop(buf) end
            if wanted() then M.schedule(buf) end
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
    diagnostics_reset(buf)
end

--- Redraws every attached buffer now (after toggle, setup or refresh).
function M.refresh_all()
    for buf, st in pairs(state) do
        st.entry, st.checked = nil, nil
        if wanted() then
            M.schedule(buf, 0)
        else
            M.clear(buf)
            diagnostics_reset(buf)
        end
        if not config.current.highlights.enabled then M.clear(buf) end
    end
end

--- Forces the next update of buf to redraw.
function M.invalidate(buf)
    if state[buf] then
        state[buf].entry, state[buf].checked = nil, nil
    end
end

function M.attached_buffers()
    local t = {}
    for buf, st in pairs(state) do
        if not st.detached then t[#t + 1] = buf end
    end
    table.sort(t)
    return t
end

return M
