-- tools/eval.lua, the scorer of the labelled sets, run as make eval runs it,
-- on a labelled set written here.

return function(T)
    local json = T.json

    -- A labelled set of one article, a1.md: its text, one gold claim of one
    -- org that the sentence names, and that claim's figures; tools/eval.lua's
    -- output on it.
    local function score_one(name, text, org, claim)
        local dir = T.tmpdir() .. "/" .. name
        os.execute("mkdir -p " .. T.quote(dir .. "/articles") .. " " .. T.quote(dir .. "/gold"))
        T.write_file(dir .. "/articles/a1.md", text)
        claim.claimant, claim.about, claim.hedged = org, { org }, false
        T.write_file(
            dir .. "/gold/a1.json",
            json.encode({ file = "a1.md", entities = { { name = org, kind = "org", count = 1 } }, claims = { claim } })
        )
        local out, err, rc = T.run("cd " .. T.quote(T.root) .. " && lua5.4 tools/eval.lua " .. T.quote(dir))
        T.eq(rc, 0, "stderr: " .. err)
        return out
    end

    -- A set of one article whose one sentence holds two claims of one kind,
    -- from two sources; gold lists them in the other order than the engine.
    local function one_sentence_set()
        local dir = T.tmpdir() .. "/evalset"
        os.execute("mkdir -p " .. T.quote(dir .. "/articles") .. " " .. T.quote(dir .. "/gold"))
        T.write_file(
            dir .. "/articles/a1.md",
            "OpenAI said it had 400 million weekly users, while Sensor Tower reported 300 million.\n"
        )
        local start = "OpenAI said it had 400 million weekly users,"
        local function claim(claimant, value)
            return {
                sentence_start = start,
                claimant = claimant,
                about = { "OpenAI" },
                kind = "market",
                hedged = false,
                quantities = { { text = "x", value = value, unit = "users" } },
            }
        end
        T.write_file(
            dir .. "/gold/a1.json",
            json.encode({
                file = "a1.md",
                entities = {
                    { name = "OpenAI", kind = "org", count = 1 },
                    { name = "Sensor Tower", kind = "org", count = 1 },
                },
                claims = { claim("Sensor Tower", 300000000), claim("OpenAI", 400000000) },
            })
        )
        return dir
    end

    T.test("the claims of one sentence are paired by what they agree on, not crossed by list order", function()
        local dir = one_sentence_set()
        local out, err, rc = T.run("cd " .. T.quote(T.root) .. " && lua5.4 tools/eval.lua " .. T.quote(dir))
        T.eq(rc, 0, "stderr: " .. err)
        T.contains(out, "(tp 2, predicted 2, gold 2)", "both claims matched")
        T.ok(out:find("claimant accuracy%s+1%.000"), "each claim paired with its own source:\n" .. out)
    end)

    T.test("a share gold writes rounded to four decimals is the engine's exact one", function()
        local out =
            score_one("evalshare", "Alibaba said its cloud unit now earns about a sixth of its revenue.\n", "Alibaba", {
                sentence_start = "Alibaba said its cloud unit now earns about",
                kind = "market",
                quantities = { { text = "a sixth", value = 0.1667, unit = "ratio", qualifier = "about" } },
            })
        T.ok(out:find("quantity value recall%s+1%.000"), "1/6 is 0.1667:\n" .. out)
    end)

    -- One sentence, three figures whose units gold spells its own way: a
    -- count with a modifier before its noun, a price per "million", and a
    -- GPU hour that is no plain hour.
    T.test("a unit spelled another way is the same unit; a named unit still must match in full", function()
        local text = "Nvidia said 12 cloud providers signed up, paying \\$2 per million tokens for 300 GPU hours.\n"
        local out = score_one("evalunit", text, "Nvidia", {
            sentence_start = "Nvidia said 12 cloud providers signed up, paying",
            kind = "cost",
            quantities = {
                { text = "12", value = 12, unit = "cloud providers", qualifier = "exact" },
                { text = "$2", value = 2, unit = "USD per million tokens", qualifier = "exact" },
                { text = "300", value = 300, unit = "hours", qualifier = "exact" },
            },
        })
        T.ok(out:find("quantity value recall%s+1%.000"), "all three found:\n" .. out)
        T.ok(out:find("unit %(found values%)%s+0%.667"), "providers and the price are the same, hours not:\n" .. out)
        T.ok(out:find("unit strict %(as strings%)%s+0%.000"), "no unit is the same string:\n" .. out)
    end)
end
