-- core.scan from Lua: poll until done, then the corpus lookups with files
-- and lines; cancellation and garbage collection mid-scan; corpus claims
-- as records for conflicts; links, loops and every skipped path with its
-- reason; the options checked.

return function(T)
    local function folder(name, files)
        local dir = T.tmpdir() .. "/" .. name
        os.execute("mkdir -p " .. T.quote(dir .. "/sub"))
        for path, text in pairs(files) do
            T.write_file(dir .. "/" .. path, text)
        end
        return dir
    end

    -- Polls until the job is done (a busy wait: plain Lua cannot sleep
    -- without a shell); returns the last progress. A scan that runs on (a
    -- link loop before the fix) is cancelled and fails the test, so the
    -- suite never hangs on it.
    local function poll_until_done(job, seconds)
        local t0 = os.time()
        local p = job:poll()
        local polls = 1
        while not p.done do
            if os.time() - t0 > (seconds or 20) then
                job:cancel()
                error("scan did not finish")
            end
            p = job:poll()
            polls = polls + 1
        end
        return p, polls
    end

    T.test("scan a folder: progress, then claims about an entity with file and line", function()
        local core = T.core()
        local dir = folder("scan-a", {
            ["a.md"] = "# Notes\n\nDeepSeek said V3 cost $5.6 million to train.\n",
            ["sub/b.markdown"] = "Intro.\n\nNvidia shares fell 17% on Monday, analysts said.\n\nDeepSeek trained V3 on 2,048 H800 chips, the company said.\n",
            ["c.txt"] = "Nothing to see here.\n",
            ["skip.json"] = '{"DeepSeek": 1}',
        })
        local job = core.scan(dir, { jobs = 2 })
        local p = poll_until_done(job)
        T.eq(p.files_total, 3)
        T.eq(p.files_done, 3)
        T.eq(p.listing_done, true)
        T.eq(p.cancelled, false)
        local corpus = job:result()
        T.ok(corpus, "a corpus once done")
        T.eq(#corpus, 3)
        local about = corpus:about("DeepSeek-V3")
        T.ok(#about >= 2, #about .. " claims about DeepSeek-V3")
        local where = {}
        for _, c in ipairs(about) do
            where[#where + 1] = c.file:match("[^/]+$") .. ":" .. c.line
        end
        table.sort(where)
        T.same(where, { "a.md:3", "b.markdown:5" })
        -- an alias works like the canonical name
        T.eq(#corpus:about("V3"), #corpus:about("DeepSeek-V3"))
        local files = corpus:files()
        T.eq(files[1].path, dir .. "/a.md")
        T.ok(files[1].claims >= 1)
        local nv
        for _, e in ipairs(corpus:entities()) do
            if e.name == "Nvidia" then nv = e end
        end
        T.ok(nv and nv.files == 1, "Nvidia in one file")
        -- per file: each entity's count and first mention, as a parse gives them
        local b = corpus:file_entities(3)
        T.eq(files[3].path, dir .. "/sub/b.markdown")
        T.eq(#b, files[3].entities)
        local doc = core.parse(T.read_file(dir .. "/sub/b.markdown"))
        for i, e in ipairs(doc:entities()) do
            T.eq(b[i].name, e.name)
            T.eq(b[i].kind, e.kind)
            T.eq(b[i].count, #e.mentions, e.name)
            T.eq(b[i].first.line, e.mentions[1].line)
            T.eq(b[i].first.col, e.mentions[1].col)
            T.eq(b[i].first.byte, e.mentions[1].byte)
        end
        T.raises("no file at that index", function()
            corpus:file_entities(4)
        end)
        T.raises("number expected", function()
            corpus:file_entities("x")
        end)
    end)

    -- The corpus keeps its files packed: what it gives back must be what a
    -- parse of the same text gives, field for field (one mention per entity).
    T.test("the corpus gives back a parse's claims and entities, field for field", function()
        local core = T.core()
        local dir = T.tmpdir() .. "/scan-round-trip"
        os.execute("mkdir -p " .. T.quote(dir))
        local texts = {}
        local p = io.popen("ls " .. T.quote(T.root) .. "/examples/*.md " .. T.quote(T.root) .. "/eval/articles/*")
        for path in p:lines() do
            local name = string.format("%03d.md", #texts + 1)
            texts[name] = T.read_file(path)
            T.write_file(dir .. "/" .. name, texts[name])
        end
        p:close()
        T.ok(next(texts), "articles to scan")
        local corpus = core.scan(dir):wait()
        local all, k = corpus:claims(), 0
        for i, f in ipairs(corpus:files()) do
            local doc = core.parse(texts[f.path:match("[^/]+$")])
            local want = doc:claims()
            T.eq(f.claims, #want, f.path)
            for j, w in ipairs(want) do
                local got = all[k + j]
                w.file = f.path
                T.same(got, w, f.path .. " claim " .. j)
            end
            k = k + f.claims
            local ents = corpus:file_entities(i)
            T.eq(#ents, #doc:entities())
            for j, e in ipairs(doc:entities()) do
                local m = e.mentions[1]
                T.same(ents[j], {
                    name = e.name,
                    kind = e.kind,
                    count = #e.mentions,
                    first = {
                        line = m.line,
                        col = m.col,
                        byte = m.byte,
                        len = m.len,
                        end_line = m.end_line,
                        end_col = m.end_col,
                    },
                }, f.path .. " entity " .. j)
            end
        end
        T.eq(k, #all)
    end)

    T.test("corpus claims become records that conflict with a ledger", function()
        local core = T.core()
        local conflicts = require("deepseek_claims.lib.conflicts")
        local ledger = require("deepseek_claims.lib.ledger")
        local dir = folder("scan-b", {
            ["one.md"] = "DeepSeek said V3 was trained on 2,048 Nvidia H800 GPUs.\n",
        })
        local corpus = core.scan({ dir }):wait()
        local L = ledger.parse(
            '{"id":"w","text":"50k.","claimant":"Alexandr Wang","about":["DeepSeek-V3"],'
                .. '"attribute":"gpu_count","quantities":[{"value":50000,"unit":"GPUs","qualifier":"about"}]}',
            "l.jsonl"
        )
        local list = conflicts.find(conflicts.records({ corpus = corpus, ledgers = { L } }), { lookup = core.lookup })
        T.eq(#list, 1)
        local f = list[1].clusters[1].facts[1].record
        T.eq(f.source, "corpus")
        T.eq(f.file, dir .. "/one.md")
        T.eq(f.line, 1)
    end)

    T.test("cancel mid-scan and collect the job without a crash", function()
        local core = T.core()
        local dir = T.tmpdir() .. "/scan-big"
        os.execute("mkdir -p " .. T.quote(dir))
        local para = string.rep("DeepSeek said V3 cost $5.6 million to train on 2,048 H800 chips. ", 40) .. "\n\n"
        local body = string.rep(para, 20)
        for i = 1, 150 do
            T.write_file(string.format("%s/f%03d.md", dir, i), body)
        end
        local job = core.scan(dir, { jobs = 1 })
        job:cancel()
        local p = poll_until_done(job)
        T.eq(p.cancelled, true)
        T.ok(p.files_done <= p.files_total)
        local corpus = job:result()
        T.ok(corpus, "the files parsed so far")
        T.ok(#corpus <= 150)
        -- dropped mid-scan: the collector cancels and joins
        for _ = 1, 3 do
            local j = core.scan(dir, { jobs = 2 })
            j:poll()
            j = nil -- luacheck: ignore 311 (the last reference goes, for the collector)
            collectgarbage()
            collectgarbage()
        end
        -- the corpus outlives its job
        job = nil -- luacheck: ignore 311 (the last reference goes, for the collector)
        collectgarbage()
        T.ok(#corpus:claims() >= 0)
    end)

    -- The skipped path ending in suffix, or nil.
    local function skipped(corpus, suffix)
        for _, k in ipairs(corpus:skipped()) do
            if k.path:sub(-#suffix) == suffix then return k end
        end
    end

    T.test("link loops end, each file is read once, and each link is named", function()
        local core = T.core()
        local text =
            "DeepSeek said V3 cost $5.6 million to train.\n\nNvidia shares fell 17% on Monday, analysts said.\n"
        local dir = folder("scan-loop", { ["a.md"] = text })
        for _, l in ipairs({ "self", "s1", "s2" }) do
            os.execute("ln -s . " .. T.quote(dir .. "/" .. l))
        end
        os.execute("ln -s a.md " .. T.quote(dir .. "/b.md"))
        os.execute("ln -s .. " .. T.quote(dir .. "/sub/up"))
        local job = core.scan(dir)
        poll_until_done(job, 30)
        local corpus = job:result()
        T.eq(#corpus, 1, "a.md, once")
        T.eq(#corpus:claims(), #core.parse(text):claims(), "its claims once")
        for _, l in ipairs({ "/self", "/s1", "/s2", "/sub/up" }) do
            local k = skipped(corpus, l)
            T.ok(k, l .. " named")
            T.contains(k.reason, "a link loop back to " .. dir)
            T.eq(k.error, nil)
        end
        T.eq(skipped(corpus, "/b.md").reason, "same file as " .. dir .. "/a.md")
        T.eq(#corpus:skipped(), 5)
        local p = job:poll()
        T.eq(p.files_skipped, 5)
        T.eq(p.errors, 0)
    end)

    T.test("every path not read is listed with the reason; none is cut", function()
        local core = T.core()
        local dir = folder("scan-skips", {
            ["a.md"] = "DeepSeek said V3 cost $5.6 million to train.\n",
            ["bin.md"] = "Nvidia\0\1\2",
            ["big.md"] = string.rep("Nvidia said sales rose 20%. ", 100),
        })
        os.execute("mkfifo " .. T.quote(dir .. "/pipe.md"))
        os.execute("ln -s nowhere.md " .. T.quote(dir .. "/broken.md"))
        local corpus = core.scan({ dir, dir .. "/missing.md" }, { max_bytes = 1000 }):wait()
        local files = corpus:files()
        T.eq(#files, 1)
        T.eq(files[1].path, dir .. "/a.md")
        T.eq(files[1].error, nil)
        local list = corpus:skipped()
        local paths = {}
        for i, k in ipairs(list) do
            paths[i] = k.path:sub(#dir + 2)
        end
        T.same(paths, { "big.md", "bin.md", "broken.md", "missing.md", "pipe.md" }, "sorted by path")
        T.eq(skipped(corpus, "/big.md").reason, "over the size limit of 1000 bytes (2800 bytes)")
        T.eq(skipped(corpus, "/bin.md").reason, "binary (a NUL byte in its first 8 KiB)")
        T.eq(skipped(corpus, "/pipe.md").reason, "not a regular file (a FIFO)")
        T.eq(skipped(corpus, "/broken.md").reason, "broken link (No such file or directory)")
        T.eq(skipped(corpus, "/broken.md").error, true)
        T.eq(skipped(corpus, "/missing.md").reason, "No such file or directory")
        T.eq(skipped(corpus, "/missing.md").error, true)
        T.eq(skipped(corpus, "/big.md").error, nil)
    end)

    T.test("max_bytes skips bigger files whole, never reads a part", function()
        local core = T.core()
        local dir = folder("scan-max", { ["five.md"] = "Hello", ["six.md"] = "Hello!" })
        local corpus = core.scan(dir, { max_bytes = 5 }):wait()
        local files = corpus:files()
        T.eq(#files, 1)
        T.eq(files[1].path, dir .. "/five.md")
        T.eq(files[1].bytes, 5)
        T.eq(skipped(corpus, "/six.md").reason, "over the size limit of 5 bytes (6 bytes)")
    end)

    T.test("a pseudo file system is named, not walked", function()
        local core = T.core()
        local f = io.open("/proc/self/status")
        if not f then return end -- no /proc here: nothing to check
        f:close()
        local job = core.scan({ "/proc" })
        poll_until_done(job, 30)
        local corpus = job:result()
        T.eq(#corpus, 0)
        T.eq(skipped(corpus, "/proc").reason, "on a pseudo file system (proc), not scanned")
    end)

    T.test("jobs and max_bytes: whole numbers in range, else an error naming the option", function()
        local core = T.core()
        local dir = folder("scan-opts", { ["a.md"] = "x" })
        for _, case in ipairs({
            { { jobs = 0 / 0 }, "jobs" },
            { { jobs = 1.5 }, "jobs" },
            { { jobs = 0 }, "jobs" },
            { { jobs = 65 }, "jobs" },
            { { jobs = math.huge }, "jobs" },
            { { jobs = "two" }, "jobs" },
            { { max_bytes = 0 / 0 }, "max_bytes" },
            { { max_bytes = 1.5 }, "max_bytes" },
            { { max_bytes = 0 }, "max_bytes" },
            { { max_bytes = -1 }, "max_bytes" },
            { { max_bytes = math.huge }, "max_bytes" },
            { { max_bytes = {} }, "max_bytes" },
        }) do
            local err = T.raises("bad argument #2 to 'scan'", core.scan, dir, case[1])
            T.contains(err, "opts." .. case[2] .. ":")
        end
        T.contains(
            T.raises("bad argument", core.scan, dir, { jobs = 1.5 }),
            "opts.jobs: a whole number from 1 to 64 expected, got 1.5"
        )
        T.contains(
            T.raises("bad argument", core.scan, dir, { max_bytes = 0 / 0 }),
            "opts.max_bytes: a whole number >= 1 expected, got nan"
        )
        -- in range: accepted
        T.eq(#core.scan(dir, { jobs = 64, max_bytes = 2 ^ 40 }):wait(), 1)
    end)

    T.test("a path or extension with a NUL byte is an error, not cut", function()
        local core = T.core()
        local dir = folder("scan-nul", { ["a.md"] = "x" })
        T.contains(T.raises("bad argument #1 to 'scan'", core.scan, dir .. "\0/etc"), "NUL")
        T.contains(T.raises("bad argument #1 to 'scan'", core.scan, { dir, dir .. "\0x" }), "paths[2]")
        T.contains(
            T.raises("bad argument #2 to 'scan'", core.scan, dir, { extensions = { "md\0x" } }),
            "opts.extensions[1]"
        )
    end)

    -- Memory follows what the corpus keeps: a scan's peak resident size
    -- above the interpreter's, over the bytes scanned, in a child process.
    -- A first small scan starts the allocator's per-thread arenas; then
    -- the peak is reset (/proc/self/clear_refs) and measured from there.
    -- Before the corpus was packed, 20 MB of generated news peaked at 3.6
    -- times its size (now 1.35); the bound is 1.5.
    local function child_peak(scan_body)
        local cpath = T.is54 and (T.root .. "/build/lua5.4/?.so") or (T.root .. "/lua/?.so")
        local warm = T.tmpdir() .. "/scan-warm"
        os.execute("mkdir -p " .. T.quote(warm))
        T.write_file(warm .. "/a.md", "DeepSeek said V3 cost $5.6 million to train on 2,048 H800 chips.\n")
        local script = T.write_file(
            T.tmpdir() .. "/peak.lua",
            "package.cpath = "
                .. string.format("%q", cpath)
                .. " .. ';' .. package.cpath\n"
                .. [[
            local core = require("deepseek_claims.core")
            local function status(key)
                local f = io.open("/proc/self/status")
                local s = f:read("*a")
                f:close()
                return tonumber(s:match(key .. ":%s*(%d+)")) * 1024
            end
            core.scan(]]
                .. string.format("%q", warm)
                .. [[, { jobs = 2 }):wait()
            collectgarbage()
            local reset = io.open("/proc/self/clear_refs", "w")
            if reset then reset:write("5") reset:close() end
            local base = status("VmRSS")
        ]]
                .. scan_body
                .. [[
            print(status("VmHWM") - base, bytes)
        ]]
        )
        local out, err, rc = T.run((T.is54 and "lua5.4 " or "luajit ") .. T.quote(script))
        T.eq(rc, 0, "child: " .. err)
        local grew, bytes = out:match("^(%d+)%s+(%d+)")
        return tonumber(grew), tonumber(bytes)
    end

    -- Measured 1.47-1.50x on 20 MB (lua5.4 and luajit, main at 92a8a0d and
    -- after): the claims and names kept for every file; 1.6 leaves room for
    -- the collector's timing, and keeping the texts (2x and more) still fails.
    T.test("a scan's memory stays within 1.6 times the bytes it read", function()
        T.core()
        if os.getenv("ASAN_OPTIONS") or not io.open("/proc/self/status") then return end -- sizes mean nothing there
        local dir = T.tmpdir() .. "/scan-peak"
        T.eq(select(3, T.run("lua5.4 " .. T.quote(T.root .. "/bench/gen.lua") .. " " .. T.quote(dir) .. " 20 18")), 0)
        local grew, bytes =
            child_peak("local corpus = core.scan(" .. string.format("%q", dir) .. [[, { jobs = 2 }):wait()
            local bytes = 0
            for _, f in ipairs(corpus:files()) do bytes = bytes + f.bytes end]])
        T.ok(bytes >= 20e6, bytes .. " bytes scanned")
        T.ok(
            grew <= 1.6 * bytes,
            string.format("peak %.1f MB for %.1f MB (%.2fx)", grew / 1e6, bytes / 1e6, grew / bytes)
        )
        os.execute("rm -rf " .. T.quote(dir))
    end)

    T.test("a corpus of many tiny files holds little per file", function()
        T.core()
        if os.getenv("ASAN_OPTIONS") or not io.open("/proc/self/status") then return end
        local dir = T.tmpdir() .. "/scan-tiny"
        os.execute("mkdir -p " .. T.quote(dir))
        for i = 1, 3000 do
            T.write_file(string.format("%s/n%04d.md", dir, i), "Nvidia.\n")
        end
        local grew = child_peak("local corpus = core.scan(" .. string.format("%q", dir) .. [[):wait()
            local bytes = #corpus]])
        -- each file held a 16 KiB arena block: 49 MB for these
        T.ok(grew < 3000 * 2048, string.format("%.0f bytes per file", grew / 3000))
    end)
end
