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

-- A session: Neovim started in the notes folder with the plugin loaded (and
-- setup(opts) when given), running body (Lua source) once VimEnter has run;
-- body prints one line of JSON on stdout and quits. Returns it decoded.
local function session(body, opts)
    local script = base .. "/session.lua"
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
        vim.fn.shellescape(notes),
        vim.fn.shellescape(xdg),
        vim.fn.shellescape(vim.v.progpath),
        vim.fn.shellescape("set rtp^=" .. T.root),
        vim.fn.shellescape("runtime plugin/deepseek_claims.lua"),
        vim.fn.shellescape("luafile " .. script)
    )
    local out = vim.fn.system(cmd)
    local line = out:match("(%b{})%s*$")
    T.ok(line, "a session's report: " .. out)
    return vim.fn.json_decode(line)
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

T.test("corpus.cache = false: no cache read or written", function()
    local r = session(SCAN, "{ corpus = { cache = false } }")
    T.eq(r.status.cache, nil)
    T.eq(#r.claims, #first.claims)
    T.raises(function()
        require("deepseek_claims").setup({ corpus = { cache = "yes" } })
    end, "`corpus.cache` must be true or false")
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
