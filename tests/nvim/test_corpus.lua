-- :DeepSeekClaims scan: a background scan of a folder with visible
-- progress, then the corpus in the hover and the quickfix list.
local T = dofile(vim.fn.fnamemodify(debug.getinfo(1, "S").source:sub(2), ":p:h") .. "/harness.lua")

local dir = vim.fn.tempname()
vim.fn.mkdir(dir .. "/sub", "p")
local article = {
    "# Chips",
    "",
    "Nvidia shares fell 17% on Monday, analysts said.",
    "",
    "DeepSeek said its V3 model cost \\$5.6 million to train on 2,048 Nvidia H800 chips.",
}
for i = 1, 30 do
    vim.fn.writefile(article, string.format("%s/sub/a%02d.md", dir, i))
end
vim.fn.writefile({ "not an article" }, dir .. "/notes.json")

T.test("scan runs in the background and reports when done", function()
    vim.cmd("DeepSeekClaims scan " .. vim.fn.fnameescape(dir))
    local corpus = require("deepseek_claims.corpus")
    T.ok(corpus.state.job ~= nil, "a job is running right after the command returns")
    T.ok(
        T.wait(function()
            return corpus.state.corpus ~= nil
        end, 10000),
        "the scan finished"
    )
    T.eq(#corpus.state.corpus, 30, "the 30 markdown files, not the json")
    T.eq(corpus.summary(), "60 claims in 30 files")
end)

T.test("the hover includes the corpus", function()
    local buf = T.buf({ "Nvidia said its H20 chips sold well, analysts said." }, "markdown")
    vim.api.nvim_win_set_cursor(0, { 1, 1 })
    require("deepseek_claims").hover()
    local text = T.popup_text()
    T.contains(text, "corpus: 60 claims in 30 files", "corpus summary for Nvidia")
    T.contains(text, "a01.md:3 market", "a corpus claim with its file and line")
    vim.cmd("silent! only")
    pcall(vim.api.nvim_buf_delete, buf, { force = true })
end)

T.test("the claims about a name are built once per corpus; each caller gets its own list", function()
    local corpus = require("deepseek_claims.corpus")
    T.ok(corpus.state.corpus ~= nil, "the corpus of the first test")
    -- the corpus behind a stand-in that counts the questions put to it
    local c, calls = corpus.state.corpus, 0
    corpus.state.corpus = setmetatable({}, {
        __index = function(_, k)
            return function(_, ...)
                if k == "about" then calls = calls + 1 end
                return c[k](c, ...)
            end
        end,
        __len = function()
            return #c
        end,
    })
    local ok, err = pcall(function()
        local a = corpus.claims("Nvidia")
        local n = #a
        T.ok(n > 0, "claims about Nvidia")
        table.remove(a, 1) -- a caller trims its list
        local b = corpus.claims("Nvidia")
        T.eq(#b, n, "the next caller gets them all")
        T.ok(a ~= b, "a list of its own")
        T.eq(calls, 1, "the corpus asked once for two calls")
        corpus.claims("DeepSeek")
        T.eq(calls, 2, "another name is asked of the corpus")
    end)
    corpus.state.corpus = c
    if not ok then error(err, 0) end
end)

T.test("corpus claims about an entity go to the quickfix list", function()
    vim.cmd("DeepSeekClaims corpus H800")
    local qf = vim.fn.getqflist()
    T.eq(#qf, 30, "one claim per file about the H800")
    T.match(vim.fn.bufname(qf[1].bufnr), "a01%.md$")
    T.eq(qf[1].lnum, 5)
    T.contains(qf[1].text, "[cost] DeepSeek")
    vim.cmd("cclose")
end)

T.test("a missing folder is a clear error, nothing starts", function()
    local corpus = require("deepseek_claims.corpus")
    corpus.scan("/no/such/folder")
    T.contains(T.said(), 'cannot scan "/no/such/folder"')
    T.eq(corpus.state.job, nil)
end)

T.test("the end message counts the paths not read; :DeepSeekClaims skipped names them", function()
    local corpus = require("deepseek_claims.corpus")
    local odd = vim.fn.tempname()
    vim.fn.mkdir(odd, "p")
    vim.fn.writefile(article, odd .. "/a.md")
    vim.fn.writefile({ "x" }, odd .. "/gone.md")
    vim.loop.fs_symlink(".", odd .. "/loop")
    vim.loop.fs_symlink("nowhere.md", odd .. "/broken.md")
    vim.fn.system({ "mkfifo", odd .. "/pipe.md" })
    local f = io.open(odd .. "/b.md", "wb")
    f:write("Nvidia\0said")
    f:close() -- binary
    os.remove(odd .. "/gone.md")
    vim.cmd("DeepSeekClaims corpus clear") -- this folder alone
    T.messages = {}
    vim.cmd("DeepSeekClaims scan " .. vim.fn.fnameescape(odd))
    T.ok(
        T.wait(function()
            return corpus.state.job == nil and corpus.state.corpus ~= nil
        end, 10000),
        "the scan finished"
    )
    T.contains(
        corpus.state.progress,
        "2 claims in 1 file; 3 skipped, 1 unreadable (:DeepSeekClaims skipped lists them)"
    )
    T.contains(T.said(), "3 skipped, 1 unreadable", "the end message goes into the message history")
    T.messages = {}
    vim.cmd("DeepSeekClaims skipped")
    local said = T.said()
    T.contains(said, "4 paths not read:")
    T.contains(said, "b.md: binary (a NUL byte in its first 8 KiB)")
    T.contains(said, "broken.md: broken link (No such file or directory) (error)")
    T.contains(said, "loop: a link loop back to ")
    T.contains(said, "pipe.md: not a regular file (a FIFO)")
    local list = corpus.skipped()
    T.eq(#list, 4)
    T.eq(list[1].path, odd .. "/b.md")
    -- a scan that reads everything says nothing more (after corpus clear:
    -- a scan keeps the folders of the scans before)
    vim.cmd("DeepSeekClaims corpus clear")
    vim.cmd("DeepSeekClaims scan " .. vim.fn.fnameescape(dir))
    T.ok(
        T.wait(function()
            return corpus.state.job == nil
        end, 10000),
        "the second scan finished"
    )
    T.eq(corpus.state.progress, "60 claims in 30 files")
    T.eq(#corpus.skipped(), 0)
    T.messages = {}
    vim.cmd("DeepSeekClaims skipped")
    T.contains(T.said(), "the last scan read every file it found")
end)

T.test("with corpus.watch, a re-scan updates the skipped list", function()
    local corpus = require("deepseek_claims.corpus")
    local w = vim.fn.tempname()
    vim.fn.mkdir(w, "p")
    vim.fn.writefile(article, w .. "/a.md")
    vim.fn.writefile(article, w .. "/b.md")
    require("deepseek_claims").setup({ corpus = { watch = true, debounce = 50 } })
    corpus.reset() -- this folder alone
    corpus.scan(w)
    T.ok(
        T.wait(function()
            return corpus.state.job == nil and corpus.state.corpus ~= nil
        end, 10000),
        "scanned"
    )
    T.eq(#corpus.skipped(), 0)
    local f = io.open(w .. "/b.md", "wb")
    f:write("Nvidia\0now binary")
    f:close()
    T.ok(
        T.wait(function()
            return #corpus.skipped() == 1
        end, 5000),
        "b.md turned binary is listed"
    )
    T.eq(corpus.skipped()[1].reason, "binary (a NUL byte in its first 8 KiB)")
    T.eq(corpus.summary(), "2 claims in 1 file")
    os.remove(w .. "/b.md")
    T.ok(
        T.wait(function()
            return #corpus.skipped() == 0
        end, 5000),
        "deleted: not listed as unreadable"
    )
    vim.fn.writefile(article, w .. "/c.md")
    T.ok(
        T.wait(function()
            return corpus.summary() == "4 claims in 2 files"
        end, 5000),
        corpus.summary()
    )
    T.eq(#corpus.skipped(), 0)
    corpus.unwatch()
    require("deepseek_claims").setup({})
end)

T.test("scan A then scan B keeps both; corpus clear forgets them; known before a scan suggests one", function()
    local corpus = require("deepseek_claims.corpus")
    corpus.reset()
    local a, b = vim.fn.tempname(), vim.fn.tempname()
    vim.fn.mkdir(a, "p")
    vim.fn.mkdir(b .. "/deep", "p")
    vim.fn.writefile({ "Nvidia shares fell 17% on Monday, analysts said." }, a .. "/a.md")
    vim.fn.writefile({ "DeepSeek said V3 cost $5.6 million to train." }, b .. "/b.md")
    vim.fn.writefile({ "Nvidia said it sold 2,000 H20 chips." }, b .. "/deep/c.md")
    -- before any scan: the ledgers answer, and a scan is suggested
    T.messages = {}
    vim.cmd("DeepSeekClaims known Anthropic")
    T.contains(T.said(), "no corpus scanned yet: :DeepSeekClaims scan [dir]")
    T.messages = {}
    vim.cmd("DeepSeekClaims known DeepSeek")
    T.ok(#vim.fn.getqflist() > 0, "the ledgers' claims")
    T.contains(T.said(), "ledger claims only; no corpus scanned yet")
    vim.cmd("cclose")
    local function scan(d)
        vim.cmd("DeepSeekClaims scan " .. vim.fn.fnameescape(d))
        T.ok(
            T.wait(function()
                return corpus.state.job == nil and corpus.state.corpus ~= nil
            end, 10000),
            "scanned " .. d
        )
    end
    scan(a)
    T.eq(corpus.summary(), "1 claim in 1 file")
    scan(b .. "/deep")
    T.eq(corpus.summary(), "2 claims in 2 files", "A kept beside B")
    -- a folder holding one scanned before takes its place: no file twice
    scan(b)
    T.eq(corpus.summary(), "3 claims in 3 files")
    T.eq(#corpus.status().dirs, 2, vim.inspect(corpus.status().dirs))
    -- the same folder again: nothing added twice
    scan(a)
    T.eq(corpus.summary(), "3 claims in 3 files")
    T.messages = {}
    vim.cmd("DeepSeekClaims corpus clear")
    T.contains(T.said(), "corpus cleared")
    T.eq(corpus.current(), nil)
    T.eq(#corpus.status().dirs, 0)
    scan(b .. "/deep")
    T.eq(corpus.summary(), "1 claim in 1 file", "afresh after clear")
    T.ok(vim.tbl_contains(vim.fn.getcompletion("DeepSeekClaims corpus cl", "cmdline"), "clear"))
end)

T.test("completion offers scan and corpus", function()
    local names = vim.fn.getcompletion("DeepSeekClaims ", "cmdline")
    T.ok(vim.tbl_contains(names, "scan") and vim.tbl_contains(names, "corpus"), vim.inspect(names))
end)

T.run("corpus")
