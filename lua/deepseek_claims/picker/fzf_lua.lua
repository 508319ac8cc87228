-- picker/fzf_lua.lua: the claims in fzf-lua (ibhagwan/fzf-lua). Each line is
-- "path:line:col:text", the form its builtin previewer opens at the line;
-- fzf shows the text only (--with-nth), and the chosen line maps back to
-- its item.
local M = { name = "fzf-lua" }

function M.available()
    return require("deepseek_claims.picker").installed("fzf-lua") ~= nil
end

--- The fzf lines of the items, and the item of each line.
function M.lines(items)
    local lines, by_line = {}, {}
    for _, item in ipairs(items) do
        -- an unnamed buffer has no path to preview: its line starts with ":"
        local line = string.format("%s:%d:%d:%s", item.file or "", item.lnum, item.col, item.text)
        if by_line[line] == nil then
            lines[#lines + 1] = line
            by_line[line] = item
        end
    end
    return lines, by_line
end

function M.pick(items, opts)
    local lines, by_line = M.lines(items)
    require("fzf-lua").fzf_exec(lines, {
        prompt = opts.title .. "> ",
        previewer = "builtin",
        fzf_opts = { ["--delimiter"] = ":", ["--with-nth"] = "4.." },
        actions = {
            ["default"] = function(selected)
                local item = selected and by_line[selected[1]]
                if item then opts.on_choose(item) end
            end,
        },
    })
end

return M
