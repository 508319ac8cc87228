-- What the engine extracts, on fixtures where doc/claims.md and issue 2 leave
-- no doubt: claim fields, quantities, sentence boundaries, unknown names.

return function(T)
    local F = require("fixtures")

    local function claim_on(doc, line)
        for _, c in ipairs(doc:claims()) do
            if c.line == line then return c end
        end
        local lines = {}
        for _, c in ipairs(doc:claims()) do
            lines[#lines + 1] = c.line
        end
        error("no claim on line " .. line .. " (claims on lines " .. table.concat(lines, ",") .. ")", 2)
    end

    -- The only claim of a one-sentence text.
    local function only_claim(text, opts)
        local doc = T.core().parse(text, opts)
        local cs = doc:claims()
        if #cs ~= 1 then error("expected 1 claim in " .. T.show(text) .. ", got " .. #cs, 2) end
        return cs[1], doc
    end

    local function quantity(c, value)
        for _, q in ipairs(c.quantities) do
            if math.abs(q.value - value) <= 1e-6 * math.max(1, math.abs(value)) then return q end
        end
        error("no quantity " .. string.format("%.17g", value) .. " in " .. T.dump(c.quantities), 2)
    end

    ---------------------------------------------------------------------
    -- The article fixture, claim by claim
    ---------------------------------------------------------------------

    T.test("title and byline are not claims", function()
        local doc = T.core().parse(F.article)
        for _, c in ipairs(doc:claims()) do
            T.ok(c.line ~= 1 and c.line ~= 7, "a claim on line " .. c.line .. ": " .. c.text)
        end
    end)

    T.test("a sentence cut by a blank line, with \\$ and [said](#)", function()
        local doc = T.core().parse(F.article)
        local c = claim_on(doc, 9)
        T.eq(c.text, F.cost_sentence)
        T.eq(c.col, 1)
        T.eq(c.end_line, 11)
        T.eq(c.byte, (F.article:find("DeepSeek [said]", 1, true)) - 1)
        local last = F.article:find("H800s.", 1, true) + #"H800s." - 1
        T.eq(c.byte + c.len, last, "the span ends at the full stop")
        T.eq(F.article:sub(c.byte + 1, c.byte + c.len):sub(1, 17), "DeepSeek [said](#")
        T.eq(c.kind, "cost")
        T.eq(c.claimant, "DeepSeek")
        T.eq(c.hedged, false)
        T.same(T.sorted(c.about), { "DeepSeek", "DeepSeek-V3", "Nvidia", "Nvidia H800" })
        local six = quantity(c, 6000000)
        T.eq(six.unit, "USD")
        T.eq(six.qualifier, "less_than")
        T.eq(six.text, "$6 million")
        local days = quantity(c, 55)
        T.eq(days.unit, "days")
        T.eq(days.qualifier, "exact")
        quantity(c, 2048)
        T.eq(#c.quantities, 3, "55 days, $6 million, 2,048 chips: " .. T.dump(c.quantities))
    end)

    T.test("according to analysts: an unnamed source, market", function()
        local c = claim_on(T.core().parse(F.article), 13)
        T.eq(c.claimant, "analysts")
        T.eq(c.kind, "market")
        T.eq(c.hedged, false)
        T.same(c.about, { "Nvidia" })
        local q = quantity(c, 17)
        T.eq(q.unit, "%")
        T.eq(q.qualifier, "exact")
        T.eq(#c.quantities, 1)
    end)

    T.test("a curly-quoted statement with the speaker after it", function()
        local c = claim_on(T.core().parse(F.article), 15)
        T.eq(
            c.text,
            "\226\128\156The numbers are impressive,\226\128\157 said Satya Nadella, the chief executive of Microsoft."
        )
        T.eq(c.claimant, "Satya Nadella")
        T.eq(c.kind, "quote")
        T.eq(c.hedged, false)
    end)

    T.test("a quote running across a paragraph break is one sentence", function()
        local doc = T.core().parse(F.article)
        local found
        for _, s in ipairs(doc:sentences()) do
            if s.text:find("We have to take", 1, true) then found = s end
        end
        T.ok(found, "a sentence with 'We have to take'")
        T.eq(found.text, "\226\128\156We have to take them very seriously.\226\128\157")
        T.eq(found.line, 15)
        T.eq(found.end_line, 17)
    end)

    T.test("agentless passive: claimant nil, hedged", function()
        local c = claim_on(T.core().parse(F.article), 19)
        T.eq(c.text, "The company's training cost was reported to be about $5.6 million.")
        T.eq(c.claimant, nil)
        T.eq(c.hedged, true)
        T.eq(c.kind, "cost")
        local q = quantity(c, 5600000)
        T.eq(q.unit, "USD")
        T.eq(q.qualifier, "about")
    end)

    T.test("may + people familiar with the matter", function()
        local c = claim_on(T.core().parse(F.article), 21)
        T.eq(c.claimant, "people familiar with the matter")
        T.eq(c.hedged, true)
        T.eq(c.kind, "hardware")
        T.eq(quantity(c, 10000).qualifier, "more_than")
    end)

    ---------------------------------------------------------------------
    -- Markdown structure
    ---------------------------------------------------------------------

    T.test("emphasis, code, lists and block quotes", function()
        local doc = T.core().parse(F.structure)
        for _, c in ipairs(doc:claims()) do
            T.ok(c.line ~= 1, "the heading is not a claim")
            T.ok(c.line < 5 or c.line > 7, "nothing from the code block: " .. c.text)
        end
        for _, m in ipairs(doc:mentions()) do
            T.ok(m.line < 5 or m.line > 7, "no mention in the code block: line " .. m.line)
            T.ok(m.line ~= 9, "no mention in the code span")
        end
        local c3 = claim_on(doc, 3)
        T.eq(c3.text, "Nvidia said its H100 sales rose 20% in the quarter.")
        T.eq(c3.claimant, "Nvidia")
        T.same(T.sorted(c3.about), { "Nvidia", "Nvidia H100" })
        local c11 = claim_on(doc, 11)
        T.eq(c11.text, "Microsoft said it will spend $80 billion on data centers this year.")
        T.eq(c11.claimant, "Microsoft")
        T.eq(c11.kind, "funding")
        T.eq(quantity(c11, 80e9).unit, "USD")
        local c13 = claim_on(doc, 13)
        T.eq(c13.text, "OpenAI said its revenue grew 30% in 2024.")
        T.eq(c13.claimant, "OpenAI")
        for _, q in ipairs(c13.quantities) do
            T.ok(q.value ~= 2024, "a year is not an amount")
        end
        T.eq(doc:entity("H100").count, 1, "**H100** counts, `H800` and the code block do not")
        T.eq(doc:entity("H800"), nil)
    end)

    T.test("plain text mode keeps markdown as text", function()
        local c = only_claim(F.plain, { markdown = false })
        T.eq(c.text, "OpenAI said it spent more than $100 million on [training](#) runs.")
        T.eq(c.claimant, "OpenAI")
        local q = quantity(c, 100e6)
        T.eq(q.unit, "USD")
        T.eq(q.qualifier, "more_than")
        local md = only_claim(F.plain)
        T.eq(md.text, "OpenAI said it spent more than $100 million on training runs.")
        -- a markdown heading marker in plain text is just text
        local doc = T.core().parse("# Nvidia said sales rose 20%.\n", { markdown = false })
        T.eq(#doc:sentences(), 1)
        T.eq(doc:sentences()[1].heading, false)
    end)

    ---------------------------------------------------------------------
    -- Sentences
    ---------------------------------------------------------------------

    T.test("abbreviations, decimals and versions do not end sentences", function()
        local doc = T.core().parse(F.boundaries)
        local ss = doc:sentences()
        T.eq(#ss, 2, "sentences: " .. T.dump(ss))
        T.eq(ss[2].text, "The second sentence starts here.")
        T.eq(ss[1].text:sub(-8), "shipped.")
        local more = {
            "OpenAI Inc. said it raised $6.6 billion. It will build data centers.",
            "Researchers at 01.ai said the model, e.g. its base version, is small. It costs little.",
            "Prices fell... and then they rose again. It was odd.",
        }
        for _, text in ipairs(more) do
            T.eq(#T.core().parse(text):sentences(), 2, T.show(text))
        end
    end)

    T.test("a sentence ending in a closing quote", function()
        local doc = T.core().parse('"It is cheap," said Satya Nadella. "It is also fast." Then he left.')
        local ss = doc:sentences()
        T.eq(#ss, 3)
        T.eq(ss[2].text, '"It is also fast."')
    end)

    ---------------------------------------------------------------------
    -- Claimants, kinds, hedges
    ---------------------------------------------------------------------

    T.test("claimants", function()
        local cases = {
            { "Microsoft CEO Satya Nadella said the company will spend $80 billion this year.", "Satya Nadella" },
            { "Nvidia lost $589 billion in market value on Monday.", "article" },
            { "DeepSeek reportedly trained the model on 2,048 GPUs.", "article" },
            { "The model cost $6 million to train, according to Microsoft.", "Microsoft" },
            { "Its cost has been described as less than $6 million.", nil },
            { "Experts said the chips cost about $30,000 each.", "experts" },
            { "Satya Nadella told reporters that Microsoft would spend $80 billion this year.", "Satya Nadella" },
            {
                "Satya Nadella, the chief executive of Microsoft, said the company would spend $80 billion.",
                "Satya Nadella",
            },
            { "Satya Nadella said: \226\128\156DeepSeek's model is impressive.\226\128\157", "Satya Nadella" },
            { "The chips cost $30,000 each, said Jane Okoro.", "Jane Okoro" },
        }
        for _, case in ipairs(cases) do
            local c = only_claim(case[1])
            T.eq(c.claimant, case[2], T.show(case[1]))
        end
    end)

    T.test("a quote whose speaker is in the previous paragraph", function()
        local doc = T.core().parse(F.previous_speaker)
        local c = claim_on(doc, 3)
        T.eq(c.claimant, "Satya Nadella")
        T.eq(c.kind, "quote")
        T.eq(quantity(c, 6e6).qualifier, "less_than")
    end)

    T.test("kinds", function()
        local cases = {
            { "The U.S. banned exports of H100 chips to China in 2022.", "policy" },
            { "DeepSeek released R1 on January 20.", "time" },
            { "DeepSeek said R1 outperformed OpenAI o1 on math tests.", "benchmark" },
            { "Nvidia shares fell 17% on Monday.", "market" },
            { "Microsoft plans to invest $80 billion in data centers this year.", "funding" },
            { "DeepSeek said it trained V3 on 2,048 Nvidia H800 GPUs.", "hardware" },
            { "DeepSeek said training V3 cost $5.6 million.", "cost" },
        }
        for _, case in ipairs(cases) do
            T.eq(only_claim(case[1]).kind, case[2], T.show(case[1]))
        end
    end)

    T.test("hedges", function()
        local cases = {
            { "DeepSeek may have spent more than $1 billion on chips, analysts said.", true },
            { "DeepSeek reportedly used H100 chips.", true },
            { "DeepSeek allegedly used 50,000 H100 chips.", true },
            { "Nvidia shares fell 17% amid fears that spending may have peaked.", false },
            { "Researchers could use the model for free, DeepSeek said.", false },
            { "DeepSeek spent nearly $6 million on training.", false },
        }
        for _, case in ipairs(cases) do
            T.eq(only_claim(case[1]).hedged, case[2], T.show(case[1]))
        end
    end)

    ---------------------------------------------------------------------
    -- Quantities
    ---------------------------------------------------------------------

    T.test("quantities: values, units, qualifiers", function()
        -- { amount as written, value, unit, qualifier, value_max }
        local cases = {
            { "$6 million", 6e6, "USD", "exact" },
            { "US$4.7 billion", 4.7e9, "USD", "exact" },
            { "5.6 million dollars", 5.6e6, "USD", "exact" },
            { "10 billion yuan", 1e10, "CNY", "exact" },
            { "\226\130\1725 million", 5e6, "EUR", "exact" }, -- €5 million
            { "$2bn", 2e9, "USD", "exact" },
            { "$500k", 5e5, "USD", "exact" },
            { "5 mln yuan", 5e6, "CNY", "exact" },
            { "USD 3 million", 3e6, "USD", "exact" },
            { "less than $6 million", 6e6, "USD", "less_than" },
            { "under $6 million", 6e6, "USD", "less_than" },
            { "up to $6 million", 6e6, "USD", "less_than" },
            { "more than $1 billion", 1e9, "USD", "more_than" },
            { "at least $1 billion", 1e9, "USD", "more_than" },
            { "over $1 billion", 1e9, "USD", "more_than" },
            { "about $8 billion", 8e9, "USD", "about" },
            { "roughly $8 billion", 8e9, "USD", "about" },
            { "nearly $8 billion", 8e9, "USD", "about" },
            { "$1.2 million to $23.5 million", 1.2e6, "USD", "range", 23.5e6 },
            { "billions of dollars", 1e9, "USD", "more_than" },
        }
        for _, case in ipairs(cases) do
            local text = "DeepSeek said it spent " .. case[1] .. " on the project."
            local c = only_claim(text)
            local q = quantity(c, case[2])
            T.eq(q.unit, case[3], case[1] .. " unit")
            T.eq(q.qualifier, case[4], case[1] .. " qualifier")
            if case[5] then T.near(q.value_max, case[5], case[1] .. " value_max") end
            T.eq(#c.quantities, 1, case[1] .. ": one quantity, " .. T.dump(c.quantities))
        end
    end)

    T.test("quantities: counts, durations, percentages, multipliers", function()
        local cases = {
            { "DeepSeek said it trained V3 on 2,048 GPUs.", 2048, "GPUs", "exact" },
            { "DeepSeek said training took 2.788 million GPU hours.", 2788000, "GPU hours", "exact" },
            { "DeepSeek said V3 has 671 billion parameters.", 671e9, "parameters", "exact" },
            { "DeepSeek said training took two months.", 2, "months", "exact" },
            { "DeepSeek said training took 55 days.", 55, "days", "exact" },
            { "Nvidia said its share of the market was 15-20%.", 15, "%", "range", 20 },
            { "Nvidia said demand rose nearly 20%.", 20, "%", "about" },
            { "DeepSeek said its model is 10x cheaper than o1.", 10, "x", "exact" },
            { "DeepSeek said the cost fell more than tenfold.", 10, "x", "more_than" },
        }
        for _, case in ipairs(cases) do
            local c = only_claim(case[1])
            local q = quantity(c, case[2])
            T.eq(q.unit, case[3], case[1] .. " unit")
            T.eq(q.qualifier, case[4], case[1] .. " qualifier")
            if case[5] then T.near(q.value_max, case[5], case[1] .. " value_max") end
        end
    end)

    T.test("quantities: value_max equals value outside ranges", function()
        local c = only_claim("DeepSeek said it spent $6 million on the project.")
        T.near(c.quantities[1].value_max, 6e6)
    end)

    T.test("years and dates are not amounts", function()
        local texts = {
            "DeepSeek released R1 on January 20, 2025.",
            "The U.S. banned exports of H100 chips to China in 2022.",
            "DeepSeek said in 2024 that it would release V3.",
        }
        for _, text in ipairs(texts) do
            for _, c in ipairs(T.core().parse(text):claims()) do
                for _, q in ipairs(c.quantities) do
                    T.ok(
                        q.value ~= 2025 and q.value ~= 2022 and q.value ~= 2024 and q.value ~= 20,
                        "a date read as an amount in " .. T.show(text) .. ": " .. T.dump(q)
                    )
                end
            end
        end
    end)

    T.test("a repeated quantity is listed once", function()
        local c = only_claim("DeepSeek said it spent $6 million, yes, $6 million, on the project.")
        T.eq(#c.quantities, 1)
    end)

    ---------------------------------------------------------------------
    -- Entities
    ---------------------------------------------------------------------

    T.test("longest match and org plus model", function()
        local doc = T.core().parse("DeepSeek-V3 beat Llama 3.1, and OpenAI's o1 beat both, Nvidia said.")
        T.eq(doc:entity("DeepSeek-V3").count, 1)
        T.eq(doc:entity("DeepSeek"), nil, "DeepSeek-V3 is the model only")
        T.eq(doc:entity("Llama 3.1").count, 1)
        T.eq(doc:entity("OpenAI").count, 1)
        T.eq(doc:entity("OpenAI o1").count, 1)
        local doc2 = T.core().parse("The Nvidia H800 is slower than the H100s that Nvidia sells.")
        T.eq(doc2:entity("Nvidia").count, 2, "Nvidia H800 gives Nvidia x1 and the chip x1")
        T.eq(doc2:entity("Nvidia H800").count, 1)
        T.eq(doc2:entity("Nvidia H100").count, 1, "plural H100s")
    end)

    T.test("a name that is also an English word does not open a sentence", function()
        local doc = T.core().parse(
            "Benchmark tests show R1 ahead. Chetan Puttagunta, a partner at Benchmark, "
                .. "said so. Benchmark's partners agreed."
        )
        local b = doc:entity("Benchmark")
        T.ok(b, "Benchmark the firm")
        T.eq(#b.mentions, 2, "mid-sentence and possessive, not 'Benchmark tests'")
        T.eq(b.mentions[1].col, 64)
        -- a tagged word in a user dictionary works the same way
        local d = T.core().dict({ tsv = "Quill\torg\t\tword\n" })
        T.eq(#d:parse("Quill pens are rare. Analysts at Quill said so."):entity("Quill").mentions, 1)
        -- named inside a sentence too, it opens one as a name before a comma or a verb
        local q = d:parse(
            "Quill, the pen maker, filed for an IPO. Quill says demand is up. Quill pens are rare. "
                .. "Analysts at Quill said so."
        )
        T.eq(#q:entity("Quill").mentions, 3, "apposition, verb and mid-sentence; not 'Quill pens'")
        T.eq(
            #d:parse("Quill pens are rare. Quill says so. Analysts at Quill agree."):entity("Quill").mentions,
            2,
            "'Quill says' and mid-sentence"
        )
    end)

    T.test("whole words, case-sensitive", function()
        local doc = T.core().parse("The metadata in Metaverse files mentions chinaware and openaire.")
        T.eq(doc:entity("Meta"), nil)
        T.eq(doc:entity("China"), nil)
        T.eq(doc:entity("OpenAI"), nil)
    end)

    T.test("names the dictionary does not know", function()
        local doc = T.core().parse(F.unknown_names)
        local person = doc:entity("Marta Kowalski")
        T.ok(person, "Marta Kowalski found")
        T.eq(person.kind, "person")
        T.eq(person.known, false)
        local org = doc:entity("Harbor Point Capital")
        T.ok(org, "Harbor Point Capital found")
        T.eq(org.kind, "org")
        T.eq(org.known, false)
        local founder = T.core().parse("Quantix founder Lena Marsh said Bluefin Partners invested $20 million.")
        T.eq((founder:entity("Lena Marsh") or {}).kind, "person", "a title before a name")
        T.eq((founder:entity("Bluefin Partners") or {}).kind, "org", "a company suffix")
        local c = doc:claims()[1]
        T.ok(c, "the quote is a claim")
        T.eq(c.claimant, "Marta Kowalski")
        T.eq(c.kind, "quote")
    end)

    T.test("unknown names from titles, org nouns and appositions", function()
        local function kind_of(text, name)
            local e = T.core().parse(text):entity(name)
            return e and e.kind
        end
        -- the words of a title are not the name
        T.eq(kind_of("Chief Financial Officer Anat Ashkenazi told analysts demand rose.", "Anat Ashkenazi"), "person")
        T.eq(
            kind_of(
                "Chief Financial Officer Anat Ashkenazi told analysts demand rose.",
                "Financial Officer Anat Ashkenazi"
            ),
            nil
        )
        T.eq(kind_of("A bill by the Democrat Josh Gottheimer would ban the app.", "Josh Gottheimer"), "person")
        -- an organisation noun before the name, or heading the apposition
        T.eq(kind_of("Downloads jumped, according to the analytics firm Tollgate Data.", "Tollgate Data"), "org")
        T.eq(
            kind_of("Meranti Digital, a Malaysian data-centre operator, said demand doubled.", "Meranti Digital"),
            "org"
        )
        T.eq(kind_of("In an interview with Waves, a publication owned by 36Kr, Liang spoke.", "Waves"), "org")
        T.eq(kind_of("Users flocked to the chatbot Yuanli after the launch.", "Yuanli"), "product")
        -- ... but a fund manager is a person
        T.eq(
            kind_of("Yang Kaiming, a Shanghai-based fund manager, said the founder had changed.", "Yang Kaiming"),
            "person"
        )
        -- the noun before a name outranks a verb after it; an apposition needs a title
        T.eq(
            kind_of("Researchers at the Canadian firm Feroot Security said the code sends data.", "Feroot Security"),
            "org"
        )
        T.eq(kind_of("On SWE-bench Verified, a set of real GitHub issues, it scored 57%.", "SWE-bench Verified"), nil)
        T.eq(kind_of("Separately, the mobile security firm NowSecure reported a flaw.", "Separately"), nil)
        T.eq(kind_of("-With assistance from Yuki Hamada", "Yuki Hamada"), "person")
    end)

    T.test("firms with an ampersand, units of known orgs, legal names, lists, credits", function()
        local function kinds(text)
            local out = {}
            for _, e in ipairs(T.core().parse(text):entities()) do
                out[e.name] = e.kind
            end
            return out
        end
        local k = kinds(
            "Priya Raman, who advises on pay at the consulting firm Harlow & Finch, said so. "
                .. "Meta created Meta Superintelligence Labs in June. Mizuho Financial Group Inc. lent $15 billion. "
                .. "Meta hired Jack Rae, who had worked on Gemini, and Pei Sun. CNBC's Owen Tallis contributed reporting. "
                .. "The Semiconductor Equipment Association of Japan forecast growth. "
                .. "The Ministry of Trade, Industry and Energy blocked it."
        )
        T.eq(k["Harlow & Finch"], "org")
        T.eq(k["Meta Superintelligence Labs"], "org")
        T.eq(k["Mizuho"], "org", "a known org's legal name is that org")
        T.eq(k["Mizuho Financial Group Inc"], nil)
        T.eq(k["Pei Sun"], "person", "the last of a list of people")
        T.eq(k["Owen Tallis"], "person", "an outlet's reporter")
        T.eq(k["Semiconductor Equipment Association of Japan"], "org")
        T.eq(k["Ministry of Trade, Industry and Energy"], "org")
        T.eq(k["Industry and Energy"], nil)
        -- a first name before a surname the dictionary gives someone else
        local doc = T.core().parse(
            "Gil Navarro, managing director at Marlow & Finch, was cautious. Navarro wrote that the shares would fall."
        )
        T.eq((doc:entity("Gil Navarro") or {}).kind, "person")
        T.eq(doc:entity("Peter Navarro"), nil, "not the dictionary's Navarro")
        T.eq(#doc:entity("Gil Navarro").mentions, 2, "the bare surname is his")
        T.eq(doc:claims()[1].claimant, "Gil Navarro")
        -- a hyphenated given name after the family name: "Noh said" is Noh Jae-seon
        local korean = T.core().parse('Rep. Noh Jae-seon criticised the decision. "It is 10 times too soft," Noh said.')
        T.eq(#korean:entity("Noh Jae-seon").mentions, 2)
    end)

    T.test("a place opening an org's name is part of it; districts are places", function()
        local doc = T.core().parse(
            "Chengdu launched a 100 million yuan program, according to the Chengdu Municipal "
                .. "Bureau of Economy and Information Technology. In Shenzhen, the Longgang District government said "
                .. "it would pay half."
        )
        local org = doc:entity("Chengdu Municipal Bureau of Economy and Information Technology")
        T.ok(org, "the bureau whole")
        T.eq(org.kind, "org")
        T.eq(#doc:entity("Chengdu").mentions, 1, "the city once, not inside the bureau's name")
        T.eq((doc:entity("Longgang District") or {}).kind, "place")
        T.eq(doc:entity("Information Technology"), nil)
        -- a possessive and an "and" inside an org's name; courts and hospitals
        local more = T.core().parse(
            "The Jiangsu High People's Court said judges in 13 cities use it. In a notice, "
                .. "the Guangdong Government Services and Data Administration told agencies to stop. Quzhou Kangning "
                .. "Hospital in Zhejiang province said it answered 12,400 questions."
        )
        for _, name in ipairs({
            "Jiangsu High People's Court",
            "Guangdong Government Services and Data Administration",
            "Quzhou Kangning Hospital",
        }) do
            T.eq((more:entity(name) or {}).kind, "org", name)
        end
        T.eq(more:claims()[3].claimant, "Quzhou Kangning Hospital", "a place after the subject only places it")
    end)
end
