-- Inline highlights: entity mentions and claim markers with extmarks,
-- updated after edits (debounced), toggled, re-linked on ColorScheme.
local T = dofile(vim.fn.fnamemodify(debug.getinfo(1, "S").source:sub(2), ":p:h") .. "/harness.lua")

local function hl()
    return require("deepseek_claims.highlight")
end
local function marks(buf)
    return vim.api.nvim_buf_get_extmarks(buf or 0, hl().ns, 0, -1, { details = true })
end
local function mention_marks(buf)
    local t = {}
    for _, m in ipairs(marks(buf)) do
        if m[4].hl_group then t[#t + 1] = m end
    end
    return t
end
local function marker_marks(buf)
    local t = {}
    -- Neovim 0.7 does not report sign_text in the details: a mark without a
    -- highlight group is a marker
    for _, m in ipairs(marks(buf)) do
        if not m[4].hl_group then t[#t + 1] = m end
    end
    return t
end
local function wait_marks(buf, pred)
    return T.wait(function()
        return pred(marks(buf))
    end, 3000)
end

T.test("mentions and claim markers are drawn on a markdown buffer", function()
    -- wide enough for every marker in full (they are fitted to the room left)
    vim.o.columns = 250
    local buf = T.buf("week.md")
    T.ok(
        wait_marks(buf, function(m)
            return #m > 0
        end),
        "marks appear"
    )
    local doc = require("deepseek_claims").document(buf)
    local mentions = doc:mentions()
    local mm = mention_marks(buf)
    T.eq(#mm, #mentions, "one mark per mention")
    local groups = {}
    for _, m in ipairs(mm) do
        groups[m[2] .. ":" .. m[3]] = m
    end
    for _, m in ipairs(mentions) do
        local x = T.ok(groups[(m.line - 1) .. ":" .. (m.col - 1)], "mark at mention " .. m.text)
        T.eq(x[4].end_row, m.end_line - 1)
        T.eq(x[4].end_col, m.end_col)
        T.match(x[4].hl_group, "^DeepSeekClaims")
    end
    -- markers: one per line holding claims, naming their kinds
    local lines = {}
    for _, c in ipairs(doc:claims()) do
        lines[c.line - 1] = (lines[c.line - 1] or "") .. c.kind
    end
    local mk = marker_marks(buf)
    local n = 0
    for _ in pairs(lines) do
        n = n + 1
    end
    T.eq(#mk, n, "one marker per claim line")
    for _, m in ipairs(mk) do
        local text = ""
        for _, ch in ipairs(m[4].virt_text) do
            text = text .. ch[1]
        end
        T.ok(lines[m[2]], "marker on a claim line")
        T.eq(m[4].virt_text_pos, "eol")
        local c = doc:claims()
        for _, x in ipairs(c) do
            if x.line - 1 == m[2] then T.contains(text, x.kind) end
        end
    end
    vim.o.columns = 80
end)

T.test("kinds get their own groups, linked with default", function()
    local buf = T.buf("week.md")
    T.ok(wait_marks(buf, function(m)
        return #m > 0
    end))
    local doc = require("deepseek_claims").document(buf)
    local kind_of = {}
    for _, m in ipairs(doc:mentions()) do
        kind_of[(m.line - 1) .. ":" .. (m.col - 1)] = m.kind
    end
    for _, m in ipairs(mention_marks(buf)) do
        local k = kind_of[m[2] .. ":" .. m[3]]
        local want = "DeepSeekClaims" .. k:sub(1, 1):upper() .. k:sub(2)
        T.ok(m[4].hl_group == want or m[4].hl_group == "DeepSeekClaimsUnknown", m[4].hl_group .. " for " .. k)
    end
    T.contains(vim.fn.execute("hi DeepSeekClaimsOrg"), "links to DeepSeekClaimsEntity")
    T.contains(vim.fn.execute("hi DeepSeekClaimsEntity"), "links to Identifier")
end)

T.test("edits are followed after the debounce; old marks stay until then", function()
    require("deepseek_claims").setup({ highlights = { debounce = 100 } })
    local buf = T.buf("week.md")
    T.ok(wait_marks(buf, function(m)
        return #m > 0
    end))
    local before = #mention_marks(buf)
    vim.api.nvim_buf_set_lines(
        buf,
        -1,
        -1,
        false,
        { "", "Microsoft said it will spend $80 billion on data centers this year." }
    )
    T.ok(#mention_marks(buf) == before, "previous marks kept right after the edit")
    local last = #T.lines(buf) - 1
    T.ok(
        wait_marks(buf, function()
            for _, m in ipairs(mention_marks(buf)) do
                if m[2] == last then return true end
            end
        end),
        "the new mention is highlighted"
    )
    T.ok(
        wait_marks(buf, function()
            for _, m in ipairs(marker_marks(buf)) do
                if m[2] == last then return true end
            end
        end),
        "the new claim has a marker"
    )
    -- deleting the sentence removes its marks
    vim.api.nvim_buf_set_lines(buf, last, last + 1, false, { "Nothing here." })
    T.ok(
        wait_marks(buf, function()
            for _, m in ipairs(mention_marks(buf)) do
                if m[2] == last then return false end
            end
            return true
        end),
        "marks of the deleted sentence are gone"
    )
end)

T.test("typing in insert mode is not blocked and is followed", function()
    local buf = T.buf("week.md")
    T.ok(wait_marks(buf, function(m)
        return #m > 0
    end))
    vim.api.nvim_win_set_cursor(0, { #T.lines(buf), 0 })
    local t0 = vim.loop.hrtime()
    T.feed("o<CR>Meta said it will buy 350,000 H100 chips.<Esc>", 50)
    T.ok((vim.loop.hrtime() - t0) / 1e6 < 2000, "typing returned")
    T.eq(T.lines(buf)[#T.lines(buf)], "Meta said it will buy 350,000 H100 chips.")
    local last = #T.lines(buf) - 1
    T.ok(
        wait_marks(buf, function()
            for _, m in ipairs(mention_marks(buf)) do
                if m[2] == last then return true end
            end
        end),
        "typed mention highlighted"
    )
end)

T.test("sign markers", function()
    require("deepseek_claims").setup({ highlights = { markers = "sign" } })
    local buf = T.buf("week.md")
    T.ok(wait_marks(buf, function()
        return #marker_marks(buf) > 0
    end))
    for _, m in ipairs(marker_marks(buf)) do
        if vim.fn.has("nvim-0.8") == 1 then T.ok(m[4].sign_text and #vim.trim(m[4].sign_text) >= 1, "sign text") end
        T.eq(m[4].virt_text, nil)
    end
end)

T.test("markers and mentions can be turned off", function()
    require("deepseek_claims").setup({ highlights = { markers = false } })
    local buf = T.buf("week.md")
    T.ok(wait_marks(buf, function(m)
        return #m > 0
    end))
    T.eq(#marker_marks(buf), 0, "no markers")
    require("deepseek_claims").setup({ highlights = { entities = false } })
    T.ok(
        wait_marks(buf, function()
            return #mention_marks(buf) == 0
        end),
        "no mention marks"
    )
    T.ok(#marker_marks(buf) > 0, "markers back")
end)

T.test(":DeepSeekClaims toggle turns highlights off and on", function()
    local buf = T.buf("week.md")
    T.ok(wait_marks(buf, function(m)
        return #m > 0
    end))
    vim.cmd("DeepSeekClaims toggle")
    T.ok(
        wait_marks(buf, function(m)
            return #m == 0
        end),
        "off"
    )
    T.contains(T.said(), "inline highlights off")
    vim.api.nvim_buf_set_lines(buf, 0, 0, false, { "DeepSeek said so." })
    T.sleep(300)
    T.eq(#marks(buf), 0, "edits while off draw nothing")
    vim.cmd("DeepSeekClaims toggle")
    T.ok(
        wait_marks(buf, function(m)
            return #m > 0
        end),
        "on again"
    )
    T.contains(T.said(), "inline highlights on")
end)

T.test("highlights can start disabled", function()
    require("deepseek_claims").setup({ highlights = { enabled = false } })
    local buf = T.buf("week.md")
    T.sleep(300)
    T.eq(#marks(buf), 0)
    require("deepseek_claims").toggle()
    T.ok(wait_marks(buf, function(m)
        return #m > 0
    end))
end)

T.test("other filetypes are left alone; a filetype change detaches", function()
    local buf = T.buf("week.md", "lua")
    T.sleep(300)
    T.eq(#marks(buf), 0, "lua buffer untouched")
    T.eq(vim.fn.maparg("K", "n"), "", "no K mapping")
    vim.bo[buf].filetype = "text"
    T.ok(
        wait_marks(buf, function(m)
            return #m > 0
        end),
        "text buffers are followed"
    )
    vim.bo[buf].filetype = "lua"
    T.ok(
        wait_marks(buf, function(m)
            return #m == 0
        end),
        "detached"
    )
    T.eq(vim.fn.maparg("K", "n"), "", "K restored")
end)

T.test("filetypes option", function()
    require("deepseek_claims").setup({ filetypes = { "mail" } })
    local md = T.buf("week.md")
    T.sleep(300)
    T.eq(#marks(md), 0, "markdown not followed")
    local mail = T.buf("week.md", "mail")
    T.ok(
        wait_marks(mail, function(m)
            return #m > 0
        end),
        "mail followed"
    )
    require("deepseek_claims").attach(md)
    -- a hidden buffer is drawn when a window shows it
    T.sleep(100)
    T.eq(#marks(md), 0, "nothing drawn while no window shows it")
    vim.api.nvim_set_current_buf(md)
    T.ok(
        wait_marks(md, function(m)
            return #m > 0
        end),
        "attach() by hand"
    )
end)

T.test("ColorScheme re-applies the links; user definitions win", function()
    local buf = T.buf("week.md")
    T.ok(wait_marks(buf, function(m)
        return #m > 0
    end))
    vim.cmd("hi clear")
    vim.cmd("colorscheme default")
    T.contains(vim.fn.execute("hi DeepSeekClaimsEntity"), "links to Identifier", "after :colorscheme")
    T.contains(vim.fn.execute("hi DeepSeekClaimsNormal"), "links to NormalFloat")
    vim.cmd("hi DeepSeekClaimsEntity guifg=#ff0000 gui=underline")
    require("deepseek_claims.highlight").define()
    local h = vim.fn.execute("hi DeepSeekClaimsEntity")
    T.contains(h, "guifg=#ff0000", "user colour kept")
    vim.cmd("doautocmd ColorScheme")
    T.contains(vim.fn.execute("hi DeepSeekClaimsEntity"), "guifg=#ff0000", "kept on ColorScheme")
    T.ok(#marks(buf) > 0, "marks survive a colorscheme change")
end)

T.test("a buffer reloaded from disk is redrawn", function()
    local path = T.tmpdir .. "/reload.md"
    vim.fn.writefile(vim.fn.readfile(T.fixtures .. "/week.md"), path)
    vim.cmd("edit " .. path)
    local buf = vim.api.nvim_get_current_buf()
    T.eq(vim.bo[buf].filetype, "markdown", "detected")
    T.ok(wait_marks(buf, function(m)
        return #m > 0
    end))
    vim.fn.writefile({ "Nvidia said nothing.", "", "DeepSeek said it spent $6 million." }, path)
    vim.cmd("edit!")
    T.ok(
        wait_marks(buf, function(m)
            for _, x in ipairs(m) do
                if x[2] == 2 then return true end
            end
        end),
        "redrawn after :edit!"
    )
end)

T.test("big buffers: marks for the lines in view, the rest as they scroll in", function()
    local base, lines = vim.fn.readfile(T.fixtures .. "/week.md"), {}
    while #lines < 6000 do
        vim.list_extend(lines, base)
    end
    local buf = T.buf(lines)
    local n = #lines
    local function marks_near(row)
        return #vim.api.nvim_buf_get_extmarks(buf, hl().ns, { math.max(0, row - 30), 0 }, { row + 30, 0 }, {})
    end
    T.ok(
        T.wait(function()
            return marks_near(0) > 0
        end),
        "marks at the top"
    )
    T.eq(marks_near(n - 40), 0, "none far out of view")
    T.feed("G")
    T.ok(
        T.wait(function()
            return marks_near(n - 40) > 0
        end),
        "marks at the end after G"
    )
    T.feed("gg")
    -- an edit redraws what is in view from the new parse
    vim.api.nvim_buf_set_lines(buf, 0, 0, false, { "Microsoft said it will spend $80 billion.", "" })
    T.ok(
        T.wait(function()
            for _, m in ipairs(vim.api.nvim_buf_get_extmarks(buf, hl().ns, 0, { 1, 0 }, { details = true })) do
                if m[2] == 0 and m[4].hl_group then return true end
            end
        end),
        "new first line highlighted"
    )
    vim.cmd("split")
    vim.cmd("normal! G")
    T.ok(
        T.wait(function()
            return marks_near(n - 40) > 0
        end),
        "a second window on the buffer gets its view drawn"
    )
end)

vim.cmd("filetype on")
-- The text of an end-of-line marker.
local function marker_text(m)
    local t = {}
    for _, chunk in ipairs(m[4].virt_text or {}) do
        t[#t + 1] = chunk[1]
    end
    return table.concat(t)
end

T.test("end-of-line markers fit the room left on the line's last screen row", function()
    vim.o.columns = 80
    -- lines that wrap once and end 2, 6, 12, 20 and 40 cells before the
    -- edge, with two claims of two kinds
    local sentence = "Acme raised $40 million. Training cost $6 million, it said."
    local lines = {}
    for _, left in ipairs({ 2, 6, 12, 20, 40 }) do
        local pad = string.rep("x", 160 - left - #sentence - 1)
        lines[#lines + 1] = pad .. " " .. sentence
        lines[#lines + 1] = ""
    end
    local buf = T.buf(lines)
    vim.wo.wrap = true
    vim.wo.number = false
    T.ok(wait_marks(buf, function()
        return #marker_marks(buf) >= 5
    end))
    local seen = {}
    for _, m in ipairs(marker_marks(buf)) do
        local text = T.lines(buf)[m[2] + 1]
        local room = 80 - vim.fn.strdisplaywidth(text) % 80
        local mark = marker_text(m)
        T.ok(vim.fn.strdisplaywidth(mark) <= room, string.format("%q in %d cells", mark, room))
        if room == 2 then T.eq(mark, " ◆", "the diamond alone in 2 cells") end
        seen[mark] = true
        -- whole words only: kinds, their signs, the diamond
        T.ok(not mark:find("fundin$") and not mark:find("cos$"), "not cut: " .. mark)
    end
    T.ok(seen["  ◆ funding · cost  (2)"], "the full form where it fits")
    T.ok(seen["  ◆ funding · cost"], "the kinds without the count in 20 cells")
    T.ok(seen["  ◆ F$"], "their signs in 6 and 12 cells")
    T.ok(seen["  ◆ F$"] or seen["  ◆ $F"], "signs where the kinds do not fit")
    -- every marker fits the room its line leaves in window win (a line that
    -- fills its last row leaves none: the diamond alone, not shown)
    local function fitted(win)
        local info = vim.fn.getwininfo(win)[1]
        local w = info.width - info.textoff
        for _, m in ipairs(marker_marks(buf)) do
            local used = vim.fn.strdisplaywidth(T.lines(buf)[m[2] + 1]) % w
            local room = used == 0 and 0 or w - used
            local mark = marker_text(m)
            if vim.fn.strdisplaywidth(mark) > room and not (room == 0 and mark == "◆") then return false end
        end
        return true
    end
    local win = vim.api.nvim_get_current_win()
    -- a narrower window (another buffer beside it): fitted again (at 70
    -- cells a line of 140 fills its last row, where 20 cells were left)
    vim.cmd("vnew")
    vim.cmd("wincmd p")
    vim.cmd("vertical resize 70")
    T.ok(
        T.wait(function()
            return fitted(win)
        end),
        "fitted to the narrower window"
    )
    -- a number column takes 4 cells: fitted again (a line of 120 leaves 12
    -- cells, where it left 20)
    vim.cmd("setlocal number")
    T.ok(
        T.wait(function()
            return fitted(win)
        end),
        "fitted beside the number column"
    )
    vim.cmd("setlocal nonumber")
    -- the buffer in a second window, of another width: fitted to both (33
    -- and 46 cells)
    vim.cmd("wincmd p")
    vim.api.nvim_win_set_buf(0, buf)
    vim.cmd("vertical resize 33")
    local other = vim.api.nvim_get_current_win()
    T.ok(
        T.wait(function()
            return fitted(win) and fitted(other)
        end),
        "fitted to both windows"
    )
    vim.cmd("only")
    vim.o.columns = 120
end)

T.run("highlight")
