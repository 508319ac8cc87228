-- bench/stall.lua: the longest stall of Neovim's main loop, as a 2 ms
-- repeating timer sees it (the longest gap between its ticks: keys typed
-- then wait that long; the machine's own noise is in it too).
--
--   local stall = dofile(root .. "/bench/stall.lua").start()
--   stall.reset() ... stall.longest() ... stall.stop()
--
-- on_gap(ms, now), when given, is called for every gap (to trace them).
-- luacheck: read globals vim
local M = {}

function M.start(on_gap)
    local uv = vim.uv or vim.loop
    local gap, last = 0, uv.hrtime()
    local ticker = uv.new_timer()
    ticker:start(2, 2, function()
        local now = uv.hrtime()
        local ms = (now - last) / 1e6
        gap = math.max(gap, ms)
        last = now
        if on_gap then on_gap(ms, now) end
    end)
    return {
        -- from now on
        reset = function()
            gap, last = 0, uv.hrtime()
        end,
        longest = function()
            return gap
        end,
        stop = function()
            ticker:stop()
            ticker:close()
        end,
    }
end

return M
