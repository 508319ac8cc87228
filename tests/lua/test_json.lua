-- deepseek_claims.lib.json: round trips, the encoder's choices, decoder errors.

return function(T)
    local json = T.json

    T.test("decode scalars", function()
        T.eq(json.decode("true"), true)
        T.eq(json.decode("false"), false)
        T.eq(json.decode("null"), json.null)
        T.eq(json.decode(' "hi" '), "hi")
        T.eq(json.decode("6000000"), 6000000)
        T.eq(json.decode("-12.5e1"), -125)
        T.eq(json.decode("0.25"), 0.25)
        T.eq(json.decode("1E2"), 100)
        T.eq(json.decode("-0"), 0)
    end)

    T.test("decode nested structures", function()
        local v = json.decode('{"a": [1, {"b": null}, []], "c": {}, "d": "x"}')
        T.eq(v.a[1], 1)
        T.eq(v.a[2].b, json.null)
        T.eq(#v.a[3], 0)
        T.eq(next(v.c), nil)
        T.eq(v.d, "x")
        -- null keeps its place inside arrays
        local arr = json.decode("[1, null, 3]")
        T.eq(#arr, 3)
        T.eq(arr[2], json.null)
    end)

    T.test("decode string escapes", function()
        T.eq(json.decode([["a\"b\\c\/d\b\f\n\r\t"]]), 'a"b\\c/d\b\f\n\r\t')
        T.eq(json.decode([["\u0041\u00e9\u20ac"]]), "A\195\169\226\130\172") -- A é €
        -- a surrogate pair is one code point, U+1F600, in 4 UTF-8 bytes
        T.eq(json.decode([["\ud83d\ude00"]]), "\240\159\152\128")
        T.eq(json.decode([["\uD83D\uDE00x"]]), "\240\159\152\128x")
        T.eq(json.decode([["\u0000"]]), "\0")
        -- raw UTF-8 passes through
        T.eq(json.decode('"“DeepSeek”"'), "“DeepSeek”")
    end)

    T.test("decode errors give a message with the byte", function()
        local cases = {
            { "", "end of input at byte 1" },
            { "[1,]", "at byte 4" },
            { '{"a":1,}', "at byte 8" },
            { "01", "leading zero" },
            { '"abc', "unterminated string" },
            { '"\\x"', "bad escape" },
            { "[1] x", "trailing garbage at byte 5" },
            { "{a:1}", "at byte 2" },
            { '"\\ud800"', "surrogate" },
            { '"\\udc00"', "surrogate" },
            { '"\\ud800\\u0041"', "surrogate" },
            { '"\\u12"', "bad \\u escape" },
            { "1.", "bad number" },
            { "-", "bad number" },
            { "1e", "bad number" },
            { "2E64000", "number out of range at byte 1" },
            { '{"value":-1e999}', "number out of range at byte 10" },
            { '"a\tb"', "control character" },
            { "nul", "at byte 1" },
            { "[" .. string.rep("[", 1000), "nested too deeply" },
            { '{"a" 1}', "expected ':'" },
            { "[1 2]", "expected ','" },
            { "\0", "at byte 1" },
        }
        for _, c in ipairs(cases) do
            local v, err = json.decode(c[1])
            T.eq(v, nil, "decode " .. T.show(c[1]))
            T.contains(err, c[2], "decode " .. T.show(c[1]))
            T.ok(err:find("at byte %d+$"), "message ends with the byte: " .. err)
        end
    end)

    T.test("decode of a non-string raises", function()
        T.raises("bad argument", json.decode, nil)
        T.raises("bad argument", json.decode, {})
    end)

    T.test("encode numbers", function()
        T.eq(json.encode(6000000), "6000000")
        T.eq(json.encode(6e6), "6000000")
        T.eq(json.encode(5.6e6), "5600000")
        T.eq(json.encode(2664000.0), "2664000")
        T.eq(json.encode(0.1), "0.1")
        T.eq(json.encode(-3), "-3")
        T.eq(json.encode(-0.0), "0")
        T.eq(json.encode(1 / 3), "0.33333333333333")
        T.eq(json.encode(1e300), "1e+300")
        T.raises("cannot encode", json.encode, 0 / 0)
        T.raises("cannot encode", json.encode, math.huge)
        T.raises("cannot encode", json.encode, -math.huge)
    end)

    T.test("encode strings per RFC 8259", function()
        T.eq(json.encode('a"b\\c'), [["a\"b\\c"]])
        T.eq(json.encode("\n\r\t\b\f"), [["\n\r\t\b\f"]])
        T.eq(json.encode("\0\1\31"), [["\u0000\u0001\u001f"]])
        T.eq(json.encode("/"), [["/"]])
        T.eq(json.encode("é “x”"), '"é “x”"')
    end)

    T.test("encode tables: arrays, objects, sorted keys", function()
        T.eq(json.encode({ 1, 2, 3 }), "[1,2,3]")
        T.eq(json.encode({}), "[]")
        T.eq(json.encode(json.object()), "{}")
        T.eq(json.encode(json.array()), "[]")
        T.eq(json.encode({ b = 1, a = 2, c = { x = true } }), '{"a":2,"b":1,"c":{"x":true}}')
        T.eq(json.encode({ [1] = "a", [3] = "c" }), '{"1":"a","3":"c"}') -- not a sequence
        T.eq(json.encode({ 1, 2, x = 3 }), '{"1":1,"2":2,"x":3}')
        T.eq(json.encode({ a = json.null }), '{"a":null}')
        T.eq(json.encode(nil), "null")
        T.eq(json.encode({ { 1 }, { {} } }), "[[1],[[]]]")
    end)

    T.test("encode refuses what JSON cannot hold", function()
        T.raises("cannot encode", json.encode, print)
        T.raises("cannot encode", json.encode, { [true] = 1 })
        T.raises("cannot encode", json.encode, { f = print })
        local t = {}
        t.self = t
        T.raises("contains itself", json.encode, t)
        T.raises("cannot encode", json.encode, coroutine.create(print))
    end)

    T.test("shared subtables are not cycles", function()
        local shared = { 1 }
        T.eq(json.encode({ a = shared, b = shared }), '{"a":[1],"b":[1]}')
    end)

    T.test("round trips", function()
        local docs = {
            '{"claims":[{"about":["DeepSeek","Nvidia H800"],"claimant":null,"hedged":false,'
                .. '"quantities":[{"qualifier":"less_than","text":"$6 million","unit":"USD","value":6000000}]}],'
                .. '"entities":[],"file":"a.md"}',
            '[1,-2.5,"x\\ny",true,false,null,{},[]]',
            '{"nested":{"deeper":{"deepest":[[[["\\u0001"]]]]}}}',
            '"\\ud83d\\ude00 \\u00e9"',
        }
        for _, s in ipairs(docs) do
            local v = assert(json.decode(s))
            local again = json.encode(v)
            T.same(json.decode(again), v, "round trip of " .. s)
        end
        -- exact text comes back when the input is already canonical
        T.eq(json.encode(json.decode(docs[1])), docs[1])
        T.eq(json.encode(json.decode(docs[2])), docs[2])
    end)

    T.test("random values round trip", function()
        local seed = 12345
        local function rand(n) -- a small LCG: same sequence on every interpreter
            seed = (seed * 16807) % 2147483647 -- exact in doubles and integers
            return seed % n
        end
        local function random_string()
            local b = {}
            for i = 1, rand(12) do
                b[i] = string.char(rand(256))
            end
            return table.concat(b)
        end
        local function random_value(depth)
            local k = rand(depth > 3 and 5 or 7)
            if k == 0 then return rand(2) == 1 end
            if k == 1 then return json.null end
            if k == 2 then return rand(2000000) - 1000000 end
            if k == 3 then return (rand(1000000) - 500000) / 64 end
            if k == 4 then return random_string() end
            if k == 5 then
                local a = {}
                for i = 1, rand(4) do
                    a[i] = random_value(depth + 1)
                end
                return a
            end
            local o = json.object()
            for _ = 1, rand(4) do
                o["k" .. rand(50)] = random_value(depth + 1)
            end
            return o
        end
        for i = 1, 300 do
            local v = random_value(0)
            local s = json.encode(v)
            local back, err = json.decode(s)
            T.ok(back ~= nil, "decode of encode #" .. i .. ": " .. tostring(err))
            -- invalid UTF-8 bytes pass through untouched, so equality is exact
            T.same(back, v, "round trip #" .. i .. " " .. s)
        end
    end)

    T.test("garbage never raises from decode", function()
        local seed = 777
        local function rand(n)
            seed = (seed * 16807) % 2147483647 -- exact in doubles and integers
            return seed % n
        end
        local alphabet = '{}[]",:0123456789.-+eE\\u tfnalrs\0\n'
        for _ = 1, 500 do
            local b = {}
            for i = 1, rand(20) do
                local j = rand(#alphabet) + 1
                b[i] = alphabet:sub(j, j)
            end
            local s = table.concat(b)
            local ok, v, err = pcall(json.decode, s)
            T.ok(ok, "decode raised on " .. T.show(s) .. ": " .. tostring(v))
            if v == nil then T.ok(type(err) == "string" and err:find("at byte %d+$"), "message for " .. T.show(s)) end
        end
    end)
end
