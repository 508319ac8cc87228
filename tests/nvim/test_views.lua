-- One claim, one way of writing its figures: the claims list, the hover,
-- the quickfix list, the CLI's text and its CSV show the same figures for
-- the same claim (lib/figures.lua); the CLI adds the exact amount of money.
local T = dofile(vim.fn.fnamemodify(debug.getinfo(1, "S").source:sub(2), ":p:h") .. "/harness.lua")

local FIXTURE = T.fixtures .. "/figures.md"

-- The figures of the claim on each line of figures.md, as every view says them.
local WANT = {
    [3] = "1 day, ≤$500M",
    [5] = "~¥1.5B, 2,048 GPUs",
    [7] = "15-20%, 1 percentage point",
    [9] = "$0.55 per 1M tokens",
}

local function cli(...)
    local out = vim.fn.system({ "lua5.4", T.root .. "/bin/deepseek-claims", ... })
    T.eq(vim.v.shell_error, 0, "the CLI ran: " .. out)
    return out
end

-- The fields of one CSV line (RFC 4180 quoting, no line break inside).
local function csv_fields(line)
    local out, i = {}, 1
    while i <= #line + 1 do
        if line:sub(i, i) == '"' then
            local j, buf = i + 1, {}
            while j <= #line do
                local c = line:sub(j, j)
                if c == '"' and line:sub(j + 1, j + 1) == '"' then
                    buf[#buf + 1], j = '"', j + 2
                elseif c == '"' then
                    break
                else
                    buf[#buf + 1], j = c, j + 1
                end
            end
            out[#out + 1], i = table.concat(buf), j + 2
        else
            local j = line:find(",", i, true) or (#line + 1)
            out[#out + 1], i = line:sub(i, j - 1), j + 1
        end
    end
    return out
end

T.test("the CLI's text: the same figures, money with its exact amount", function()
    local seen = 0
    for line in cli(FIXTURE):gmatch("[^\n]+") do
        -- path:LINE   kind   claimant   figures   "sentence"
        local fields = vim.split(line, "   +", { trimempty = true })
        local n = tonumber(fields[1]:match(":(%d+)$"))
        local figures = fields[4]
        T.eq(figures:gsub(" %(%u%u%u [%d%-]+%)", ""), WANT[n], "line " .. n)
        seen = seen + 1
    end
    T.eq(seen, 4, "one line per claim")
    T.contains(cli(FIXTURE), "≤$500M (USD 500000000)")
    T.contains(cli(FIXTURE), "~¥1.5B (JPY 1500000000)")
end)

T.test("the CSV export: the same figures, joined with semicolons", function()
    local lines = vim.split(cli("--format", "csv", FIXTURE), "\r\n", { trimempty = true })
    local head = csv_fields(lines[1])
    local col = {}
    for i, name in ipairs(head) do
        col[name] = i
    end
    T.eq(#lines, 5, "a header and one row per claim")
    for i = 2, #lines do
        local row = csv_fields(lines[i])
        local n = tonumber(row[col.line])
        T.eq(row[col.figures], (WANT[n]:gsub(", ", "; ")), "line " .. n)
    end
end)

T.test("the claims list: the same figures in its rows", function()
    vim.o.columns = 160
    local buf = T.buf("figures.md")
    vim.cmd("DeepSeekClaims")
    local st = T.ok(require("deepseek_claims.list").state(), "the list is open")
    local lines, seen = T.lines(st.buf), 0
    for row, r in pairs(st.rows) do
        if r.claim then
            T.contains(lines[row], " " .. WANT[r.claim.line] .. " ", "row of line " .. r.claim.line)
            seen = seen + 1
        end
    end
    T.eq(seen, #require("deepseek_claims").claims(buf), "a row per claim")
    T.eq(seen, 4)
end)

T.test("the hover and the quickfix list: the same figures", function()
    local buf = T.buf("figures.md")
    vim.api.nvim_win_set_cursor(0, { 3, 0 }) -- on "DeepSeek"
    require("deepseek_claims").hover()
    local h = T.ok(require("deepseek_claims.hover").state(), "the hover is open")
    local text = table.concat(T.lines(h.buf), "\n")
    T.contains(text, "L3 cost · DeepSeek · " .. WANT[3])
    T.contains(text, "L9 cost · DeepSeek · " .. WANT[9])
    require("deepseek_claims.hover").close()
    vim.cmd("DeepSeekClaims qf")
    local items = vim.fn.getqflist()
    T.eq(#items, 4)
    for _, it in ipairs(items) do
        T.eq(it.bufnr, buf)
        T.contains(it.text, " · " .. WANT[it.lnum] .. ":", "quickfix line " .. it.lnum)
    end
end)

T.run("views")
