-- picker/mini.lua: the claims in mini.pick (echasnovski/mini.nvim): table
-- items with text, path (or bufnr), lnum and col, which its default preview
-- shows at the line; the claim opens once the picker has closed.
local M = { name = "mini.pick" }

local function mini()
    return require("deepseek_claims.picker").installed("mini.pick", "start")
end

function M.available()
    return mini() ~= nil
end

function M.entry(item)
    return { text = item.search, path = item.file, bufnr = item.bufnr, lnum = item.lnum, col = item.col, claim = item }
end

function M.pick(items, opts)
    local list = {}
    for i, item in ipairs(items) do
        list[i] = M.entry(item)
    end
    mini().start({
        source = {
            name = opts.title,
            items = list,
            show = function(buf, shown)
                local lines = {}
                for i, it in ipairs(shown) do
                    lines[i] = it.claim.text
                end
                vim.api.nvim_buf_set_lines(buf, 0, -1, false, lines)
            end,
            choose = function(it)
                -- returning nothing stops the picker; open once it is closed
                vim.schedule(function()
                    opts.on_choose(it.claim)
                end)
            end,
        },
    })
end

return M
