-- demo_init.lua: a clean Neovim for `make demo` and the terminal test: the
-- plugin from this checkout, its defaults, nothing else. With DSC_DEMO_LIST=1
-- the claims list opens as soon as the example article is shown.
local root = vim.fn.fnamemodify(debug.getinfo(1, "S").source:sub(2), ":p:h:h")
vim.opt.runtimepath:prepend(root)
vim.opt.termguicolors = true
vim.opt.laststatus = 2
vim.opt.wrap = true
vim.cmd("runtime plugin/deepseek_claims.lua")
require("deepseek_claims").setup({})
if vim.env.DSC_DEMO_LIST == "1" then
    vim.api.nvim_create_autocmd("VimEnter", {
        once = true,
        callback = function()
            vim.defer_fn(function()
                vim.cmd("DeepSeekClaims")
            end, 50)
        end,
    })
end
