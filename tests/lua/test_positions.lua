-- Every position maps back to the original bytes: mentions, claims and
-- sentences, in markdown and plain text, through multi-byte UTF-8.

return function(T)
    local F = require("fixtures")

    -- line and col (1-based, bytes) of the 0-based offset b in text.
    local function line_col(text, b)
        local line, line_start = 1, 0
        local i = 1
        while true do
            local nl = text:find("\n", i, true)
            if not nl or nl > b then break end
            line, line_start = line + 1, nl
            i = nl + 1
        end
        return line, b - line_start + 1
    end

    -- Checks a span {byte, len, line, col, end_line, end_col} against text.
    local function check_span(text, s, what)
        T.ok(s.byte >= 0 and s.len >= 1, what .. ": byte " .. s.byte .. ", len " .. s.len)
        T.ok(s.byte + s.len <= #text, what .. ": span past the end")
        local line, col = line_col(text, s.byte)
        T.eq(s.line, line, what .. " line")
        T.eq(s.col, col, what .. " col")
        local eline, ecol = line_col(text, s.byte + s.len - 1)
        T.eq(s.end_line, eline, what .. " end_line")
        T.eq(s.end_col, ecol, what .. " end_col")
    end

    local function check_document(text, opts, label)
        local doc = T.core().parse(text, opts)
        for i, m in ipairs(doc:mentions()) do
            local what = label .. " mention " .. i .. " " .. T.show(m.text)
            check_span(text, m, what)
            T.contains(text:sub(m.byte + 1, m.byte + m.len), m.text, what .. " source")
            local at = doc:at(m.line, m.col)
            T.ok(at and at.byte == m.byte, what .. ": at() finds it")
        end
        for i, c in ipairs(doc:claims()) do
            check_span(text, c, label .. " claim " .. i)
        end
        for i, s in ipairs(doc:sentences()) do
            check_span(text, s, label .. " sentence " .. i)
        end
        return doc
    end

    T.test("positions in the markdown article", function()
        check_document(F.article, nil, "article")
        check_document(F.structure, nil, "structure")
        check_document(F.previous_speaker, nil, "previous_speaker")
        check_document(F.unknown_names, nil, "unknown_names")
        check_document(F.boundaries, nil, "boundaries")
    end)

    T.test("positions in plain text", function()
        check_document(F.article, { markdown = false }, "plain article")
        check_document(F.plain, { markdown = false }, "plain")
    end)

    T.test("mention positions are exact", function()
        local doc = T.core().parse(F.article)
        for _, m in ipairs(doc:mentions()) do
            local src = F.article:sub(m.byte + 1, m.byte + m.len)
            T.eq(src, m.text, "the source bytes of a mention are its surface form")
        end
        local n = doc:entity("Nvidia").mentions[1]
        T.eq(n.line, 11)
        T.eq(n.col, 32, "inside [Nvidia](#)")
        T.eq(n.text, "Nvidia")
    end)

    T.test("columns count bytes after multi-byte characters", function()
        -- a curly quote is 3 bytes: Nvidia starts at byte column 4
        local text = "\226\128\156Nvidia is fast,\226\128\157 said Satya Nadella.\n"
        local doc = T.core().parse(text)
        local m = doc:entity("Nvidia").mentions[1]
        T.eq(m.line, 1)
        T.eq(m.col, 4)
        T.eq(m.byte, 3)
        T.eq(doc:at(1, 4).name, "Nvidia")
        T.eq(doc:at(1, 2), nil)
        local s = doc:entity("Satya Nadella").mentions[1]
        T.eq(s.byte, (text:find("Satya", 1, true)) - 1)
    end)

    T.test("CRLF line endings", function()
        local text = F.article:gsub("\n", "\r\n")
        local doc = check_document(text, nil, "crlf")
        local c
        for _, x in ipairs(doc:claims()) do
            if x.line == 9 then c = x end
        end
        T.ok(c, "the claim on line 9")
        T.eq(c.text, F.cost_sentence)
        T.eq(c.end_line, 11)
    end)

    T.test("positions through \\$ escapes", function()
        local text = "DeepSeek said it spent \\$6 million on \\$5 chips, said Nvidia.\n"
        local doc = check_document(text, nil, "escapes")
        local m = doc:entity("Nvidia").mentions[1]
        T.eq(m.byte, (text:find("Nvidia", 1, true)) - 1)
        local c = doc:claims()[1]
        T.ok(c and c.text:find("$6 million", 1, true), "\\$ reads as $")
    end)
end
