-- picker/telescope.lua: the claims in Telescope (nvim-telescope/telescope.nvim):
-- a table finder whose entries carry filename/bufnr, lnum and col, so the
-- quickfix previewer shows each claim where it stands; <CR> opens it.
local M = { name = "telescope" }

function M.available()
    return require("deepseek_claims.picker").installed("telescope.pickers") ~= nil
end

-- A Telescope entry of an item: display the line, match on it and the entities.
function M.entry(item)
    return {
        value = item,
        display = item.text,
        ordinal = item.search,
        filename = item.file,
        bufnr = item.bufnr,
        lnum = item.lnum,
        col = item.col,
    }
end

function M.pick(items, opts)
    local pickers = require("telescope.pickers")
    local finders = require("telescope.finders")
    local conf = require("telescope.config").values
    local actions = require("telescope.actions")
    local action_state = require("telescope.actions.state")
    pickers
        .new({}, {
            prompt_title = opts.title,
            finder = finders.new_table({ results = items, entry_maker = M.entry }),
            sorter = conf.generic_sorter({}),
            previewer = conf.qflist_previewer({}),
            attach_mappings = function(prompt_bufnr)
                actions.select_default:replace(function()
                    local entry = action_state.get_selected_entry()
                    actions.close(prompt_bufnr)
                    if entry then opts.on_choose(entry.value) end
                end)
                return true
            end,
        })
        :find()
end

return M
