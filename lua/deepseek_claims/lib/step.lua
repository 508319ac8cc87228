-- lib/step.lua: long loops that give the editor its main loop back.
--
-- A loop over many claims calls step.tick() once per item. Outside a run it
-- costs one test of a local. Inside step.run(fn, opts), fn runs in a
-- coroutine, and tick() yields once the slice of time is spent; the run
-- resumes it through opts.defer (vim.defer_fn in Neovim) until fn returns.
-- The first slice runs at once: a short job finishes before run() returns,
-- and the caller draws its result straight away.
--
-- Pure Lua (the CLI and tests load it without Neovim). Where a coroutine
-- cannot yield (PUC Lua 5.1 across pcall), tick() does not yield and the
-- job simply finishes in one piece.

local M = {}

local active -- the coroutine of the run being resumed, or nil
local deadline = 0
local clock

local yieldable = coroutine.isyieldable or function()
    return coroutine.running() ~= nil
end

--- Gives the main loop back when the current slice is spent.
function M.tick()
    if active and clock() >= deadline and coroutine.running() == active and yieldable() then coroutine.yield() end
end

--- Whether the caller runs inside a step.run job (it may take the slow,
--- yielding path of a computation rather than one long C call).
function M.active()
    return active ~= nil and coroutine.running() == active
end

--- Runs fn by slices. opts: slice (ms, default 10), first (the first
--- slice's ms, default slice), clock (ms, required), defer(resume)
--- (required), done(ok, err) called once when fn ends (err is fn's error).
--- Returns true when fn ended within the first slice.
function M.run(fn, opts)
    local slice = opts.slice or 10
    local this = opts.first or slice
    local co = coroutine.create(fn)
    local function resume()
        local prev_active, prev_deadline, prev_clock = active, deadline, clock
        active, deadline, clock = co, opts.clock() + this, opts.clock
        this = slice
        local ok, err = coroutine.resume(co)
        active, deadline, clock = prev_active, prev_deadline, prev_clock
        if coroutine.status(co) == "dead" or not ok then
            if opts.done then opts.done(ok, (not ok) and err or nil) end
            return true
        end
        opts.defer(resume)
        return false
    end
    return resume()
end

return M
