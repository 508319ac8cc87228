-- Fixtures for the Lua tests: short articles written for these tests in the
-- style of AI-industry news, markdown quirks included (\$ escapes, [says](#)
-- links, a sentence cut by a blank line, a quote running across paragraphs).
-- Line numbers matter: the tests assert them.

local F = {}

-- Lines:  1 title, 3 deck, 5 rule, 7 byline, 9-11 a sentence cut by a blank
-- line, 13 unnamed source, 15-17 a quote across paragraphs, 19 agentless
-- passive, 21 hedge with an unnamed source.
F.article = table.concat({
    "# DeepSeek's budget model rattles Silicon Valley", -- 1
    "",
    "A small lab in China says it trained a rival to OpenAI's o1 for a sliver of the usual cost.", -- 3
    "",
    "---", -- 5
    "",
    "By Ada Lovelace", -- 7
    "",
    "DeepSeek [said](#) on Tuesday that its V3 model took 55 days and less than \\$6 million to", -- 9
    "",
    "train, using 2,048 chips from [Nvidia](#) called H800s.", -- 11
    "",
    "Shares of Nvidia fell 17% on Monday, according to analysts.", -- 13
    "",
    -- 15
    "\226\128\156The numbers are impressive,\226\128\157 said Satya Nadella, the chief executive of Microsoft. \226\128\156We have to take",
    "",
    "them very seriously.\226\128\157", -- 17
    "",
    "The company's training cost was reported to be about \\$5.6 million.", -- 19
    "",
    "The lab may have used more than 10,000 older chips, people familiar with the matter said.", -- 21
    "",
}, "\n")

-- The clean text of the claim on lines 9-11.
F.cost_sentence = "DeepSeek said on Tuesday that its V3 model took 55 days and less than $6 million "
    .. "to train, using 2,048 chips from Nvidia called H800s."

-- Dictionary entities of F.article and their mention counts (doc/claims.md:
-- possessives count, "OpenAI's o1" is OpenAI x1 and OpenAI o1 x1, H800s is
-- the chip).
F.article_entities = {
    ["DeepSeek"] = { kind = "org", count = 2 },
    ["Silicon Valley"] = { kind = "place", count = 1 },
    ["China"] = { kind = "place", count = 1 },
    ["OpenAI"] = { kind = "org", count = 1 },
    ["OpenAI o1"] = { kind = "model", count = 1 },
    ["DeepSeek-V3"] = { kind = "model", count = 1 },
    ["Nvidia"] = { kind = "org", count = 2 },
    ["Nvidia H800"] = { kind = "chip", count = 1 },
    ["Satya Nadella"] = { kind = "person", count = 1 },
    ["Microsoft"] = { kind = "org", count = 1 },
}

-- Markdown structure: emphasis, code spans and blocks, a list, a block quote.
F.structure = table.concat({
    "## Chips", -- 1
    "",
    "Nvidia said its **H100** sales rose 20% in the quarter.", -- 3
    "",
    "```text", -- 5
    "Microsoft said the H800 cost $1 billion.", -- 6 (code: ignored)
    "```", -- 7
    "",
    "Engineers pass `H800` as a flag to the tool.", -- 9 (code span: no chip)
    "",
    "- Microsoft said it will spend $80 billion on data centers this year.", -- 11
    "",
    "> OpenAI said its revenue grew 30% in 2024.", -- 13
    "",
}, "\n")

-- A quote whose speaker is named in the paragraph before it.
F.previous_speaker = table.concat({
    "Satya Nadella spoke to reporters at a conference on Wednesday.",
    "",
    '"DeepSeek trained its model for less than $6 million," he said.',
    "",
}, "\n")

-- Names the dictionary does not know, typed from their context.
F.unknown_names = '"Prices will fall by half," said Marta Kowalski, an analyst at Harbor Point Capital.\n'

-- Sentence boundaries that are not: abbreviations, decimals, versions.
F.boundaries = "Mr. Nadella said the U.S. market grew 3.5% in Jan. after Llama 3.1 shipped. "
    .. "The second sentence starts here."

-- Plain text where markdown would change things.
F.plain = "OpenAI said it spent more than $100 million on [training](#) runs.\n"

return F
