-- bin/deepseek-claims scan and what it leaves out: links followed once, every
-- skipped path named on stderr with the reason, an unreadable one an error
-- (exit status 2). The script is Lua 5.4, run with lua5.4 under both suites.

return function(T)
    local F = require("fixtures")
    local BIN = T.root .. "/bin/deepseek-claims"

    local function cli(args)
        return T.run("lua5.4 " .. T.quote(BIN) .. " " .. args)
    end

    local function folder(name)
        local dir = T.tmpdir() .. "/" .. name
        os.execute("mkdir -p " .. T.quote(dir))
        T.write_file(dir .. "/a.md", F.article)
        return dir
    end

    T.test("scan: a link loop is named on stderr, each file printed once", function()
        T.core()
        local dir = folder("cli-loop")
        local want = cli("scan " .. T.quote(dir))
        os.execute("ln -s . " .. T.quote(dir .. "/self"))
        os.execute("ln -s . " .. T.quote(dir .. "/again"))
        os.execute("ln -s a.md " .. T.quote(dir .. "/b.md"))
        local out, err, rc = T.run("timeout 60 lua5.4 " .. T.quote(BIN) .. " scan " .. T.quote(dir))
        T.eq(rc, 0, "stderr: " .. err)
        T.eq(out, want, "the same lines as without the links")
        T.eq(
            err,
            "deepseek-claims: "
                .. dir
                .. "/again: skipped: a link loop back to "
                .. dir
                .. "\n"
                .. "deepseek-claims: "
                .. dir
                .. "/b.md: skipped: same file as "
                .. dir
                .. "/a.md\n"
                .. "deepseek-claims: "
                .. dir
                .. "/self: skipped: a link loop back to "
                .. dir
                .. "\n"
        )
    end)

    T.test("scan: a file over 16 MiB is skipped whole and named, never cut", function()
        T.core()
        local dir = folder("cli-big")
        local want = cli("scan " .. T.quote(dir))
        local para = "Nvidia said its H20 sales rose 20% to $4 billion in the quarter, analysts said.\n\n"
        local f = assert(io.open(dir .. "/big.md", "wb"))
        for _ = 1, math.ceil(17 * 1024 * 1024 / #para) do
            f:write(para)
        end
        f:close()
        local out, err, rc = cli("scan " .. T.quote(dir))
        T.eq(rc, 0, "stderr: " .. err)
        T.eq(out, want, "no claim of the big file")
        T.eq(err, "deepseek-claims: " .. dir .. "/big.md: skipped: over the size limit of 16 MiB (17.0 MiB)\n")
        os.remove(dir .. "/big.md")
    end)

    T.test("scan: a FIFO is named on stderr and never opened", function()
        T.core()
        local dir = folder("cli-fifo")
        os.execute("mkfifo " .. T.quote(dir .. "/pipe.md"))
        local out, err, rc = T.run("timeout 60 lua5.4 " .. T.quote(BIN) .. " scan " .. T.quote(dir))
        T.eq(rc, 0, "stderr: " .. err)
        T.contains(out, "a.md:")
        T.eq(err, "deepseek-claims: " .. dir .. "/pipe.md: skipped: not a regular file (a FIFO)\n")
    end)

    -- As root, permissions do not apply: the scan then runs as nobody
    -- (setpriv, util-linux), in a folder outside the private tmpdir.
    T.test("scan: a folder it may not read is an error on stderr, exit status 2", function()
        T.core()
        local p = io.popen("id -u")
        local root = p:read("*l") == "0"
        p:close()
        local base = os.tmpname()
        os.remove(base)
        local dir = base .. "-perm"
        os.execute("mkdir -p " .. T.quote(dir .. "/locked") .. " && chmod 755 " .. T.quote(dir))
        T.write_file(dir .. "/a.md", F.article)
        T.write_file(dir .. "/locked/b.md", F.article)
        os.execute("chmod 0 " .. T.quote(dir .. "/locked"))
        local run = "lua5.4 " .. T.quote(BIN) .. " scan " .. T.quote(dir)
        if root then run = "setpriv --reuid=65534 --regid=65534 --clear-groups " .. run end
        local out, err, rc = T.run(run)
        os.execute("chmod 755 " .. T.quote(dir .. "/locked") .. "; rm -rf " .. T.quote(dir))
        T.eq(rc, 2, "stderr: " .. err)
        T.contains(out, "a.md:")
        T.eq(err, "deepseek-claims: " .. dir .. "/locked: Permission denied\n")
    end)
end
