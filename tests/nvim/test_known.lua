-- Corpus progress and watching, known claims from the ledgers in the hover,
-- :DeepSeekClaims save (vim.ui stubbed), conflicts and export.
local T = dofile(vim.fn.fnamemodify(debug.getinfo(1, "S").source:sub(2), ":p:h") .. "/harness.lua")

local function corpus()
    return require("deepseek_claims.corpus")
end

local function use_ledger(path)
    require("deepseek_claims").setup({ ledger = { path = path } })
    require("deepseek_claims.known").reset()
end

local popup_text = T.popup_text

-- Replaces vim.ui.select / vim.ui.input for one call each.
local function answer(status, note)
    local sel, inp = vim.ui.select, vim.ui.input
    vim.ui.select = function(items, opts, cb)
        vim.ui.select = sel
        T.ok(vim.tbl_contains(items, status), "the status is offered")
        T.ok(opts.prompt and opts.prompt ~= "", "a prompt")
        cb(status)
    end
    vim.ui.input = function(_, cb)
        vim.ui.input = inp
        cb(note)
    end
end

T.test("a long scan shows progress while the editor keeps running", function()
    local dir = T.tmpdir .. "/big"
    vim.fn.mkdir(dir, "p")
    local para = string.rep("DeepSeek said V3 cost $5.6 million to train on 2,048 Nvidia H800 chips. ", 30)
    local body = {}
    for i = 1, 40 do
        body[i] = para
    end
    for i = 1, 600 do
        vim.fn.writefile(body, string.format("%s/f%03d.md", dir, i))
    end
    local job = corpus().scan(dir)
    T.ok(job, "started")
    local seen, ticks = false, 0
    T.ok(
        T.wait(function()
            ticks = ticks + 1
            local p = corpus().state.progress or ""
            if corpus().state.job and p:match("^scanning %d+/%d+ files$") then seen = true end
            return corpus().state.corpus ~= nil
        end, 60000),
        "the scan finished"
    )
    T.ok(ticks > 1, "the main loop ran during the scan")
    T.ok(seen, 'a "scanning N/M files" progress message while it ran')
    T.match(corpus().summary(), "^%d+ claims in 600 files$")
    T.eq(corpus().state.progress, corpus().summary(), "the summary at the end")
end)

T.test("claims_about gives records with file, line and col", function()
    local dir = T.tmpdir .. "/small"
    vim.fn.mkdir(dir, "p")
    vim.fn.writefile({ "# x", "", "Nvidia shares fell 17% on Monday, analysts said." }, dir .. "/a.md")
    corpus().reset() -- this folder alone (a scan keeps the folders before)
    corpus().scan(dir)
    T.ok(T.wait(function()
        return corpus().state.job == nil and corpus().state.corpus ~= nil
    end, 10000))
    local recs = corpus().claims_about("NVIDIA")
    T.eq(#recs, 1)
    T.eq(recs[1].source, "corpus")
    T.eq(recs[1].file, dir .. "/a.md")
    T.eq(recs[1].line, 3)
    T.eq(recs[1].col, 1)
    T.eq(corpus().summary("Nvidia"), "1 claim in 1 file")
end)

T.test("with corpus.watch, a changed file is re-scanned", function()
    local dir = T.tmpdir .. "/watched"
    vim.fn.mkdir(dir .. "/sub", "p")
    vim.fn.writefile({ "Nvidia shares fell 17% on Monday, analysts said." }, dir .. "/sub/a.md")
    require("deepseek_claims").setup({ corpus = { watch = true, debounce = 50 } })
    corpus().reset()
    corpus().scan(dir)
    T.ok(T.wait(function()
        return corpus().state.job == nil and corpus().state.corpus ~= nil
    end, 10000))
    T.ok(corpus().status().watching >= 2, "the folder and its subfolder are watched")
    T.eq(corpus().summary(), "1 claim in 1 file")
    vim.fn.writefile({ "DeepSeek said V3 cost $5.6 million to train." }, dir .. "/sub/b.md")
    T.ok(
        T.wait(function()
            return corpus().summary() == "2 claims in 2 files"
        end, 5000),
        "a new file: " .. corpus().summary()
    )
    vim.fn.writefile({ "Nothing checkable here." }, dir .. "/sub/a.md")
    T.ok(
        T.wait(function()
            return corpus().summary() == "1 claim in 1 file"
        end, 5000),
        "an edited file: " .. corpus().summary()
    )
    T.eq(#corpus().claims_about("Nvidia"), 0, "the old claims of the edited file are gone")
    os.remove(dir .. "/sub/b.md")
    T.ok(
        T.wait(function()
            return corpus().summary() == "0 claims in 0 files"
        end, 5000),
        "a deleted file: " .. corpus().summary()
    )
    corpus().unwatch()
    T.eq(corpus().status().watching, 0)
end)

T.test("the hover shows known claims from the bundled ledger and conflicts", function()
    use_ledger(T.tmpdir .. "/none.jsonl")
    require("deepseek_claims.corpus") -- hover.lua asks it only once loaded
    T.buf({ "Alexandr Wang said DeepSeek had about 50,000 H100s." })
    vim.api.nvim_win_set_cursor(0, { 1, vim.fn.stridx("Alexandr Wang said DeepSeek", "DeepSeek") })
    require("deepseek_claims").hover()
    local text = popup_text()
    T.contains(text, "known claims: ", "ledger claims about DeepSeek")
    T.contains(text, "SemiAnalysis", "a claimant from the ledger")
    T.contains(text, "⚠ conflicting gpu_count", "the GPU count disagreement")
    T.contains(text, "⚠ conflicting training_cost_usd", "the cost disagreement")
end)

T.test("save writes the claim under the cursor to the user ledger", function()
    local path = T.tmpdir .. "/ledgers/mine.jsonl" -- its folder does not exist yet
    use_ledger(path)
    T.buf({ "# Notes", "", "DeepSeek said V3 was trained on 2,048 Nvidia H800 GPUs in under two months." })
    vim.api.nvim_win_set_cursor(0, { 3, 10 })
    answer("disputed", "cluster only, not the fleet")
    vim.cmd("DeepSeekClaims save")
    T.contains(T.said(), "saved (disputed) in ")
    local L = require("deepseek_claims.lib.ledger").load(path, { must_exist = true })
    T.eq(#L.problems, 0)
    T.eq(#L.entries, 1)
    local e = L.entries[1]
    T.eq(e.status, "disputed")
    T.eq(e.note, "cluster only, not the fleet")
    T.eq(e.claimant, "DeepSeek")
    T.eq(e.kind, "hardware")
    T.eq(e.source_line, 3)
    T.ok(vim.tbl_contains(e.about, "DeepSeek-V3"))
    T.eq(e.quantities[1].value, 2048)
    T.eq(e.quantities[1].attribute, "gpu_count")
    T.ok(e.date:match("^%d%d%d%d%-%d%d%-%d%d$"))
    -- the same claim again: its entry is updated, never a second one (it
    -- showed as both disputed and confirmed); its status is in the prompt
    -- and its note the default
    local sel, inp = vim.ui.select, vim.ui.input
    local asked = {}
    vim.ui.select = function(_, opts, cb)
        vim.ui.select, asked.status = sel, opts.prompt
        cb("confirmed")
    end
    vim.ui.input = function(opts, cb)
        vim.ui.input, asked.default = inp, opts.default
        cb("")
    end
    vim.cmd("DeepSeekClaims save")
    T.contains(asked.status, "(saved as disputed)")
    T.eq(asked.default, "cluster only, not the fleet")
    T.contains(T.said(), "updated (confirmed) in ")
    local lines = vim.fn.readfile(path)
    T.eq(#lines, 1, "one entry")
    local again = vim.fn.json_decode(lines[1])
    T.eq(again.id, e.id, "the same id")
    T.eq(again.status, "confirmed")
    T.eq(again.note, nil, "an empty note is left out")
    require("deepseek_claims.known").reset()
    local mine = vim.tbl_filter(function(x)
        return x.file == path
    end, require("deepseek_claims.known").about("DeepSeek-V3"))
    T.eq(#mine, 1, "one known claim of the user's ledger")
end)

T.test("save with Neovim's own vim.ui.input: an empty note saves, <Esc> cancels", function()
    local path = T.tmpdir .. "/ledgers/keys.jsonl"
    use_ledger(path)
    T.buf({ "DeepSeek said V3 cost $5.6 million to train." })
    vim.api.nvim_win_set_cursor(0, { 1, 5 })
    -- the status's number (inputlist) and an empty line
    vim.api.nvim_feedkeys("2\r\r", "t", false)
    vim.cmd("DeepSeekClaims save")
    T.ok(
        T.wait(function()
            return vim.fn.filereadable(path) == 1
        end),
        "saved: " .. T.said()
    )
    local e = vim.fn.json_decode(vim.fn.readfile(path)[1])
    T.eq(e.status, "confirmed")
    T.eq(e.note, nil)
    -- <Esc> at the note: nothing written
    T.messages = {}
    vim.api.nvim_feedkeys("3\r\27", "t", false)
    vim.cmd("DeepSeekClaims save")
    T.ok(
        T.wait(function()
            return T.said():find("save cancelled") ~= nil
        end),
        "cancelled: " .. T.said()
    )
    T.eq(vim.fn.json_decode(vim.fn.readfile(path)[1]).status, "confirmed", "unchanged")
end)

T.test("save: cancelled, off a claim, or an unwritable ledger gives a message", function()
    local dir = T.tmpdir .. "/a-dir.jsonl"
    vim.fn.mkdir(dir, "p")
    use_ledger(dir)
    T.buf({ "DeepSeek said V3 cost $5.6 million to train.", "", "# Heading" })
    vim.api.nvim_win_set_cursor(0, { 3, 0 })
    vim.cmd("DeepSeekClaims save")
    T.contains(T.said(), "no claim under the cursor")
    vim.api.nvim_win_set_cursor(0, { 1, 0 })
    answer("claimed", nil)
    vim.cmd("DeepSeekClaims save")
    T.contains(T.said(), "save cancelled")
    answer("claimed", "x")
    vim.cmd("DeepSeekClaims save")
    T.contains(T.said(), "not saved: ")
    T.contains(T.said(), "directory")
end)

T.test("conflicts lists disagreeing figures side by side; <CR> opens one", function()
    use_ledger(T.tmpdir .. "/none.jsonl")
    local file = T.tmpdir .. "/notes.md"
    vim.fn.writefile({ "DeepSeek says the final training run of V3 cost $5.6 million." }, file)
    vim.cmd("edit " .. vim.fn.fnameescape(file))
    vim.cmd("DeepSeekClaims conflicts DeepSeek")
    local r = require("deepseek_claims.report").last
    T.ok(r and vim.api.nvim_buf_is_valid(r.buf), "a report buffer")
    local text = table.concat(vim.api.nvim_buf_get_lines(r.buf, 0, -1, false), "\n")
    T.contains(text, "DeepSeek · gpu_count")
    T.contains(text, "DeepSeek · training_cost_usd")
    T.contains(text, "SemiAnalysis")
    T.contains(text, "https://semianalysis.com/")
    -- the bundled ledger's line for the first fact of the first conflict
    local row
    for n in pairs(r.rows) do
        if not row or n < row then row = n end
    end
    vim.api.nvim_win_set_cursor(0, { row, 0 })
    T.feed("<CR>")
    local rec = r.rows[row]
    T.wait(function()
        return vim.api.nvim_get_current_buf() ~= r.buf
    end) -- the key, on a busy machine
    T.eq(vim.fn.fnamemodify(vim.api.nvim_buf_get_name(0), ":p"), vim.fn.fnamemodify(rec.file, ":p"))
    T.eq(vim.api.nvim_win_get_cursor(0)[1], rec.line)
    T.ok(vim.bo.readonly and not vim.bo.modifiable, "the bundled ledger opens read-only")
    vim.cmd("bwipeout")
end)

T.test("conflicts: the bundled ledger only about what the notes mention; short paths; columns that fit", function()
    use_ledger(T.tmpdir .. "/none.jsonl")
    corpus().reset() -- the notes alone: no corpus
    local cwd = vim.fn.getcwd()
    vim.cmd("cd " .. vim.fn.fnameescape(T.root))
    -- notes about Anthropic: none of the bundled ledger's DeepSeek conflicts
    T.buf({ "Anthropic raised $4 billion from Amazon.", "", "Dario Amodei said Claude cost tens of millions." })
    T.messages = {}
    local list = require("deepseek_claims.report").conflicts()
    T.eq(#list, 0, "conflicts for notes about Anthropic")
    T.contains(T.said(), "no conflicting figures")
    -- notes about DeepSeek: its conflicts, the ledger's path relative, the
    -- claimant column as wide as its names (one cut), the rest aligned
    T.buf({ "DeepSeek said V3 cost $5.6 million to train on 2,048 H800 GPUs." })
    list = require("deepseek_claims.report").conflicts()
    T.ok(#list >= 2, "DeepSeek's conflicts: " .. #list)
    for _, c in ipairs(list) do
        T.eq(c.entity, "DeepSeek", "only about what the notes mention")
    end
    local r = require("deepseek_claims.report").last
    local where = {}
    for n in pairs(r.rows) do
        local l = vim.api.nvim_buf_get_lines(r.buf, n - 1, n, false)[1]
        T.ok(not l:find(T.root, 1, true), "no absolute path: " .. l)
        local at = math.huge
        for _, src in ipairs({ " ledger ", " buffer ", " corpus " }) do
            local i = l:find(src, 1, true)
            if i then at = math.min(at, vim.fn.strdisplaywidth(l:sub(1, i))) end
        end
        where[at] = true
    end
    T.eq(vim.tbl_count(where), 1, "the source column lines up: " .. vim.inspect(where))
    local text = table.concat(vim.api.nvim_buf_get_lines(r.buf, 0, -1, false), "\n")
    T.contains(text, "ledger data/ledger.jsonl:")
    T.contains(text, "House Select Committee on t…")
    vim.cmd("cd " .. vim.fn.fnameescape(cwd))
    vim.cmd("silent! only")
end)

T.test("export writes the buffer and corpus claims in each format", function()
    use_ledger(T.tmpdir .. "/none.jsonl")
    T.buf({ "DeepSeek said V3 cost $5.6 million to train, analysts said.", "", "Nvidia shares fell 17% on Monday." })
    local out = T.tmpdir .. "/out"
    vim.cmd("DeepSeekClaims export " .. out .. ".csv")
    T.contains(T.said(), "exported ")
    local csv = table.concat(vim.fn.readfile(out .. ".csv"), "\n")
    T.contains(csv, "source,file,line,id,claimant")
    vim.cmd("DeepSeekClaims export " .. out .. ".json")
    local items = vim.fn.json_decode(table.concat(vim.fn.readfile(out .. ".json"), "\n"))
    T.ok(#items >= 2)
    T.eq(items[1]["@type"], "ClaimReview")
    T.eq(items[1].itemReviewed["@type"], "Claim")
    vim.cmd("DeepSeekClaims export " .. out .. ".txt jsonl")
    T.ok(#vim.fn.readfile(out .. ".txt") >= 2)
    vim.cmd("DeepSeekClaims export " .. out .. ".txt")
    T.contains(T.said(), "cannot tell the format")
end)

T.test("the conflicts about one entity read only the corpus's claims about it", function()
    use_ledger(T.tmpdir .. "/none.jsonl")
    corpus().reset()
    local dir = T.tmpdir .. "/two-labs"
    vim.fn.mkdir(dir, "p")
    vim.fn.writefile({ "DeepSeek said V3 cost $5.6 million to train." }, dir .. "/a.md")
    vim.fn.writefile({ "Anthropic said Claude cost $30 million to train." }, dir .. "/b.md")
    vim.fn.writefile({ "Analysts said Claude cost $90 million to train, not what Anthropic said." }, dir .. "/c.md")
    corpus().scan(dir)
    T.ok(
        T.wait(function()
            return corpus().state.corpus ~= nil and not corpus().state.job
        end, 20000),
        "the scan finished"
    )
    T.buf({ "DeepSeek said V3 cost $5.6 million to train." })
    local conflicts = require("deepseek_claims.lib.conflicts")
    local report = require("deepseek_claims.report")
    local find, seen = conflicts.find, {}
    conflicts.find = function(recs, opts)
        for _, r in ipairs(recs) do
            if r.source == "corpus" then seen[#seen + 1] = r end
        end
        return find(recs, opts)
    end
    local ok, list = pcall(report.conflicts_about, "DeepSeek")
    conflicts.find = find
    T.ok(ok, tostring(list))
    T.ok(#seen > 0, "the corpus's DeepSeek claim is read")
    for _, r in ipairs(seen) do
        T.ok(vim.tbl_contains(r.about or {}, "DeepSeek"), "a corpus claim not about DeepSeek was read: " .. r.text)
    end
    -- the same conflicts as the whole list's about DeepSeek
    local function keys(l)
        local out = {}
        for _, c in ipairs(l) do
            out[#out + 1] = c.entity .. "|" .. c.attribute .. "|" .. #c.facts
        end
        table.sort(out)
        return out
    end
    T.eq(keys(list), keys(conflicts.about(report.conflicts_list(), "DeepSeek")))
    local claude = conflicts.about(report.conflicts_list(), "Claude")
    T.ok(#claude > 0, "Claude's two costs conflict")
    T.eq(keys(report.conflicts_about("Claude")), keys(claude), "and are found when asked about Claude")
    corpus().reset()
end)

T.run("known")
