-- Headless Neovim smoke test of the standalone server (replylint-language-server --stdio):
-- attaches dist/server.js to a *.reply.md buffer with Neovim's built-in LSP client, waits for
-- diagnostics (an event, with a timeout), prints them, checks hover and a code action, and
-- exits 0 on success, 1 on failure. Run by test/nvim/run.sh.
local root = vim.env.REPLYLINT_ROOT
local file = vim.env.REPLYLINT_FIXTURE
local out = {}
local function say(s) table.insert(out, s); io.stdout:write(s .. '\n') end
local function finish(code)
  io.stdout:flush()
  vim.cmd((code == 0) and 'qall!' or 'cquit! 1')
end

local function main()
vim.filetype.add({ pattern = { ['.*%.reply%.md'] = 'reply-template' } })
vim.cmd('edit ' .. vim.fn.fnameescape(file))
local buf = vim.api.nvim_get_current_buf()

-- vim.lsp.start_client + buf_attach_client work from Neovim 0.7 (Debian bookworm) onwards.
local client_id = vim.lsp.start_client({
  name = 'replylint',
  cmd = { 'node', root .. '/dist/server.js', '--stdio' },
  root_dir = vim.fn.fnamemodify(file, ':h'),
})
if not client_id then say('FAIL: the server did not start'); finish(1) end
vim.lsp.buf_attach_client(buf, client_id)

local got = false
vim.api.nvim_create_autocmd('DiagnosticChanged', {
  buffer = buf,
  callback = function() if #vim.diagnostic.get(buf) > 0 then got = true end end,
})
local ok = vim.wait(15000, function() return got end, 50)
if not ok then say('FAIL: no diagnostics within 15 s'); finish(1) end

local codes = {}
for _, d in ipairs(vim.diagnostic.get(buf)) do
  say(string.format('diagnostic %d:%d %s [%s] %s', d.lnum + 1, d.col + 1, d.source or '?', tostring(d.code), (d.message:gsub('\n', ' '))))
  codes[tostring(d.code)] = d
end
local failures = 0
local function expect(cond, what) if not cond then say('FAIL: ' .. what); failures = failures + 1 else say('ok: ' .. what) end end
expect(codes['refund-offer'] ~= nil, 'refund-offer reported (missing element)')
expect(codes['neutral-tone/condescension'] ~= nil, 'neutral-tone/condescension reported')

-- Hover on the tone finding.
local tone = codes['neutral-tone/condescension']
if tone then
  local client = vim.lsp.get_client_by_id(client_id)
  local params = { textDocument = { uri = vim.uri_from_bufnr(buf) }, position = { line = tone.lnum, character = tone.col } }
  local res = client.request_sync('textDocument/hover', params, 5000, buf)
  local value = res and res.result and res.result.contents and res.result.contents.value or ''
  expect(value:find('neutral%-tone', 1, false) ~= nil, 'hover explains the finding')
  local actions = client.request_sync('textDocument/codeAction', {
    textDocument = params.textDocument,
    range = { start = params.position, ['end'] = params.position },
    context = { diagnostics = { {
      range = { start = { line = tone.lnum, character = tone.col }, ['end'] = { line = tone.end_lnum, character = tone.end_col } },
      code = tone.code, source = tone.source, message = tone.message, severity = tone.severity,
    } } },
  }, 5000, buf)
  local titles = {}
  for _, a in ipairs((actions and actions.result) or {}) do table.insert(titles, a.title) end
  say('code actions: ' .. table.concat(titles, ' | '))
  expect(#titles > 0, 'code actions offered for the finding')
end

say(failures == 0 and 'nvim: PASS' or 'nvim: FAIL')
finish(failures == 0 and 0 or 1)
end

local okmain, err = pcall(main)
if not okmain then say('FAIL: ' .. tostring(err)); finish(1) end
