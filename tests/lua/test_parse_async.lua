-- core.parse_async: the same document as core.parse, parsed on a thread;
-- done/take/wait/cancel, garbage collection while the thread runs (of the
-- job and of its dictionary), and the range queries a window's drawing
-- uses (doc:mentions_in, doc:claims_in).

return function(T)
    local function articles()
        local p = io.popen("ls " .. T.quote(T.root) .. "/eval/articles/* " .. T.quote(T.root) .. "/examples/*.md")
        local out = {}
        for path in p:read("*a"):gmatch("[^\n]+") do
            out[#out + 1] = path
        end
        p:close()
        return out
    end

    -- About n bytes of news text (the examples repeated).
    local function big(n)
        local parts, size = {}, 0
        local texts = {}
        for _, path in ipairs(articles()) do
            texts[#texts + 1] = T.read_file(path)
        end
        while size < n do
            for _, t in ipairs(texts) do
                parts[#parts + 1] = t
                size = size + #t
            end
        end
        return table.concat(parts, "\n")
    end

    local function busy_wait(job, seconds)
        local t0 = os.time()
        while not job:done() do
            if os.time() - t0 > (seconds or 30) then error("parse did not finish") end
        end
    end

    T.test("the thread's document is the one core.parse gives", function()
        local core = T.core()
        for _, path in ipairs(articles()) do
            local text = T.read_file(path)
            local job = core.parse_async(text)
            local doc, ms = job:wait()
            T.eq(doc:json(path), core.parse(text):json(path), path)
            T.ok(type(ms) == "number" and ms >= 0, "parse time")
        end
        -- options: plain text, a dictionary of one's own
        local text = "Zephyr Labs said its *Gale* model cost $3 million. ZL is based in Oslo."
        local d = core.dict({ entities = { { name = "Zephyr Labs", kind = "org", aliases = { "ZL" } } } })
        local opts = { markdown = false, dict = d }
        T.eq(core.parse_async(text, opts):wait():json(), core.parse(text, opts):json())
        T.eq(core.parse_async(""):wait():json(), core.parse(""):json(), "empty text")
    end)

    T.test("a list of lines is parsed as the lines joined with newlines", function()
        local core = T.core()
        for _, path in ipairs(articles()) do
            local text = T.read_file(path)
            local lines = {}
            for line in (text .. "\n"):gmatch("(.-)\n") do
                lines[#lines + 1] = line
            end
            T.eq(table.concat(lines, "\n") .. "\n", text .. "\n", "split")
            T.eq(core.parse_async(lines):wait():json(), core.parse(table.concat(lines, "\n")):json(), path)
        end
        T.eq(core.parse_async({}):wait():json(), core.parse(""):json(), "no lines")
        T.eq(core.parse_async({ "", "" }):wait():json(), core.parse("\n"):json(), "two empty lines")
        T.raises("lines[2]: string expected, got number", core.parse_async, { "a", 2 })
        T.raises("lines[1]: string expected, got table", core.parse_async, { {} })
    end)

    T.test("done, take and wait: non-blocking until the parse ends, then once", function()
        local core = T.core()
        local text = big(4e6)
        local job = core.parse_async(text)
        T.eq(job:done(), false, "4 MB take longer than starting them")
        T.eq(job:take(), nil, "nothing to take while the thread runs")
        T.contains(tostring(job), "running")
        busy_wait(job)
        T.contains(tostring(job), "done")
        local doc, ms = job:take()
        T.ok(doc and #doc > 100, "the document, with its claims")
        T.ok(ms > 0, "time")
        local again, why = job:take()
        T.eq(again, nil)
        T.eq(why, "already taken")
        T.eq(select(2, job:wait()), "already taken", "wait after take")
        T.eq(#job, #text, "# is the bytes handed over")
        job:cancel() -- after take: no effect
        T.eq(select(2, job:take()), "already taken")
    end)

    T.test("a file descriptor to watch", function()
        local core = T.core()
        local job = core.parse_async("DeepSeek said so.")
        local fd = job:fd()
        T.ok(math.type == nil or math.type(fd) == "integer", "an integer")
        T.ok(fd >= 0, "a descriptor")
        T.eq(job:fd(), fd, "the same one each time")
        T.ok(job:wait())
    end)

    T.test("cancel while the thread runs: nothing handed over, nothing leaks", function()
        local core = T.core()
        local job = core.parse_async(big(2e6))
        job:cancel()
        local doc, why = job:take()
        T.eq(doc, nil)
        T.eq(why, "cancelled")
        T.eq(select(2, job:wait()), "cancelled", "wait after cancel does not block for nothing")
        T.contains(tostring(job), "cancelled")
        busy_wait(job)
    end)

    T.test("jobs collected while their threads run; their dictionaries too", function()
        local core = T.core()
        local text = big(1e6)
        for _ = 1, 4 do
            core.parse_async(text)
        end
        collectgarbage()
        collectgarbage()
        -- the job keeps its dictionary alive while it runs and after
        local job = core.parse_async(
            "Zephyr Labs said it spent $3 million.",
            { dict = core.dict({ entities = { { name = "Zephyr Labs", kind = "org" } } }) }
        )
        collectgarbage()
        collectgarbage()
        local doc = job:wait()
        job = nil -- luacheck: ignore 311 (the last reference goes, for the collector)
        collectgarbage()
        collectgarbage()
        T.ok(doc:entity("Zephyr Labs"), "the dictionary outlived the job")
        T.eq(doc:claims()[1].claimant, "Zephyr Labs")
        -- a cancelled one, with a descriptor, dropped mid-parse
        local j = core.parse_async(text)
        j:fd()
        j:cancel()
        j = nil -- luacheck: ignore 311 (the last reference goes, for the collector)
        collectgarbage()
        collectgarbage()
        T.ok(true)
    end)

    T.test("many at once", function()
        local core = T.core()
        local texts, jobs = {}, {}
        for i, path in ipairs(articles()) do
            texts[i] = T.read_file(path)
            jobs[i] = core.parse_async(texts[i])
        end
        for i = #jobs, 1, -1 do
            T.eq(jobs[i]:wait():json(), core.parse(texts[i]):json(), "job " .. i)
        end
    end)

    T.test("bad arguments raise", function()
        local core = T.core()
        T.raises("string expected", core.parse_async)
        T.raises("string expected, got boolean", core.parse_async, true)
        T.raises("markdown", core.parse_async, "x", { markdown = "yes" })
        T.raises("deepseek_claims.dict expected", core.parse_async, "x", { dict = {} })
        T.raises("parse_job", function()
            return core.parse_async("x").take({})
        end)
    end)

    T.test("claims come in line order (the range queries search by line)", function()
        local core = T.core()
        for _, path in ipairs(articles()) do
            local doc = core.parse(T.read_file(path))
            local last = 0
            for _, c in ipairs(doc:claims()) do
                T.ok(c.line >= last, path .. ": claim on line " .. c.line .. " after line " .. last)
                last = c.line
            end
            last = 0
            for _, m in ipairs(doc:mentions()) do
                T.ok(m.line >= last, path .. ": mention order")
                last = m.line
            end
        end
    end)

    T.test("mentions_in and claims_in: what lies on those lines", function()
        local core = T.core()
        for _, path in ipairs(articles()) do
            local doc = core.parse(T.read_file(path))
            local all_m, all_c = doc:mentions(), doc:claims()
            local lines = 1
            for _, m in ipairs(all_m) do
                lines = math.max(lines, m.end_line)
            end
            for first = 1, lines + 1, 3 do
                for _, last in ipairs({ first, first + 4, first + 40 }) do
                    local want_m, want_c = {}, {}
                    for _, m in ipairs(all_m) do
                        if m.line >= first and m.line <= last then want_m[#want_m + 1] = m end
                    end
                    for _, c in ipairs(all_c) do
                        if c.line >= first and c.line <= last then want_c[#want_c + 1] = c end
                    end
                    local got_m, got_c = doc:mentions_in(first, last), doc:claims_in(first, last)
                    T.eq(#got_m, #want_m, path .. " mentions on " .. first .. "-" .. last)
                    T.eq(#got_c, #want_c, path .. " claims on " .. first .. "-" .. last)
                    for i, m in ipairs(got_m) do
                        T.eq(m.byte, want_m[i].byte)
                        T.eq(m.name, want_m[i].name)
                        T.eq(m.known, doc:entity(m.name).known, "known")
                        T.same({ m.line, m.col, m.end_line, m.end_col, m.kind, m.text }, {
                            want_m[i].line,
                            want_m[i].col,
                            want_m[i].end_line,
                            want_m[i].end_col,
                            want_m[i].kind,
                            want_m[i].text,
                        })
                    end
                    for i, c in ipairs(got_c) do
                        T.same(c, want_c[i], "claim")
                    end
                end
            end
        end
        local doc = core.parse("DeepSeek said it spent $6 million.\n\nNvidia fell 17%, analysts said.")
        T.eq(#doc:mentions_in(3), 1, "one line")
        T.eq(#doc:mentions_in(1, 1e12), #doc:mentions(), "past the end")
        T.eq(#doc:mentions_in(-5, 0 / 0), 0, "NaN last")
        T.eq(#doc:mentions_in(0 / 0, 3), 2, "NaN first is line 1")
        T.eq(#doc:claims_in(3, 1), 0, "last before first")
        T.raises("number expected", doc.mentions_in, doc)
        -- claims_at: by index
        local all_c = doc:claims()
        T.same(doc:claims_at(1, #all_c), all_c, "all of them")
        T.same(doc:claims_at(2), { all_c[2] }, "one")
        T.eq(#doc:claims_at(2, 1e9), #all_c - 1, "clamped at the end")
        T.eq(#doc:claims_at(-3, 1), 1, "clamped at the start")
        T.eq(#doc:claims_at(0 / 0, 0 / 0), 0, "NaN")
        T.raises("number expected", doc.claims_at, doc)
        -- max_col: only what starts up to that byte column of a long line
        local long = core.parse(string.rep("DeepSeek said it spent $6 million. ", 2000))
        local all = long:mentions_in(1, 1)
        T.eq(#all, 2000)
        local first = long:mentions_in(1, 1, 100)
        T.ok(#first == 3, "mentions up to column 100: " .. #first)
        for _, m in ipairs(first) do
            T.ok(m.col <= 100)
        end
        T.eq(#long:claims_in(1, 1, 100), 3, "claims up to column 100")
        T.eq(#long:claims_in(1, 1, 0 / 0), 0, "NaN column: none")
        T.eq(#long:claims_in(1, 1, 1e20), 2000, "a huge column: all")
    end)
end
