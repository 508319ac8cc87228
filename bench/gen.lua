-- gen.lua DIR MB [KB]: writes a corpus of at least MB megabytes, in files of
-- about KB kilobytes (default 256), of AI-industry
-- news into DIR, built from the project's own example and dev-set articles:
-- paragraphs are sampled and their figures and names varied with a fixed
-- seed, so every run measures the same bytes.
local dir, mb = arg[1] or "bench/corpus", tonumber(arg[2] or "64")
local file_kb = tonumber(arg[3] or "256")
local here = arg[0]:match("^(.*)/bench/gen%.lua$") or "."

local seed = 20250127
local function rand(n) -- LCG: the same corpus on every machine
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n + 1
end

local paragraphs = {}
local function collect(path)
    local f = io.open(path, "rb")
    if not f then return end
    local text = f:read("a")
    f:close()
    for para in (text .. "\n\n"):gmatch("(.-)\n%s*\n") do
        if #para > 40 then paragraphs[#paragraphs + 1] = para end
    end
end
local list = io.popen('ls "' .. here .. '"/examples/*.md "' .. here .. '"/eval/articles/* 2>/dev/null')
for path in list:lines() do
    collect(path)
end
list:close()
if #paragraphs == 0 then
    io.stderr:write("gen.lua: no source articles found\n")
    os.exit(2)
end

local labs = { "DeepSeek", "Alibaba", "Moonshot AI", "Zhipu AI", "OpenAI", "Anthropic", "Baidu", "Tencent" }
local function vary(p)
    p = p:gsub("%d+%.?%d*", function(num)
        return tostring(rand(900) + (tonumber(num) or 0) % 7)
    end)
    return p:gsub("DeepSeek", function()
        return labs[rand(#labs)]
    end)
end

os.execute('mkdir -p "' .. dir .. '"')
local total, file_no = 0, 0
while total < mb * 1e6 do
    file_no = file_no + 1
    local parts = {}
    local size = 0
    while size < file_kb * 1024 do
        local title = "# " .. labs[rand(#labs)] .. " story " .. file_no .. "-" .. #parts .. "\n\n"
        parts[#parts + 1] = title
        size = size + #title
        for _ = 1, 6 + rand(10) do
            local p = vary(paragraphs[rand(#paragraphs)]) .. "\n\n"
            parts[#parts + 1] = p
            size = size + #p
        end
    end
    local f = assert(io.open(string.format("%s/part-%04d.md", dir, file_no), "wb"))
    f:write(table.concat(parts))
    f:close()
    total = total + size
end
print(string.format("gen: %d files, %.1f MB in %s", file_no, total / 1e6, dir))
