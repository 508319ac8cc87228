-- corpus.cache: a scan survives a restart. Each session is a Neovim of its
-- own (the one running this test, v:progpath) that loads the plugin as a
-- user's would; the second restores the first one's corpus from the cache
-- after VimEnter, then rescans it quietly. Also: a corrupt cache is ignored
-- and rebuilt with the same claims, corpus.cache = false writes none, and
-- :DeepSeekClaims corpus clear removes it.
local T = dofile(vim.fn.fnamemodify(debug.getinfo(1, "S").source:sub(2), ":p:h") .. "/harness.lua")

local base = vim.fn.tempname()
local notes = base .. "/notes"
local xdg = base .. "/xdg"
vim.fn.mkdir(notes .. "/sub", "p")
vim.fn.mkdir(xdg, "p")
for i = 1, 6 do
    vim.fn.writefile({
        "# Chips " .. i,
        "",
        "Nvidia shares fell " .. (10 + i) .. "% on Monday, analysts said.",
        "",
        "DeepSeek said its V3 model cost \\$5.6 million to train on 2,048 Nvidia H800 chips.",
    }, string.format("%s/%sa%02d.md", notes, i % 2 == 0 and "sub/" or "", i))
end
-- an hour back: a file changed in the second a scan reads it is read again by the next
vim.fn.system(
    "touch -d '1 hour ago' " .. vim.fn.shellescape(notes) .. "/*.md " .. vim.fn.shellescape(notes) .. "/sub/*"
)

-- The shell command of a session: Neovim started in folder dir (default:
-- the notes) with the plugin loaded (and setup(opts) when given), running
-- body (Lua source) once VimEnter has run; body prints one line of JSON on
-- stdout and quits.
local n_scripts = 0
local function session_cmd(body, opts, dir)
    n_scripts = n_scripts + 1
    local script = base .. "/session" .. n_scripts .. ".lua"
    vim.fn.writefile(
        vim.split(
            table.concat({
                opts and ("require('deepseek_claims').setup(" .. opts .. ")") or "",
                "local function report(t) io.stdout:write(vim.fn.json_encode(t), '\\n') vim.cmd('qa!') end",
                "local function wait(cond, then_)",
                "  local timer = vim.loop.new_timer()",
                "  local t0 = vim.loop.hrtime()",
                "  timer:start(5, 5, vim.schedule_wrap(function()",
                "    if cond() or (vim.loop.hrtime() - t0) / 1e6 > 20000 then timer:stop() then_() end",
                "  end))",
                "end",
                "local corpus = require('deepseek_claims.corpus')",
                body,
            }, "\n"),
            "\n"
        ),
        script
    )
    local cmd = string.format(
        "cd %s && XDG_CACHE_HOME=%s %s --headless --clean -u NONE -i NONE -n --cmd %s --cmd %s -c %s 2>&1",
        vim.fn.shellescape(dir or notes),
        vim.fn.shellescape(xdg),
        vim.fn.shellescape(vim.v.progpath),
        vim.fn.shellescape("set rtp^=" .. T.root),
        vim.fn.shellescape("runtime plugin/deepseek_claims.lua"),
        vim.fn.shellescape("luafile " .. script)
    )
    return cmd
end

-- A session's report, decoded from its output.
local function report_of(out)
    local line = out:match("(%b{})%s*$")
    T.ok(line, "a session's report: " .. out)
    return vim.fn.json_decode(line)
end

-- A session (see session_cmd): its report.
local function session(body, opts)
    return report_of(vim.fn.system(session_cmd(body, opts)))
end

-- Sessions run at the same time, each { body, folder }: their reports, in
-- order. Each says it is ready, then waits for the others: their bodies
-- start within a few milliseconds of each other.
local function at_once(sessions)
    local files, codes, ready = {}, {}, {}
    local go = base .. "/go"
    os.remove(go)
    for i, one in ipairs(sessions) do
        local body, dir = one[1], one[2]
        files[i] = base .. "/at-once-" .. i .. ".out"
        ready[i] = base .. "/ready-" .. i
        os.remove(ready[i])
        local gated = string.format(
            "io.open(%q, 'w'):close()\nwait(function() return vim.loop.fs_stat(%q) ~= nil end, function()\n%s\nend)",
            ready[i],
            go,
            body
        )
        local cmd = session_cmd(gated, nil, dir) .. " > " .. vim.fn.shellescape(files[i]) .. " </dev/null"
        vim.fn.jobstart({ "sh", "-c", cmd }, {
            on_exit = function(_, code)
                codes[i] = code
            end,
        })
    end
    local function all(t)
        for i = 1, #sessions do
            if not t[i] then return false end
        end
        return true
    end
    vim.wait(20000, function()
        return all(vim.tbl_map(function(f)
            return vim.loop.fs_stat(f) ~= nil
        end, ready))
    end, 5)
    io.open(go, "w"):close()
    vim.wait(60000, function()
        return all(codes)
    end, 20)
    local reports = {}
    for i = 1, #sessions do
        T.eq(codes[i], 0, "session " .. i .. " ended")
        reports[i] = report_of(table.concat(vim.fn.readfile(files[i]), "\n"))
    end
    return reports
end

-- The first session scans; its report: the claims, by file and line.
local SCAN = [[
vim.cmd('DeepSeekClaims scan')
wait(function() return corpus.state.corpus ~= nil and not corpus.status().running end, function()
  local claims = {}
  for _, c in ipairs(corpus.claims()) do claims[#claims + 1] = c.file .. ':' .. c.line .. ' ' .. c.text end
  report({ status = corpus.status(), claims = claims })
end)
]]

-- A later session does nothing but wait: the corpus comes back by itself
-- (or, after a second of nothing, it is not coming).
local RESTART = [[
local restored
local t0 = vim.loop.hrtime()
wait(function()
  local st = corpus.status()
  if st.restored and not restored then
    restored = { files = st.files, ms = st.restore_ms, claims = #corpus.claims(), summary = corpus.summary() }
  end
  if st.running or st.restoring then return false end
  return corpus.state.corpus ~= nil or (vim.loop.hrtime() - t0) / 1e6 > 1000
end, function()
  local claims = {}
  for _, c in ipairs(corpus.claims()) do claims[#claims + 1] = c.file .. ':' .. c.line .. ' ' .. c.text end
  report({ status = corpus.status(), restored = restored or vim.NIL, claims = claims })
end)
]]

local function cache_files()
    return vim.fn.glob(xdg .. "/nvim/deepseek-claims/*.dsc", false, true)
end

local first

T.test("a scan writes its cache under stdpath('cache')", function()
    first = session(SCAN)
    T.eq(first.status.files, 6)
    T.eq(first.status.cache.read, "missing")
    T.eq(first.status.cache.written, true)
    T.eq(#first.claims, 12)
    T.eq(#cache_files(), 1, "one cache file")
    T.match(cache_files()[1], "/nvim/deepseek%-claims/notes%-%x+%.dsc$")
end)

T.test("a restart restores the corpus, then rescans it from the cache", function()
    local r = session(RESTART)
    T.ok(r.restored ~= vim.NIL, "restored before the rescan")
    T.eq(r.restored.files, 6)
    T.eq(r.restored.claims, 12)
    T.ok(r.restored.ms < 1000, "restored in " .. r.restored.ms .. " ms")
    T.eq(r.claims, first.claims, "the claims of the first session")
    T.eq(r.status.cache.read, "used")
    T.eq(r.status.cache.cached, 6, "the rescan parsed nothing")
    T.eq(r.status.cache.written, false)
end)

T.test("a changed file is parsed again; the others come from the cache", function()
    vim.fn.writefile({ "Meta said it would spend $65 billion on AI this year." }, notes .. "/a01.md")
    local r = session(RESTART)
    T.eq(r.status.cache.cached, 5)
    T.eq(r.status.cache.written, true)
    T.eq(#r.claims, 11)
    T.contains(table.concat(r.claims, "\n"), "$65 billion")
    vim.fn.system("touch -d '1 hour ago' " .. vim.fn.shellescape(notes .. "/a01.md"))
    first = session(SCAN) -- the new state, cached
end)

T.test("a corrupt cache is not restored; the rescan rebuilds it with the same claims", function()
    local file = cache_files()[1]
    local size = vim.fn.getfsize(file)
    vim.fn.system(string.format("truncate -s %d %s", math.floor(size / 2), vim.fn.shellescape(file)))
    local r = session(RESTART)
    T.eq(r.restored, vim.NIL, "nothing restored from half a cache")
    T.eq(r.status.cache.read, "ignored")
    T.contains(r.status.cache.why, "cut short")
    T.eq(r.claims, first.claims)
    T.eq(r.status.cache.written, true)
    -- bytes flipped in the header: ignored the same way
    local f = io.open(file, "r+b")
    f:seek("set", 20)
    f:write("XXXX")
    f:close()
    r = session(RESTART)
    T.eq(r.status.cache.read, "ignored")
    T.contains(r.status.cache.why, "corrupt")
    T.eq(r.claims, first.claims)
    r = session(RESTART)
    T.eq(r.status.cache.cached, 6, "whole again")
end)

T.test("two Neovims scanning at once, a third restoring meanwhile: the cache stays whole", function()
    -- a folder of its own, big enough (300 files) that the scans overlap
    local many = base .. "/many"
    vim.fn.mkdir(many, "p")
    local filler = {}
    for k = 1, 40 do -- text without claims, so each scan takes a while
        filler[#filler + 1] = ""
        filler[#filler + 1] = "Paragraph " .. k .. " of background: the weather, the city and the lunch menu."
    end
    for i = 1, 300 do
        vim.fn.writefile(
            vim.list_extend({
                "# Note " .. i,
                "",
                "DeepSeek said its V3 model cost \\$" .. i .. " million to train on 2,048 Nvidia H800 chips.",
                "",
                "Nvidia shares fell " .. (i % 30) .. "% on Monday, analysts said.",
            }, filler),
            string.format("%s/n%03d.md", many, i)
        )
    end
    local want = report_of(vim.fn.system(session_cmd(SCAN, nil, many))).claims
    T.eq(#want, 600)
    local function same(a, b)
        return #a == #b and table.concat(a, "\n") == table.concat(b, "\n")
    end
    for round = 1, 3 do
        -- every file's stamp changes, so each scan finds the cache stale and writes it
        vim.fn.system(string.format("touch -d '%d minutes ago' %s/*.md", 60 + round, vim.fn.shellescape(many)))
        -- the two scans from another folder (no restore at startup): their scans of
        -- many start together, and both write; the third restores many's corpus
        -- meanwhile, then rescans it
        local scan_many = SCAN:gsub("DeepSeekClaims scan", "DeepSeekClaims scan " .. many)
        local r = at_once({ { scan_many, base }, { scan_many, base }, { RESTART, many } })
        local wrote = 0
        for i = 1, 3 do
            T.ok(same(r[i].claims, want), "round " .. round .. ", session " .. i .. ": the same claims")
            if r[i].status.cache.written then wrote = wrote + 1 end
        end
        T.ok(wrote >= 1, "round " .. round .. ": the cache written")
        T.eq(#vim.fn.glob(xdg .. "/nvim/deepseek-claims/many-*.tmp", false, true), 0, "no temporary file left")
        local after = report_of(vim.fn.system(session_cmd(RESTART, nil, many)))
        T.ok(after.restored ~= vim.NIL, "round " .. round .. ": restored")
        T.eq(after.restored.files, 300)
        T.ok(same(after.claims, want), "round " .. round .. ": the claims restored")
        T.eq(after.status.cache.read, "used", "the cache they left is whole")
        T.eq(after.status.cache.cached, 300)
    end
    for _, f in ipairs(vim.fn.glob(xdg .. "/nvim/deepseek-claims/many-*", false, true)) do
        os.remove(f)
    end
end)

T.test("corpus.cache = false: no cache read or written", function()
    local r = session(SCAN, "{ corpus = { cache = false } }")
    T.eq(r.status.cache, nil)
    T.eq(#r.claims, #first.claims)
    -- a bad value is reported (setup() goes on with the default)
    T.messages = {}
    require("deepseek_claims").setup({ corpus = { cache = "yes" } })
    T.contains(T.said(), "`corpus.cache` must be true or false")
    T.eq(require("deepseek_claims").config().corpus.cache, true, "the default")
end)

T.test(":DeepSeekClaims corpus clear forgets the corpus and removes its cache", function()
    local r = session([[
wait(function() return corpus.state.corpus ~= nil and not corpus.status().running end, function()
  local before = corpus.status().files
  vim.cmd('DeepSeekClaims corpus clear')
  report({ before = before, after = corpus.status().files, cached = vim.fn.glob(corpus.cache_dir() .. '/*.dsc') })
end)
]])
    T.eq(r.before, 6)
    T.eq(r.after, 0)
    T.eq(r.cached, "")
    T.eq(#cache_files(), 0)
    r = session(RESTART)
    T.eq(r.restored, vim.NIL, "nothing to restore after a clear")
end)

T.run("cache")
