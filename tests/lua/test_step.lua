-- lib/step.lua: jobs run by slices (the hover's corpus sections), with a
-- clock and a queue the tests turn by hand.

return function(T)
    local step = require("deepseek_claims.lib.step")

    -- A clock that moves only when told, and a queue of deferred resumes.
    local function rig()
        local r = { now = 0, queued = {}, ended = 0 }
        r.opts = {
            slice = 5,
            clock = function()
                return r.now
            end,
            defer = function(resume)
                r.queued[#r.queued + 1] = resume
            end,
            done = function(ok, err)
                r.ended, r.ok, r.err = r.ended + 1, ok, err
            end,
        }
        function r.turn()
            local resume = table.remove(r.queued, 1)
            return resume and resume()
        end
        return r
    end

    T.test("step: a short job ends in its first slice, before run returns", function()
        local r = rig()
        local seen = 0
        local now = step.run(function()
            for _ = 1, 100 do
                seen = seen + 1
                step.tick() -- the clock stands still: no yield
            end
        end, r.opts)
        T.eq(now, true, "ended at once")
        T.eq(seen, 100, "all of it")
        T.eq(r.ended, 1, "done once")
        T.eq(r.ok, true, "without error")
        T.eq(#r.queued, 0, "nothing deferred")
    end)

    T.test("step: a long job yields when its slice is spent and resumes when deferred", function()
        local r = rig()
        local seen = 0
        local now = step.run(function()
            for _ = 1, 10 do
                seen = seen + 1
                r.now = r.now + 2 -- each item takes 2 ms
                step.tick()
            end
        end, r.opts)
        T.eq(now, false, "not ended in the first slice")
        T.eq(seen, 3, "2, 4, 6 ms: the third item spends the 5 ms slice")
        T.eq(#r.queued, 1, "one resume deferred")
        T.eq(r.ended, 0, "not done")
        local turns = 0
        while #r.queued > 0 do
            r.turn()
            turns = turns + 1
        end
        T.eq(seen, 10, "all of it in the end")
        T.eq(turns, 3, "three more slices of three items (the last of one)")
        T.eq(r.ended, 1, "done once")
    end)

    T.test("step: the first slice may be longer than the others", function()
        local r = rig()
        r.opts.first = 9
        local seen = 0
        step.run(function()
            for _ = 1, 10 do
                seen = seen + 1
                r.now = r.now + 2
                step.tick()
            end
        end, r.opts)
        T.eq(seen, 5, "2 to 10 ms: the fifth item spends the first slice of 9 ms")
        r.turn()
        T.eq(seen, 8, "then slices of 5 ms: three items")
    end)

    T.test("step: tick outside a job, or in a coroutine of its own, never yields", function()
        T.eq(step.active(), false, "no job")
        step.tick() -- would raise "attempt to yield from outside a coroutine"
        local r = rig()
        local inner_ok
        step.run(function()
            T.eq(step.active(), true, "inside the job")
            local co = coroutine.create(function()
                r.now = r.now + 100
                step.tick() -- another coroutine's loop: not the job's to pause
                return "ran through"
            end)
            inner_ok = select(2, coroutine.resume(co))
        end, r.opts)
        T.eq(inner_ok, "ran through", "the inner coroutine did not yield")
        T.eq(r.ended, 1, "the job ended")
    end)

    T.test("step: an error in the job reaches done, the caller goes on", function()
        local r = rig()
        local now = step.run(function()
            r.now = r.now + 10
            step.tick()
            error("boom", 0)
        end, r.opts)
        T.eq(now, false, "yielded first")
        r.turn()
        T.eq(r.ended, 1, "done once")
        T.eq(r.ok, false, "not ok")
        T.eq(r.err, "boom", "with the error")
        T.eq(step.active(), false, "no job left active")
    end)

    T.test("step: two jobs interleave, each pausing only itself", function()
        local a, b = rig(), rig()
        local log = {}
        local function job(r, tag)
            return function()
                for i = 1, 3 do
                    log[#log + 1] = tag .. i
                    r.now = r.now + 5
                    step.tick()
                end
            end
        end
        step.run(job(a, "a"), a.opts)
        step.run(job(b, "b"), b.opts)
        a.turn()
        b.turn()
        a.turn()
        b.turn()
        T.eq(table.concat(log, " "), "a1 b1 a2 b2 a3 b3", "one item a slice, in turn")
        T.eq(a.ended + b.ended, 0, "each has yielded after its last item")
        a.turn()
        b.turn()
        T.eq(a.ended + b.ended, 2, "both done")
    end)
end
