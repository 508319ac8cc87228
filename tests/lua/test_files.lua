-- Files written and read safely (issue 9, items 4, 5, 6 and 8): output that
-- must not block or vanish, the ledger lock under crashes and concurrent
-- processes, writes that keep what is at the target (devices, FIFOs,
-- symlinks, mode and owner), and ledgers with a BOM or CR/CRLF line ends.
-- Several tests start real processes (lua5.4 running bin/ or a script).

return function(T)
    local F = require("fixtures")
    local ledger = require("deepseek_claims.lib.ledger")
    local BIN = T.root .. "/bin/deepseek-claims"
    local q = T.quote

    local n = 0
    -- A fresh folder in the scratch directory.
    local function fresh_dir(name)
        n = n + 1
        local d = T.tmpdir() .. "/files-" .. n .. "-" .. (name or "d")
        os.execute("mkdir -p " .. q(d))
        return d
    end

    local function cli(args)
        return T.run("lua5.4 " .. q(BIN) .. " " .. args)
    end

    local function sh(cmd)
        local out = T.run(cmd)
        return (out:gsub("\n$", ""))
    end

    -- "regular file 600 65534": type, octal mode and owner, from stat(1)
    -- (not from the code under test).
    local function stat(path, deref)
        return sh("stat " .. (deref and "-L " or "") .. "-c '%F %a %u %g' " .. q(path) .. " 2>&1")
    end

    local function is_root()
        return sh("id -u") == "0"
    end

    local function entry(text, extra)
        local e = {
            text = text,
            claimant = "DeepSeek",
            about = { "DeepSeek-V3" },
            kind = "cost",
            status = "claimed",
            date = "2025-01-27",
        }
        for k, v in pairs(extra or {}) do
            e[k] = v
        end
        return e
    end

    -- A ledger of count seed entries.
    local function seed_ledger(path, count)
        local lines = {}
        for i = 1, count do
            lines[i] =
                string.format('{"id":"seed-%d","text":"Seed claim %d about DeepSeek.","about":["DeepSeek"]}', i, i)
        end
        T.write_file(path, count > 0 and (table.concat(lines, "\n") .. "\n") or "")
    end

    -- A Lua 5.4 script that appends to a ledger, run as a separate process:
    --   lua5.4 append.lua PATH ID [COUNT]   appends ID (ID-1..ID-COUNT with COUNT),
    -- printing "ok ID" after each append that reported success (line
    -- buffered, so a kill loses no report) and "err ID message" otherwise.
    local function append_script()
        local path = T.tmpdir() .. "/files-append.lua"
        T.write_file(
            path,
            table.concat({
                "package.path = " .. string.format("%q", T.root .. "/lua/?.lua;") .. " .. package.path",
                "package.cpath = " .. string.format("%q", T.root .. "/build/lua5.4/?.so;") .. " .. package.cpath",
                "local ledger = require('deepseek_claims.lib.ledger')",
                "io.stdout:setvbuf('line')",
                "local path, id, count = arg[1], arg[2], tonumber(arg[3])",
                "local ids = {}",
                "if count then for i = 1, count do ids[i] = id .. '-' .. i end else ids[1] = id end",
                "for _, x in ipairs(ids) do",
                "  local e, err = ledger.append(path, { id = x, text = 'Claim ' .. x .. ' about DeepSeek.' })",
                "  if e then print('ok ' .. x) else print('err ' .. x .. ' ' .. tostring(err)) end",
                "end",
            }, "\n")
        )
        return path
    end

    -- The ids a set of appender outputs reported as written.
    local function reported_ok(text)
        local ok, errs = {}, {}
        for id in text:gmatch("ok (%S+)") do
            ok[#ok + 1] = id
        end
        for line in text:gmatch("err [^\n]*") do
            errs[#errs + 1] = line
        end
        return ok, errs
    end

    -- Runs one appender per id at once (each appends its id), waits for
    -- them, and returns what they printed.
    local function appenders_at_once(p, ids, dir)
        local s, cmd, out = append_script(), {}, {}
        for _, id in ipairs(ids) do
            cmd[#cmd + 1] = "lua5.4 "
                .. q(s)
                .. " "
                .. q(p)
                .. " "
                .. id
                .. " > "
                .. q(dir .. "/" .. id .. ".out")
                .. " &"
        end
        T.run(table.concat(cmd, " ") .. " wait")
        for _, id in ipairs(ids) do
            out[#out + 1] = T.read_file(dir .. "/" .. id .. ".out") or ""
        end
        return table.concat(out)
    end

    local function listing(dir)
        return sh("ls -A " .. q(dir))
    end

    ---------------------------------------------------------------------------
    -- 4. Output that blocks or vanishes
    ---------------------------------------------------------------------------

    T.test("-o /dev/stdout, a FIFO and a pipe descriptor are written, never read", function()
        T.core()
        local dir = fresh_dir("out")
        local a = T.write_file(dir .. "/a.md", F.article)
        local want = cli("--format jsonl " .. q(a))
        T.ok(#want > 0, "the export has lines")
        -- timeout: before the fix each of these hung for ever
        local out, err, rc =
            T.run("timeout 10 lua5.4 " .. q(BIN) .. " --format jsonl -o /dev/stdout " .. q(a) .. " | cat")
        T.eq(err, "", "-o /dev/stdout: no message")
        T.eq(rc, 0)
        T.eq(out, want, "-o /dev/stdout")
        local fifo = dir .. "/fifo"
        os.execute("mkfifo " .. q(fifo))
        local _, ferr, frc = T.run(
            "cat "
                .. q(fifo)
                .. " > "
                .. q(dir .. "/from-fifo")
                .. " & "
                .. "timeout 10 lua5.4 "
                .. q(BIN)
                .. " --format jsonl -o "
                .. q(fifo)
                .. " "
                .. q(a)
                .. "; rc=$?; wait; exit $rc"
        )
        T.eq(frc, 0, "-o FIFO: " .. ferr)
        T.eq(T.read_file(dir .. "/from-fifo"), want, "what the FIFO's reader got")
        T.ok(stat(fifo):find("^fifo"), "the FIFO is still a FIFO")
        -- bash's >(...) hands the script /dev/fd/63, a pipe
        local pout, perr, prc = T.run(
            "bash -c "
                .. q(
                    "timeout 10 lua5.4 "
                        .. q(BIN)
                        .. " --format jsonl -o >(wc -c > "
                        .. q(dir .. "/count")
                        .. ") "
                        .. q(a)
                        .. "; rc=$?; wait; sleep 0.1; exit $rc"
                )
        )
        T.eq(prc, 0, "-o >(wc -c): " .. perr)
        T.eq(pout, "")
        T.eq(tonumber(T.read_file(dir .. "/count")), #want, "bytes through the pipe")
    end)

    T.test("a FIFO or pipe given as input is read whole", function()
        T.core()
        local dir = fresh_dir("in")
        local a = T.write_file(dir .. "/a.md", F.article)
        local fifo = dir .. "/in-fifo"
        os.execute("mkfifo " .. q(fifo))
        local want = cli("--json " .. q(a)):gsub('"file":"[^"]*"', '"file":"X"')
        local out, err, rc = T.run(
            "cat "
                .. q(a)
                .. " > "
                .. q(fifo)
                .. " & timeout 10 lua5.4 "
                .. q(BIN)
                .. " --json "
                .. q(fifo)
                .. "; rc=$?; wait; exit $rc"
        )
        T.eq(rc, 0, err)
        T.eq(out:gsub('"file":"[^"]*"', '"file":"X"'), want, "the same claims as from the file")
    end)

    T.test("a write error on standard output: a message and exit 2", function()
        T.core()
        local dir = fresh_dir("full")
        local a = T.write_file(dir .. "/a.md", F.article)
        local L = T.write_file(
            dir .. "/l.jsonl",
            '{"id":"x","text":"V3 cost $5.6 million to train.","about":["DeepSeek-V3"]}\n'
        )
        for _, args in ipairs({
            q(a),
            "--json " .. q(a),
            "--entities " .. q(a),
            "scan " .. q(dir),
            "--format csv " .. q(a),
            "--ledger " .. q(L),
            "--conflicts " .. q(a),
            "--help",
            "--version",
        }) do
            local out, err, rc = T.run("lua5.4 " .. q(BIN) .. " " .. args .. " > /dev/full")
            T.eq(out, "")
            T.eq(rc, 2, args .. ": exit status (stderr: " .. err .. ")")
            T.contains(err, "standard output", args)
            T.contains(err, "No space left on device", args)
        end
        -- standard output closed: the same
        local _, err, rc = T.run("lua5.4 " .. q(BIN) .. " " .. q(a) .. " >&-")
        T.eq(rc, 2, "closed stdout")
        T.contains(err, "standard output")
    end)

    T.test("a closed pipe ends the output quietly, as other filters", function()
        T.core()
        local dir = fresh_dir("pipe")
        for i = 1, 40 do
            T.write_file(dir .. "/a" .. i .. ".md", F.article)
        end
        -- SIGPIPE ignored (as some parents leave it): the write fails with
        -- EPIPE, which must end the run quietly, not with an error message
        local script = "trap '' PIPE; { lua5.4 "
            .. q(BIN)
            .. " --json "
            .. q(dir)
            .. " 2> "
            .. q(dir .. "/err")
            .. "; echo $? > "
            .. q(dir .. "/rc")
            .. "; } | head -c 10"
        local out = T.run("sh -c " .. q(script))
        T.eq(#out, 10)
        T.eq(T.read_file(dir .. "/err"), "", "no message")
        T.eq(T.read_file(dir .. "/rc"), "0\n", "exit status")
        -- SIGPIPE as usual: killed by it, quietly
        local _, err = T.run("lua5.4 " .. q(BIN) .. " --json " .. q(dir) .. " | head -c 10")
        T.eq(err, "")
    end)

    ---------------------------------------------------------------------------
    -- 6. The write keeps what is at the target
    ---------------------------------------------------------------------------

    T.test("-o onto a character device writes to it and leaves it a device", function()
        T.core()
        local dir = fresh_dir("dev")
        local a = T.write_file(dir .. "/a.md", F.article)
        local dev = dir .. "/null"
        -- a null device of our own (never the real /dev/null); mknod needs root
        local made = os.execute("mknod " .. q(dev) .. " c 1 3 2>/dev/null")
        if made ~= true and made ~= 0 then
            -- not root: a FIFO is the same code path (not a regular file)
            os.execute("mkfifo " .. q(dev))
            os.execute("(cat " .. q(dev) .. " > /dev/null &)")
        end
        local before = stat(dev)
        local _, err, rc = cli("--format jsonl -o " .. q(dev) .. " " .. q(a))
        T.eq(rc, 0, err)
        T.eq(stat(dev), before, "still the same kind of file, mode and owner")
        T.eq(listing(dir), "a.md\nnull", "no temporary file left")
    end)

    T.test("a symlinked ledger: the entry goes to its target, the link stays", function()
        local dir = fresh_dir("link")
        os.execute("mkdir -p " .. q(dir .. "/real"))
        local target = dir .. "/real/ledger.jsonl"
        seed_ledger(target, 2)
        os.execute("ln -s real/ledger.jsonl " .. q(dir .. "/ledger.jsonl"))
        local e = assert(ledger.append(dir .. "/ledger.jsonl", entry("Through the link.", { id = "via-link" })))
        T.eq(e.id, "via-link")
        T.eq(sh("readlink " .. q(dir .. "/ledger.jsonl")), "real/ledger.jsonl", "still a link")
        local L = ledger.load(target)
        T.eq(#L.entries, 3, "the target has the entry")
        T.ok(ledger.by_id(L, "via-link"))
        T.eq(listing(dir .. "/real"), "ledger.jsonl", "no lock or temporary file left")
        -- a dangling link: the file is created where it points
        os.execute("ln -s real/new.jsonl " .. q(dir .. "/new.jsonl"))
        assert(ledger.append(dir .. "/new.jsonl", entry("First.", { id = "first" })))
        T.eq(sh("readlink " .. q(dir .. "/new.jsonl")), "real/new.jsonl")
        T.eq(#ledger.load(dir .. "/real/new.jsonl").entries, 1)
        -- an export through a link, likewise
        local core = T.core()
        os.execute("ln -s real/out.txt " .. q(dir .. "/out.txt"))
        T.eq(core.file_write(dir .. "/out.txt", "hello\n"), "created")
        T.eq(T.read_file(dir .. "/real/out.txt"), "hello\n")
        T.eq(sh("readlink " .. q(dir .. "/out.txt")), "real/out.txt")
    end)

    T.test("a private ledger keeps its mode (and, as root, its owner)", function()
        local dir = fresh_dir("private")
        local p = dir .. "/mine.jsonl"
        seed_ledger(p, 1)
        os.execute("chmod 600 " .. q(p))
        local root = is_root()
        if root then os.execute("chown 65534:65534 " .. q(p)) end
        local before = stat(p)
        T.eq(before:match("^regular file (%d+)"), "600")
        assert(ledger.append(p, entry("Still private.", { id = "private" })))
        T.eq(stat(p), before, "mode and owner kept")
        T.eq(#ledger.load(p).entries, 2)
        -- a new file gets the usual mode (0666 less the umask)
        local fresh = dir .. "/new.jsonl"
        assert(ledger.append(fresh, entry("New.", { id = "new" })))
        T.eq(stat(fresh):match("^regular file (%d+)"), sh("printf '%o' $(( 0666 & ~$(umask) ))"))
    end)

    T.test("writes sync the file before the rename and the folder after", function()
        if not os.execute("command -v strace >/dev/null 2>&1") then return end -- needs strace
        local dir = fresh_dir("sync")
        local p = dir .. "/l.jsonl"
        seed_ledger(p, 1)
        local trace = dir .. "/trace"
        T.run(
            "strace -f -o "
                .. q(trace)
                .. " -e trace=fsync,rename,openat lua5.4 "
                .. q(append_script())
                .. " "
                .. q(p)
                .. " synced"
        )
        -- what each descriptor was last opened as, then the order of the calls
        local calls, role = {}, {}
        local quoted = dir:gsub("%p", "%%%0")
        for line in (T.read_file(trace) or ""):gmatch("[^\n]+") do
            local fd = line:match("openat%(.-= (%d+)$")
            if fd then
                role[fd] = (line:find('"' .. quoted .. '/%.l%.jsonl%.[^"]*%.tmp"') and "temp")
                    or (line:find('"' .. quoted .. '", O_RDONLY') and line:find("O_DIRECTORY") and "folder")
                    or nil
            end
            local f = line:match("fsync%((%d+)%)")
            if f and role[f] then calls[#calls + 1] = "fsync " .. role[f] end
            if line:find("rename%(") then calls[#calls + 1] = "rename" end
        end
        T.same(calls, { "fsync temp", "rename", "fsync folder" })
    end)

    ---------------------------------------------------------------------------
    -- 5. The lock: crashes and concurrent savers lose nothing
    ---------------------------------------------------------------------------

    T.test("three processes appending over a stale lock all land", function()
        T.core()
        local dir = fresh_dir("stale")
        local p = dir .. "/big.jsonl"
        seed_ledger(p, 3000)
        -- the lock folder an older version (or a save killed mid-way) left
        os.execute("mkdir " .. q(p .. ".lock"))
        local ok, errs = reported_ok(appenders_at_once(p, { "a", "b", "c" }, dir))
        T.same(errs, {}, "no append failed")
        T.eq(#ok, 3)
        local L = ledger.load(p)
        T.eq(#L.problems, 0)
        T.eq(#L.entries, 3003, "every append is in the ledger")
        for _, w in ipairs({ "a", "b", "c" }) do
            T.ok(ledger.by_id(L, w), w)
        end
    end)

    T.test("saves killed mid-way (SIGKILL) lose no reported entry and block no later save", function()
        T.core()
        local dir = fresh_dir("kill")
        local p = dir .. "/l.jsonl"
        seed_ledger(p, 2000)
        local s = append_script()
        -- rounds of two appenders killed at staggered moments
        local script = {}
        for round = 1, 6 do
            for _, w in ipairs({ "x", "y" }) do
                local id = w .. round
                script[#script + 1] = string.format(
                    "lua5.4 %s %s %s 1000 > %s & pid_%s=$!",
                    q(s),
                    q(p),
                    id,
                    q(dir .. "/" .. id .. ".out"),
                    w
                )
            end
            script[#script + 1] = string.format(
                "sleep 0.%d; kill -9 $pid_x; sleep 0.0%d; kill -9 $pid_y; wait",
                2 + round % 3,
                1 + round % 5
            )
        end
        T.run(table.concat(script, "\n"))
        -- then three at once, which must neither wait for nor break anything
        appenders_at_once(p, { "after-a", "after-b", "after-c" }, dir)
        local outs = sh("cat " .. q(dir) .. "/*.out")
        local ok, errs = reported_ok(outs)
        T.same(errs, {}, "no append failed")
        T.ok(#ok > 3, "some appends went through before the kills (" .. #ok .. ")")
        local L = ledger.load(p)
        T.eq(#L.problems, 0, "no torn line")
        for _, id in ipairs(ok) do
            T.ok(ledger.by_id(L, id), "reported written, and there: " .. id)
        end
        for _, w in ipairs({ "a", "b", "c" }) do
            T.ok(ledger.by_id(L, "after-" .. w), "after-" .. w)
        end
        -- a save killed after its rename but before it printed "ok" is there
        -- unreported: at most one per killed process (12), and only ours
        T.ok(#L.entries >= 2000 + #ok and #L.entries <= 2000 + #ok + 12, #L.entries .. " entries")
        for _, e in ipairs(L.entries) do
            T.ok(e.id:find("^seed%-") or e.id:find("^[xy]%d%-") or e.id:find("^after%-"), e.id)
        end
        T.eq(sh("ls -A " .. q(dir) .. " | grep -c '\\.tmp$'"), "0", "no temporary file of a killed save left")
    end)

    T.test("a busy lock: tried once it says so at once; waited for, it is taken", function()
        local core = T.core()
        local dir = fresh_dir("busy")
        local p = dir .. "/l.jsonl"
        seed_ledger(p, 1)
        -- another process holds the lock until the file "release" appears
        local holder = T.write_file(
            dir .. "/hold.lua",
            table.concat({
                "package.cpath = " .. string.format("%q", T.root .. "/build/lua5.4/?.so;") .. " .. package.cpath",
                "local core = require('deepseek_claims.core')",
                "local lock = assert(core.file_lock(arg[1] .. '.lock'))",
                "io.open(arg[1] .. '.held', 'w'):close()",
                "while not io.open(arg[1] .. '.release') do os.execute('sleep 0.02') end",
                "lock:unlock()",
            }, "\n")
        )
        os.execute("lua5.4 " .. q(holder) .. " " .. q(p) .. " > /dev/null 2>&1 &")
        for _ = 1, 500 do
            if T.read_file(p .. ".held") then break end
            os.execute("sleep 0.01")
        end
        T.ok(T.read_file(p .. ".held"), "the holder took the lock")
        local e, err, why = ledger.append(p, entry("Now.", { id = "now" }), { wait = 0 })
        T.eq(e, nil)
        T.eq(why, "busy")
        T.contains(err, "another save (process ")
        local lock, _, code = core.file_lock(p .. ".lock", 0)
        T.eq(lock, nil)
        T.eq(code, "EWOULDBLOCK")
        T.eq(#ledger.load(p).entries, 1, "nothing written")
        -- released while we wait: the append goes through
        os.execute("(sleep 0.2; touch " .. q(p .. ".release") .. ") &")
        assert(ledger.append(p, entry("Later.", { id = "later" }), { wait = 10000 }))
        T.eq(#ledger.load(p).entries, 2)
    end)

    T.test("a read-only folder: 'read-only' at once, no lock blamed", function()
        T.core()
        local dir = fresh_dir("ro")
        local folder = dir .. "/ro"
        os.execute("mkdir -p " .. q(folder) .. " && chmod 755 " .. q(dir) .. " " .. q(T.tmpdir()))
        seed_ledger(folder .. "/l.jsonl", 1)
        os.execute("chmod 555 " .. q(folder))
        local script = T.write_file(
            dir .. "/ro.lua",
            table.concat({
                "package.path = " .. string.format("%q", T.root .. "/lua/?.lua;") .. " .. package.path",
                "package.cpath = " .. string.format("%q", T.root .. "/build/lua5.4/?.so;") .. " .. package.cpath",
                "local ledger = require('deepseek_claims.lib.ledger')",
                "local e, err, why = ledger.append(arg[1], { id = 'x', text = 'No.' }, { wait = 60000 })",
                "print(tostring(e), tostring(why), err)",
            }, "\n")
        )
        os.execute("chmod 644 " .. q(script))
        -- root writes anywhere: run the save as nobody
        local prefix = is_root() and "setpriv --reuid=65534 --regid=65534 --clear-groups " or ""
        local out, err = T.run(prefix .. "lua5.4 " .. q(script) .. " " .. q(folder .. "/l.jsonl"))
        os.execute("chmod 755 " .. q(folder))
        T.eq(err, "")
        T.contains(out, "nil\treadonly\t")
        T.contains(out, "read-only")
        T.ok(not out:find("lock"), "no lock blamed: " .. out)
    end)

    T.test("temporary files of a crashed save are removed; others' are kept", function()
        local dir = fresh_dir("temps")
        local p = dir .. "/l.jsonl"
        seed_ledger(p, 1)
        local host = sh("uname -n")
        local dead = sh("sh -c 'echo $$'") -- a pid that ran and ended
        local alive = sh("sleep 30 > /dev/null 2>&1 & echo $!")
        local names = {
            stale = ".l.jsonl." .. host .. "." .. dead .. ".0.tmp",
            running = ".l.jsonl." .. host .. "." .. alive .. ".0.tmp",
            other_host = ".l.jsonl.elsewhere-" .. host .. "." .. dead .. ".0.tmp",
            other_file = ".m.jsonl." .. host .. "." .. dead .. ".0.tmp",
        }
        for _, name in pairs(names) do
            T.write_file(dir .. "/" .. name, "partial")
        end
        assert(ledger.append(p, entry("After the crash.", { id = "after" })))
        os.execute("kill " .. alive)
        T.eq(T.read_file(dir .. "/" .. names.stale), nil, "the crashed writer's temporary file is gone")
        T.eq(T.read_file(dir .. "/" .. names.running), "partial", "a running writer's is kept")
        T.eq(T.read_file(dir .. "/" .. names.other_host), "partial", "another host's is kept")
        T.eq(T.read_file(dir .. "/" .. names.other_file), "partial", "another file's is kept")
        T.eq(#ledger.load(p).entries, 2)
    end)

    ---------------------------------------------------------------------------
    -- 8. Ledger formats: BOM, CR, CRLF
    ---------------------------------------------------------------------------

    T.test("a ledger with a UTF-8 BOM reads its first entry and keeps the BOM", function()
        local p = fresh_dir("bom") .. "/l.jsonl"
        local bom = "\239\187\191"
        local text = bom .. '{"id":"a","text":"One."}\n{"id":"b","text":"Two."}\n'
        T.write_file(p, text)
        local L = ledger.load(p)
        T.same(ledger.format_problems(L), {})
        T.eq(#L.entries, 2)
        T.eq(L.entries[1].id, "a")
        assert(ledger.append(p, entry("Three.", { id = "c" })))
        local raw = T.read_file(p)
        T.eq(raw:sub(1, #text), text, "BOM and old lines kept")
        T.eq(#ledger.load(p).entries, 3)
        -- a file that is only a BOM: an empty ledger
        T.write_file(p, bom)
        T.eq(#ledger.load(p).problems, 0)
        assert(ledger.append(p, entry("First.", { id = "f" })))
        T.eq(T.read_file(p):sub(1, 3), bom)
        T.eq(#ledger.load(p).entries, 1)
    end)

    T.test("CR-only line ends read as lines; an append keeps them", function()
        local p = fresh_dir("cr") .. "/l.jsonl"
        local text = '{"id":"a","text":"One."}\r{"id":"b","text":"Two."}\r'
        T.write_file(p, text)
        local L = ledger.load(p)
        T.same(ledger.format_problems(L), {})
        T.eq(#L.entries, 2)
        T.eq(L.entries[2].ledger_line, 2)
        local e = assert(ledger.append(p, entry("Three.", { id = "c" })))
        local raw = T.read_file(p)
        T.eq(raw:sub(1, #text), text)
        T.eq(raw, text .. ledger.encode(e) .. "\r", "the new line ends in CR too")
        T.ok(not raw:find("\n", 1, true), "no LF in a CR file")
    end)

    T.test("appending to a CRLF ledger keeps CRLF; each line keeps its own end", function()
        local p = fresh_dir("crlf") .. "/l.jsonl"
        local text = '{"id":"a","text":"One."}\r\n{"id":"b","text":"Two."}\r\n'
        T.write_file(p, text)
        local e = assert(ledger.append(p, entry("Three.", { id = "c" })))
        T.eq(T.read_file(p), text .. ledger.encode(e) .. "\r\n")
        -- without a final line end: one is added, the file's own
        T.write_file(p, '{"id":"a","text":"One."}\r\n{"id":"b","text":"Two."}')
        local e2 = assert(ledger.append(p, entry("Three.", { id = "c" })))
        T.eq(T.read_file(p), '{"id":"a","text":"One."}\r\n{"id":"b","text":"Two."}\r\n' .. ledger.encode(e2) .. "\r\n")
        -- a replace in a mixed file leaves every other line's end alone
        local mixed = '{"id":"a","text":"One."}\r\n{"id":"b","text":"Two."}\n{"id":"c","text":"Three."}\r'
        T.write_file(p, mixed)
        local L = ledger.load(p)
        T.eq(#L.entries, 3)
        local b = ledger.by_id(L, "b")
        b.status = "disputed"
        local nb = assert(ledger.replace(p, "b", b))
        T.eq(T.read_file(p), '{"id":"a","text":"One."}\r\n' .. ledger.encode(nb) .. '\n{"id":"c","text":"Three."}\r')
    end)
end
