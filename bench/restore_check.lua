-- bench/restore_check.lua: diagnostics right after a restore. Neovim starts
-- in a folder scanned before (the corpus comes back from its cache, each
-- file's claims read when first used); as soon as it is there, a markdown
-- buffer states a figure about DeepSeek, so its diagnostics ask the corpus
-- about DeepSeek before the quiet rescan lands. A 2 ms repeating timer
-- records the longest gap of the main loop from then until the diagnostics
-- are set and the rescan is done (issue 9's rule: at most 30 ms). Also
-- printed: the same corpus question asked in one piece on the main loop
-- (the work the editor must not do at once). Run as bench/restore.lua is:
--
--   cd CORPUS && XDG_CACHE_HOME=... nvim --headless --clean -u NONE -i NONE -n \
--     --cmd "set rtp^=$ROOT" --cmd "runtime plugin/deepseek_claims.lua" -c "luafile $ROOT/bench/restore_check.lua"
-- luacheck: globals vim
local uv = vim.uv or vim.loop
local entered = uv.hrtime()
local TRACE = os.getenv("DSC_BENCH_TRACE") -- gaps over 15 ms to stderr, with when
local root = vim.fn.fnamemodify(debug.getinfo(1, "S").source:sub(2), ":p:h:h")
local stall = dofile(root .. "/bench/stall.lua").start(function(gap, now)
    if TRACE and gap > 15 then
        io.stderr:write(string.format("gap %.0f ms at %.0f ms\n", gap, (now - entered) / 1e6))
    end
end)
local function ms(t)
    return (t - entered) / 1e6
end

local LINE = "DeepSeek said it spent only \\$60 million to train DeepSeek-V3."
local corpus = require("deepseek_claims.corpus")
local diagnostics = require("deepseek_claims.diagnostics")
local buf, opened_at, diag_at, reported, rescanned
local poll = uv.new_timer()
poll:start(
    1,
    1,
    vim.schedule_wrap(function()
        if reported then return end
        local st = corpus.status()
        if st.restored and not buf then
            opened_at = uv.hrtime()
            stall.reset() -- from here on: the stall the restore's first question makes
            vim.cmd("enew!")
            buf = vim.api.nvim_get_current_buf()
            vim.api.nvim_buf_set_lines(buf, 0, -1, false, { "# Notes", "", LINE })
            vim.bo[buf].filetype = "markdown"
        end
        if buf and not rescanned and not st.restoring and not st.running and not st.restored then
            rescanned = uv.hrtime() -- the quiet rescan's corpus replaced the restored one
        end
        if buf and not diag_at and #vim.diagnostic.get(buf, { namespace = diagnostics.ns }) > 0 then
            diag_at = uv.hrtime()
        end
        if ms(uv.hrtime()) > 60000 or (diag_at and rescanned and ms(uv.hrtime()) > ms(rescanned) + 2000) then
            reported = true
            poll:stop()
            stall.stop()
            local longest = stall.longest()
            local t0 = uv.hrtime()
            local n = #corpus.claims("DeepSeek")
            local one = (uv.hrtime() - t0) / 1e6
            io.stdout:write(
                string.format(
                    "nvim %s diagnostics after a restore: buffer opened %.0f ms after VimEnter, diagnostics at %.0f ms, "
                        .. "rescan landed at %.0f ms; longest main-loop stall %.0f ms (target 30 ms); "
                        .. "corpus claims about DeepSeek in one piece on the main loop: %.0f ms (%d claims)\n",
                    "0." .. vim.version().minor,
                    ms(opened_at or entered),
                    diag_at and ms(diag_at) or -1,
                    rescanned and ms(rescanned) or -1,
                    longest,
                    one,
                    n
                )
            )
            vim.cmd("qa!")
        end
    end)
)
