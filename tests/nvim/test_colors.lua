-- The colours a person sees: with 'termguicolors', on Neovim's own colour
-- scheme of the version under test (0.7.2's, or 0.10 on's), dark and light,
-- every part of the list and the hover reads against its float (the WCAG
-- contrast ratio of the colours Neovim resolves, 3:1 at least) and the
-- columns of a row have colours of their own (not plain text).
local T = dofile(vim.fn.fnamemodify(debug.getinfo(1, "S").source:sub(2), ":p:h") .. "/harness.lua")
local hl = require("deepseek_claims.highlight")

local MIN = 3.0 -- WCAG 2: 3:1 for large text and the parts of a UI

-- Relative luminance of a 0xRRGGBB colour (WCAG 2).
local function luminance(rgb)
    local function channel(c)
        c = c / 255
        return c <= 0.03928 and c / 12.92 or ((c + 0.055) / 1.055) ^ 2.4
    end
    local r, g, b = math.floor(rgb / 65536) % 256, math.floor(rgb / 256) % 256, rgb % 256
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
end

local function ratio(a, b)
    local la, lb = luminance(a), luminance(b)
    if la < lb then
        la, lb = lb, la
    end
    return (la + 0.05) / (lb + 0.05)
end

-- The terminal's own colours where Normal has none (0.7.2 sets no
-- Normal colours): what 'background' says the terminal is.
local function terminal(bg)
    if vim.o.background == "light" then return bg and 0xffffff or 0x000000 end
    return bg and 0x000000 or 0xffffff
end

-- The colour (a number) of attribute 'fg' or 'bg' of a group as Neovim
-- resolves it (links followed), or nil.
local function color(group, attr)
    if vim.api.nvim_get_hl then -- 0.9 on
        return vim.api.nvim_get_hl(0, { name = group, link = false })[attr]
    end
    return vim.api.nvim_get_hl_by_name(group, true)[attr == "fg" and "foreground" or "background"]
end

-- The resolved colours of a group: its own, else the float's (bg), else
-- Normal's, else the terminal's.
local function fg_of(group)
    return color(group, "fg") or color("Normal", "fg") or terminal(false)
end
local function float_bg()
    return color("DeepSeekClaimsNormal", "bg") or color("Normal", "bg") or terminal(true)
end

-- The groups the floats draw text with.
local FLOAT_GROUPS = {
    "DeepSeekClaimsTitle",
    "DeepSeekClaimsGroup",
    "DeepSeekClaimsLineNr",
    "DeepSeekClaimsKind",
    "DeepSeekClaimsClaimant",
    "DeepSeekClaimsFigure",
    "DeepSeekClaimsBenchmark",
    "DeepSeekClaimsHedged",
    "DeepSeekClaimsHint",
    "DeepSeekClaimsWhy",
}

local function with_background(bg, fn)
    vim.o.termguicolors = true
    vim.o.background = bg
    vim.cmd("hi clear")
    vim.g.colors_name = nil
    hl.define()
    fn()
end

for _, bg in ipairs({ "dark", "light" }) do
    T.test("on the default scheme, " .. bg .. ": every part of a row reads against its float", function()
        with_background(bg, function()
            local back = float_bg()
            local low = {}
            for _, g in ipairs(FLOAT_GROUPS) do
                local r = ratio(fg_of(g), back)
                if r < MIN then low[#low + 1] = string.format("%s #%06x on #%06x: %.2f", g, fg_of(g), back, r) end
            end
            T.eq(low, {}, "groups under " .. MIN .. ":1 on the float")
            -- the text of the buffer: mentions and markers on Normal
            local normal = color("Normal", "bg") or terminal(true)
            for _, g in ipairs({ "DeepSeekClaimsEntity", "DeepSeekClaimsMarker", "DeepSeekClaimsHedged" }) do
                T.ok(ratio(fg_of(g), normal) >= MIN, string.format("%s on Normal: %.2f", g, ratio(fg_of(g), normal)))
            end
        end)
    end)

    T.test("on the default scheme, " .. bg .. ": kind, claimant and figures each have a colour", function()
        with_background(bg, function()
            local text = color("Normal", "fg") or terminal(false)
            local seen = {}
            for _, g in ipairs({ "DeepSeekClaimsKind", "DeepSeekClaimsClaimant", "DeepSeekClaimsFigure" }) do
                local c = color(g, "fg")
                T.ok(c and c ~= text, g .. " is not plain text")
                T.ok(not seen[c], g .. " has a colour of its own")
                seen[c] = true
            end
        end)
    end)
end

T.test("a colour scheme's floats are followed; the user's links win", function()
    vim.o.termguicolors = true
    vim.cmd("colorscheme default")
    vim.cmd("hi NormalFloat guibg=#203040")
    vim.cmd("doautocmd ColorScheme")
    T.eq(color("DeepSeekClaimsNormal", "bg"), 0x203040, "the float's background is NormalFloat's")
    vim.api.nvim_set_hl(0, "DeepSeekClaimsKind", { link = "Statement" })
    hl.define()
    T.contains(vim.fn.execute("hi DeepSeekClaimsKind"), "links to Statement", "the user's link kept")
    vim.cmd("hi clear DeepSeekClaimsKind")
    vim.cmd("hi clear")
end)

T.test("the list and the hover draw with these groups", function()
    vim.o.termguicolors = true
    vim.o.background = "dark"
    vim.cmd("hi clear")
    T.buf("week.md")
    vim.cmd("DeepSeekClaims")
    local st = T.ok(require("deepseek_claims.list").state(), "the list is open")
    T.contains(vim.wo[st.win].winhighlight, "Normal:DeepSeekClaimsNormal")
    T.ok(ratio(fg_of("DeepSeekClaimsTitle"), float_bg()) >= MIN, "the header reads")
end)

T.run("colors")
