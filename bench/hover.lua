-- bench/hover.lua: the first K on a common name in a large corpus. Neovim
-- starts in a folder scanned before (the corpus comes back from its cache)
-- and, once the quiet rescan has landed, a buffer names DeepSeek and the
-- hover opens on it twice, each time on a corpus that has answered nothing
-- yet: first with the corpus sections built in one piece (the reference:
-- what the editor did before they came by slices), then by slices (the
-- default). A 2 ms repeating timer records the longest gap of the main loop
-- from the key until the popup shows the corpus section. Run as
-- bench/restore.lua is:
--
--   cd CORPUS && XDG_CACHE_HOME=... nvim --headless --clean -u NONE -i NONE -n \
--     --cmd "set rtp^=$ROOT" --cmd "runtime plugin/deepseek_claims.lua" -c "luafile $ROOT/bench/hover.lua"
-- luacheck: globals vim
local uv = vim.uv or vim.loop
local root = vim.fn.fnamemodify(debug.getinfo(1, "S").source:sub(2), ":p:h:h")
local stall = dofile(root .. "/bench/stall.lua").start()

local corpus = require("deepseek_claims.corpus")
local hover = require("deepseek_claims.hover")
local co = coroutine.running()
local function sleep(ms)
    vim.defer_fn(function()
        assert(coroutine.resume(co))
    end, ms)
    coroutine.yield()
end
local function wait(cond, timeout)
    local t0 = uv.hrtime()
    while not cond() and (uv.hrtime() - t0) / 1e6 < timeout do
        sleep(5)
    end
    return cond()
end
local function idle()
    local st = corpus.status()
    return st.files and st.files > 0 and not st.restoring and not st.running and not st.restored
end

-- The hover on DeepSeek; returns the longest stall from the key until the
-- corpus section is drawn, the time until then, and its heading.
local function first_k()
    vim.api.nvim_win_set_cursor(0, { 3, 0 })
    stall.reset()
    local t0 = uv.hrtime()
    hover.hover()
    local head
    wait(function()
        local h = hover.state()
        for _, l in ipairs(h and vim.api.nvim_buf_get_lines(h.buf, 0, -1, false) or {}) do
            if l:match("^corpus: %d") then head = l end
        end
        return head ~= nil
    end, 60000)
    local ready = (uv.hrtime() - t0) / 1e6
    sleep(20) -- the timer's tick that records a stall just ended
    local longest = stall.longest()
    hover.close()
    return longest, ready, head
end

co = coroutine.create(function()
    wait(idle, 60000)
    vim.cmd("enew!")
    vim.api.nvim_buf_set_lines(0, 0, -1, false, { "# Notes", "", "DeepSeek said it spent only $60 million." })
    vim.bo.filetype = "markdown"
    sleep(200) -- the buffer's parse
    local saved = hover.steps.first_ms
    hover.steps.first_ms = 1e9
    local one_stall, _, head = first_k()
    hover.steps.first_ms = saved
    corpus.scan(vim.fn.getcwd()) -- the same folder again: a new corpus, nothing asked of it yet
    sleep(50)
    wait(idle, 60000)
    local sliced, ready = first_k()
    io.stdout:write(
        string.format(
            "nvim 0.%d first K on DeepSeek (%s): longest main-loop stall %.0f ms by slices (ready at %.0f ms) "
                .. "vs %.0f ms in one piece\n",
            vim.version().minor,
            head or "no corpus section",
            sliced,
            ready,
            one_stall
        )
    )
    stall.stop()
    vim.cmd("qa!")
end)
coroutine.resume(co)
