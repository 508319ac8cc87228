-- picker/select.lua: the claims through vim.ui.select, the fallback when no
-- picker is installed (or whatever a plugin made of vim.ui.select).
local M = { name = "select" }

function M.available()
    return true
end

function M.pick(items, opts)
    vim.ui.select(items, {
        prompt = opts.title .. ":",
        kind = "deepseek_claims",
        format_item = function(item)
            return item.text
        end,
    }, function(choice)
        if choice then opts.on_choose(choice) end
    end)
end

return M
