-- luacheck (make lint). The shared code runs under Lua 5.4 and LuaJIT, so
-- the standard library is their union ("max"); stylua sets the layout
-- (.stylua.toml), luacheck looks for mistakes.
std = "max"
-- stylua keeps code within 120 columns wherever it can break it; a line it
-- cannot break holds a long string (a fixture sentence, a usage line),
-- which stays whole. Comments are for us to wrap.
max_line_length = false
max_comment_line_length = 120

-- The Neovim layer, its tests and tools: `vim` is Neovim's global, and
-- setting its option tables (vim.bo[buf].x = ...) is how options are set.
-- lib/ is not listed: `vim` there is an error (it is shared with the CLI).
local nvim = { read_globals = { vim = { other_fields = true, read_only = false } } }
files["lua/deepseek_claims/*.lua"] = nvim
files["lua/deepseek_claims/picker/"] = nvim
files["plugin/"] = nvim
files["tests/nvim/"] = nvim
files["bench/editor.lua"] = nvim
files["tools/demo_init.lua"] = nvim
