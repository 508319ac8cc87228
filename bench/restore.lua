-- bench/restore.lua: Neovim starting in a folder scanned before (corpus.cache).
-- Run by bench/run.sh in the bench scan corpus, with XDG_CACHE_HOME where
-- bench/scan.lua left its cache:
--
--   cd CORPUS && XDG_CACHE_HOME=... nvim --headless --clean -u NONE -i NONE -n \
--     --cmd "set rtp^=$ROOT" --cmd "runtime plugin/deepseek_claims.lua" -c "luafile $ROOT/bench/restore.lua"
--
-- Prints one line: how long after VimEnter the corpus was there (restored
-- from the cache on a thread, scheduled after the first screen), the
-- restore itself, the quiet rescan after it, and the longest stall of the
-- main loop all the while (a 2 ms timer's longest gap; the machine's own
-- noise is in it too).
-- luacheck: read globals vim
local uv = vim.uv or vim.loop
local entered = uv.hrtime()
local root = vim.fn.fnamemodify(debug.getinfo(1, "S").source:sub(2), ":p:h:h")
local stall = dofile(root .. "/bench/stall.lua").start()

local function ms(t)
    return (t - entered) / 1e6
end

local restored_at, reported
local poll = uv.new_timer()
poll:start(
    1,
    1,
    vim.schedule_wrap(function()
        local corpus = package.loaded["deepseek_claims.corpus"]
        local st = corpus and corpus.status()
        if not st or reported then return end
        if st.restored and not restored_at then restored_at = uv.hrtime() end
        if (ms(uv.hrtime()) > 60000) or (restored_at and not st.running and not st.restoring) then
            reported = true
            poll:stop()
            stall.stop()
            io.stdout:write(
                string.format(
                    "nvim %s startup: corpus restored %.0f ms after VimEnter (the restore %.1f ms on a thread, "
                        .. "target 100 ms; %d files), rescan done at %.0f ms (%d from the cache), "
                        .. "longest main-loop stall %.0f ms\n",
                    tostring(vim.version and vim.version() and vim.version().minor and ("0." .. vim.version().minor)),
                    restored_at and ms(restored_at) or -1,
                    st.restore_ms or -1,
                    st.files,
                    ms(uv.hrtime()),
                    st.cache and st.cache.cached or 0,
                    stall.longest()
                )
            )
            vim.cmd("qa!")
        end
    end)
)
