-- deepseek-claims: the claims ledger inside Neovim. Everything here is
-- small; the plugin's modules and the C engine load on first use.
if vim.g.loaded_deepseek_claims then return end
vim.g.loaded_deepseek_claims = 1

if vim.fn.has("nvim-0.7") ~= 1 then
    vim.notify("(deepseek-claims) needs Neovim 0.7 or later", vim.log.levels.ERROR)
    return
end

vim.api.nvim_create_user_command("DeepSeekClaims", function(opts)
    require("deepseek_claims.commands").run(opts)
end, {
    nargs = "*",
    -- the subcommands are commands.lua's registry (completion lists them)
    desc = "deepseek-claims: the claims of the buffer; :DeepSeekClaims <Tab> for the subcommands",
    complete = function(lead, line)
        return require("deepseek_claims.commands").complete(lead, line)
    end,
})

vim.keymap.set("n", "<Plug>(DeepSeekClaimsHover)", function()
    require("deepseek_claims").hover()
end, { silent = true, desc = "deepseek-claims: hover the entity under the cursor" })
vim.keymap.set("n", "<Plug>(DeepSeekClaimsList)", function()
    require("deepseek_claims").list()
end, { silent = true, desc = "deepseek-claims: list the claims of the buffer" })

-- Defaults work without setup(): follow the configured filetypes.
require("deepseek_claims")._boot()
