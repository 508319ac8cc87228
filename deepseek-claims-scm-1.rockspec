-- deepseek-claims as a LuaRocks package: require("deepseek_claims.core")
-- from a Lua 5.4 script with no path set, and the CLI on PATH.
--
--   luarocks --lua-version 5.4 make                 -- in the checkout (--local: your tree)
--   luarocks --lua-version 5.4 pack deepseek-claims -- a binary rock of what make installed
--   luarocks --lua-version 5.4 install deepseek-claims-scm-1.linux-x86_64.rock
--
-- The build is the Makefile's (targets rock and rock-install): the engine's
-- data files are compiled into the module by generators it builds first.
-- Built for Lua 5.1 or LuaJIT (lazy.nvim builds plugins with a rockspec so,
-- and rocks.nvim), the module loads in Neovim.
rockspec_format = "3.0"
package = "deepseek-claims"
version = "scm-1"

source = {
    url = "git+https://github.com/deepseek-claims/deepseek-claims",
}

description = {
    summary = "Who claims what about which AI lab, model or chip: claims in news about the AI industry",
    detailed = [[
A C engine (with a Lua binding for Lua 5.1 to 5.4 and LuaJIT) that finds the
claims in news about the AI industry: who claims what about which lab, model or
chip, with which figures, how hedged. Also a Neovim plugin and a CLI.]],
    homepage = "https://github.com/deepseek-claims/deepseek-claims",
    license = "see the repository",
    labels = { "neovim", "nlp", "text" },
}

dependencies = {
    "lua >= 5.1, < 5.5",
}

external_dependencies = {
    LIBUV = { header = "uv.h", library = "uv" },
}

build = {
    type = "make",
    build_target = "rock",
    build_variables = {
        CFLAGS = "$(CFLAGS)",
        LIBFLAG = "$(LIBFLAG)",
        LUA_INCDIR = "$(LUA_INCDIR)",
        LIBUV_INCDIR = "$(LIBUV_INCDIR)",
        LIBUV_LIBDIR = "$(LIBUV_LIBDIR)",
    },
    install_target = "rock-install",
    install_variables = {
        INST_LIBDIR = "$(LIBDIR)",
        INST_LUADIR = "$(LUADIR)",
        INST_BINDIR = "$(BINDIR)",
        LUA_INCDIR = "$(LUA_INCDIR)",
    },
    copy_directories = { "data", "doc", "plugin" },
}
