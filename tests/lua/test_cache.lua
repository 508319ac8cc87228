-- The scan cache from Lua (core.scan with opts.cache, core.cache_path): a
-- rescan takes unchanged files from the cache, a restore gives the corpus
-- at once, and a cache cut short, with a byte flipped, from another
-- dictionary or markdown option is ignored and rebuilt with the claims a
-- scan without a cache finds.

return function(T)
    local function folder(name)
        local dir = T.tmpdir() .. "/" .. name
        os.execute("mkdir -p " .. T.quote(dir .. "/sub"))
        T.write_file(dir .. "/a.md", "# Notes\n\nDeepSeek said V3 cost $5.6 million to train on 2,048 H800s.\n")
        T.write_file(dir .. "/sub/b.md", "Nvidia shares fell 17% on Monday, analysts said.\n")
        T.write_file(dir .. "/c.txt", "Meta said it would spend $65 billion on AI this year.\n")
        -- an hour back: a file changed in the second a scan reads it is read again next time
        os.execute("touch -d '1 hour ago' " .. T.quote(dir) .. "/*.* " .. T.quote(dir) .. "/sub/*")
        return dir
    end

    local function scan(core, dir, opts)
        local job = core.scan(dir, opts)
        local corpus = job:wait()
        return corpus, job:poll()
    end

    -- What a corpus says, comparable with T.same.
    local function claims_of(corpus)
        local out = {}
        for _, c in ipairs(corpus:claims()) do
            out[#out + 1] = {
                file = c.file,
                line = c.line,
                col = c.col,
                text = c.text,
                kind = c.kind,
                claimant = c.claimant,
                about = c.about,
                quantities = c.quantities,
            }
        end
        return out
    end

    local function flip(path, at)
        local f = assert(io.open(path, "r+b"))
        f:seek("set", at)
        local b = f:read(1)
        f:seek("set", at)
        f:write(string.char((b:byte() + 1) % 256))
        f:close()
    end

    local function truncate(path, n)
        local s = T.read_file(path)
        T.write_file(path, s:sub(1, n))
    end

    T.test("core.cache_path: one file per set of roots, named after them", function()
        local core = T.core()
        local a = core.cache_path("/tmp/c", { "/x/notes", "/x/more" })
        T.eq(a, core.cache_path("/tmp/c/", { "/x/more/", "/x/notes" }))
        T.ok(a:match("^/tmp/c/more%-%x+%.dsc$"), a)
        T.ok(core.cache_path("/tmp/c", "/x/notes") ~= a, "other roots, another file")
        T.raises("bad argument #2 to 'cache_path'", core.cache_path, "/tmp/c", 3)
        T.raises("bad argument #1 to 'cache_path'", core.cache_path, nil, "/x")
    end)

    T.test("scan with a cache: written, then every file taken from it, the same claims", function()
        local core = T.core()
        local dir = folder("cache-a")
        local cache = T.tmpdir() .. "/caches/a.dsc"
        local plain = claims_of((scan(core, dir)))
        local c1, p1 = scan(core, dir, { cache = cache })
        T.eq(p1.cache, "missing")
        T.eq(p1.cache_written, true)
        T.eq(p1.cached, 0)
        T.same(claims_of(c1), plain)
        local c2, p2 = scan(core, dir, { cache = cache })
        T.eq(p2.cache, "used")
        T.eq(p2.cached, 3)
        T.eq(p2.cache_written, false)
        T.same(claims_of(c2), plain)
        local c3, p3 = scan(core, dir, { cache = cache, restore = true })
        T.eq(p3.cache, "used")
        T.eq(#c3, 3)
        T.same(claims_of(c3), plain)
        -- a changed file is parsed again, the others are not
        T.write_file(dir .. "/c.txt", "Meta said it would spend $60 billion on AI this year.\n")
        local c4, p4 = scan(core, dir, { cache = cache })
        T.eq(p4.cached, 2)
        T.eq(p4.cache_written, true)
        T.same(claims_of(c4), claims_of((scan(core, dir))))
    end)

    T.test("a corrupt cache is ignored and rebuilt; the claims do not change", function()
        local core = T.core()
        local dir = folder("cache-b")
        local cache = T.tmpdir() .. "/caches/b.dsc"
        local plain = claims_of((scan(core, dir)))
        scan(core, dir, { cache = cache })
        local size = #T.read_file(cache)
        local cases = {
            {
                "cut in half",
                function()
                    truncate(cache, math.floor(size / 2))
                end,
                "cut short",
            },
            {
                "a header byte flipped",
                function()
                    flip(cache, 30)
                end,
                "corrupt",
            },
            {
                "an index byte flipped",
                function()
                    flip(cache, size - 12)
                end,
                "corrupt",
            },
            {
                "not a cache",
                function()
                    T.write_file(cache, ("x"):rep(300))
                end,
                "not a cache file",
            },
        }
        for _, case in ipairs(cases) do
            case[2]()
            local c, p = scan(core, dir, { cache = cache })
            T.eq(p.cache, "ignored", case[1])
            T.contains(p.cache_why, case[3], case[1])
            T.eq(p.cache_written, true, case[1])
            T.same(claims_of(c), plain, case[1])
            local _, again = scan(core, dir, { cache = cache })
            T.eq(again.cached, 3, case[1] .. ": whole again")
        end
        -- a flipped byte in a file's block: that file is parsed again
        flip(cache, 150)
        local c, p = scan(core, dir, { cache = cache })
        T.eq(p.cache, "used")
        T.eq(p.cached, 2)
        T.same(claims_of(c), plain)
    end)

    T.test("a cache of another dictionary or markdown option is ignored", function()
        local core = T.core()
        local dir = folder("cache-c")
        local cache = T.tmpdir() .. "/caches/c.dsc"
        scan(core, dir, { cache = cache })
        local dict = core.dict({ entities = { { name = "Monday Labs", kind = "org", aliases = { "Monday" } } } })
        local c, p = scan(core, dir, { cache = cache, dict = dict })
        T.eq(p.cache, "ignored")
        T.contains(p.cache_why, "another dictionary")
        local with_monday = false
        for _, e in ipairs(c:entities()) do
            with_monday = with_monday or e.name == "Monday Labs"
        end
        T.ok(with_monday, "parsed with the new dictionary")
        local _, q = scan(core, dir, { cache = cache, markdown = false })
        T.eq(q.cache, "ignored")
        T.contains(q.cache_why, "markdown")
    end)

    T.test("a rescan's corpus reads its files from the cache it used, replaced or cut short since", function()
        local core = T.core()
        local dir = folder("cache-e")
        local cache = T.tmpdir() .. "/caches/e.dsc"
        local plain = claims_of((scan(core, dir)))
        scan(core, dir, { cache = cache })
        local c, p = scan(core, dir, { cache = cache })
        T.eq(p.cached, 3)
        -- another scan renames a new cache over it: the corpus still reads the one it opened
        local tmp = cache .. ".new"
        T.write_file(tmp, ("x"):rep(4096))
        T.ok(os.rename(tmp, cache))
        T.same(claims_of(c), plain, "after the cache was replaced")
        -- the one it opened, cut short in place: what cannot be read reads as no claims
        scan(core, dir, { cache = cache })
        local c2 = scan(core, dir, { cache = cache })
        truncate(cache, 200)
        local ok, got = pcall(claims_of, c2)
        T.ok(ok, "no error: " .. tostring(got))
        T.ok(#got < #plain, "the files cut off read as no claims")
    end)

    T.test("corpus:cursor(name): about()'s claims by steps, at most max a step", function()
        local core = T.core()
        local dir = folder("cache-f")
        local cache = T.tmpdir() .. "/caches/f.dsc"
        scan(core, dir, { cache = cache })
        for _, restore in ipairs({ false, true }) do
            local c = scan(core, dir, { cache = cache, restore = restore })
            for _, name in ipairs({ "DeepSeek", "Nvidia", "NVDA", "nobody", "Deep\0Seek", false }) do
                local want = name and c:about(name) or c:claims()
                local got, steps = {}, 0
                local cur = c:cursor(name or nil)
                while true do
                    local list = cur:next(1, 0) -- at most one claim, and no time: still a step on
                    steps = steps + 1
                    if not list then break end
                    T.ok(#list <= 1)
                    for _, cl in ipairs(list) do
                        got[#got + 1] = cl
                    end
                    T.ok(steps < 100, "ends")
                end
                T.same(got, want, tostring(name))
                T.eq(cur:next(), nil, "done stays done")
            end
            local all = c:cursor():next(1000)
            T.same(all, c:claims())
        end
        local c = scan(core, dir)
        T.raises("at least 1 claim", c:cursor("DeepSeek").next, c:cursor("DeepSeek"), 0)
        T.raises("bad argument #2 to 'cursor'", c.cursor, c, {})
    end)

    T.test("cache options are checked", function()
        local core = T.core()
        T.raises("opts.cache: a file path expected, got number", core.scan, ".", { cache = 3 })
        T.raises("opts.restore needs opts.cache", core.scan, ".", { restore = true })
        T.raises("opts.cache: a file path expected", core.scan, ".", { cache = "" })
        -- a cache that cannot be written: the scan still ends with its corpus
        local dir = folder("cache-d")
        local c, p = scan(core, dir, { cache = dir .. "/a.md/x.dsc" })
        T.eq(#c, 3)
        T.eq(p.cache_written, false)
        T.contains(p.cache_error, "cannot")
    end)
end
