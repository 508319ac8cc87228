-- picker/snacks.lua: the claims in snacks.picker (folke/snacks.nvim): items
-- with file (or buf) and pos, previewed by its file previewer.
local M = { name = "snacks" }

local function snacks()
    return require("deepseek_claims.picker").installed("snacks", "picker")
end

function M.available()
    return snacks() ~= nil
end

-- A snacks item of an item: text is what its matcher searches.
function M.entry(item)
    return {
        text = item.search,
        file = item.file,
        buf = item.bufnr,
        pos = { item.lnum, item.col - 1 }, -- snacks columns are 0-based
        claim = item,
    }
end

function M.pick(items, opts)
    local list = {}
    for i, item in ipairs(items) do
        list[i] = M.entry(item)
    end
    snacks().picker.pick({
        source = "deepseek_claims",
        title = opts.title,
        items = list,
        format = function(it)
            return { { it.claim.text } }
        end,
        preview = "file",
        confirm = function(picker, it)
            picker:close()
            if it then vim.schedule(function()
                opts.on_choose(it.claim)
            end) end
        end,
    })
end

return M
