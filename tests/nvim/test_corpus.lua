-- :DeepSeekClaims scan: a background scan of a folder with visible
-- progress, then the corpus in the hover and the quickfix list.
local T = dofile(vim.fn.fnamemodify(debug.getinfo(1, 'S').source:sub(2), ':p:h') .. '/harness.lua')

local dir = vim.fn.tempname()
vim.fn.mkdir(dir .. '/sub', 'p')
local article = {
  '# Chips',
  '',
  'Nvidia shares fell 17% on Monday, analysts said.',
  '',
  'DeepSeek said its V3 model cost \\$5.6 million to train on 2,048 Nvidia H800 chips.',
}
for i = 1, 30 do vim.fn.writefile(article, string.format('%s/sub/a%02d.md', dir, i)) end
vim.fn.writefile({ 'not an article' }, dir .. '/notes.json')

T.test('scan runs in the background and reports when done', function()
  vim.cmd('DeepSeekClaims scan ' .. vim.fn.fnameescape(dir))
  local corpus = require('deepseek_claims.corpus')
  T.ok(corpus.state.job ~= nil, 'a job is running right after the command returns')
  T.ok(T.wait(function() return corpus.state.corpus ~= nil end, 10000), 'the scan finished')
  T.eq(#corpus.state.corpus, 30, 'the 30 markdown files, not the json')
  T.eq(corpus.summary(), '60 claims in 30 files')
end)

T.test('the hover includes the corpus', function()
  local buf = T.buf({ 'Nvidia said its H20 chips sold well, analysts said.' }, 'markdown')
  vim.api.nvim_win_set_cursor(0, { 1, 1 })
  require('deepseek_claims').hover()
  local text = {}
  for _, f in ipairs(T.floats()) do
    for _, l in ipairs(vim.api.nvim_buf_get_lines(vim.api.nvim_win_get_buf(f), 0, -1, false)) do text[#text + 1] = l end
  end
  text = table.concat(text, '\n')
  T.contains(text, 'corpus: 60 claims in 30 files', 'corpus summary for Nvidia')
  T.contains(text, 'a01.md:3 market', 'a corpus claim with its file and line')
  vim.cmd('silent! only')
  pcall(vim.api.nvim_buf_delete, buf, { force = true })
end)

T.test('corpus claims about an entity go to the quickfix list', function()
  vim.cmd('DeepSeekClaims corpus H800')
  local qf = vim.fn.getqflist()
  T.eq(#qf, 30, 'one claim per file about the H800')
  T.match(vim.fn.bufname(qf[1].bufnr), 'a01%.md$')
  T.eq(qf[1].lnum, 5)
  T.contains(qf[1].text, '[cost] DeepSeek')
  vim.cmd('cclose')
end)

T.test('a missing folder is a clear error, nothing starts', function()
  local corpus = require('deepseek_claims.corpus')
  corpus.scan('/no/such/folder')
  T.contains(T.said(), 'cannot scan "/no/such/folder"')
  T.eq(corpus.state.job, nil)
end)

T.test('completion offers scan and corpus', function()
  local names = vim.fn.getcompletion('DeepSeekClaims ', 'cmdline')
  T.ok(vim.tbl_contains(names, 'scan') and vim.tbl_contains(names, 'corpus'), vim.inspect(names))
end)

T.run('corpus')
