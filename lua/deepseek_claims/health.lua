-- health.lua: :checkhealth deepseek_claims. The module, its build, the
-- dictionary, the configuration and the Neovim version, with a precise fix
-- for each problem.
local M = {}

local health = vim.health or require("health")
local start = health.start or health.report_start
local ok = health.ok or health.report_ok
local warn = health.warn or health.report_warn
local err = health.error or health.report_error
local info = health.info or health.report_info

function M.check()
    local util = require("deepseek_claims.util")
    local config = require("deepseek_claims.config")
    local engine = require("deepseek_claims.engine")
    local root = util.plugin_root()

    start("deepseek-claims: Neovim")
    local v = vim.version()
    local vs = string.format("%d.%d.%d", v.major, v.minor, v.patch)
    if vim.fn.has("nvim-0.7") == 1 then
        ok("Neovim " .. vs .. " (0.7 or later needed)")
    else
        err("Neovim " .. vs .. " is too old", { "Install Neovim 0.7 or later" })
    end
    local uv = util.uv
    info("libuv " .. (uv.version_string and uv.version_string() or "?") .. " (Neovim's)")

    start("deepseek-claims: core module")
    local core, why = engine.core()
    if not core then
        err(why, {
            "Run `make` in " .. root .. " (needs gcc, pkg-config, libluajit-5.1-dev, libuv1-dev)",
            'With a plugin manager, set the build step: build = "make"',
        })
    else
        local found = vim.api.nvim_get_runtime_file("lua/deepseek_claims/core.so", false)[1] or engine.module_path()
        ok(
            string.format(
                "deepseek_claims.core %s loaded (%s ABI) from %s",
                tostring(core.version),
                tostring(core.abi),
                found
            )
        )
        if core.abi and core.abi ~= "LuaJIT" then
            warn(
                "the module was built for " .. tostring(core.abi) .. "; Neovim needs the LuaJIT build",
                { "Run `make clean all` in " .. root }
            )
        end
        if core.libuv then info("libuv " .. tostring(core.libuv) .. " (the module's)") end
        local so = engine.module_path()
        local stat = uv.fs_stat(so)
        local newest = 0
        for _, f in ipairs(vim.fn.glob(root .. "/src/*.[ch]", false, true)) do
            local s = uv.fs_stat(f)
            if s and s.mtime.sec > newest then newest = s.mtime.sec end
        end
        if stat and newest > stat.mtime.sec then
            warn("the module is older than its sources in src/", { "Run `make` in " .. root })
        end
    end

    start("deepseek-claims: dictionary")
    if core then
        local _, derr = engine.dict()
        local size = engine.dict_size()
        if derr then err(derr, { "Fix the `entities` option (see :help deepseek-claims-entities)" }) end
        local src = config.current.entities
        local what = src == nil and "built-in"
            or type(src) == "string" and ("built-in + " .. src)
            or string.format("built-in + %d from setup()", #src)
        if not config.current.builtin_entities then what = what:gsub("^built%-in %+ ", "") end
        if size then ok(string.format("%d entries (%s)", size, what)) end
    else
        warn("not checked: the core module did not load")
    end

    start("deepseek-claims: configuration")
    local cfg = config.current
    ok("filetypes: " .. (#cfg.filetypes > 0 and table.concat(cfg.filetypes, ", ") or "(none)"))
    info(
        string.format(
            "hover key: %s · auto-hover: %s · highlights: %s (markers: %s) · max_filesize: %s",
            tostring(cfg.hover.key),
            cfg.hover.auto and "on" or "off",
            cfg.highlights.enabled and "on" or "off",
            tostring(cfg.highlights.markers),
            util.human_size(cfg.max_filesize)
        )
    )
    if package.loaded["deepseek_claims.highlight"] then
        local bufs = require("deepseek_claims.highlight").attached_buffers()
        info(#bufs .. " buffer(s) followed")
    end
end

return M
