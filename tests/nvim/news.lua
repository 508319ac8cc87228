-- news.lua: about n bytes of news text, whole lines, for tests and benches of
-- big buffers: the eval articles (development and held-out sets) over and
-- over. dofile(...)(root, n) -> lines, bytes (lines joined with "\n", plus one).
return function(root, n)
    local files = vim.fn.glob(root .. "/eval/articles/*", false, true)
    vim.list_extend(files, vim.fn.glob(root .. "/eval/holdout*/articles/*", false, true))
    local base = {}
    for _, f in ipairs(files) do
        vim.list_extend(base, vim.fn.readfile(f))
        base[#base + 1] = ""
    end
    local lines, size = {}, 0
    while size < n do
        for _, l in ipairs(base) do
            if size + #l + 1 > n and size > 0 then return lines, size end
            lines[#lines + 1] = l
            size = size + #l + 1
        end
    end
    return lines, size
end
