-- Drives `mandate lsp` through Neovim's own LSP client, as a planner's editor would: opens a file of a workspace,
-- waits for its diagnostics, jumps to a definition in another file, renames an id across files and saves, then
-- stops the server. What it saw is written as JSON to $MANDATE_RESULTS for the Swift test to judge.
--   nvim --headless -u NONE -c "luafile neovim-lsp.lua"   with MANDATE_BINARY, MANDATE_WORKSPACE, MANDATE_RESULTS set
local binary = os.getenv("MANDATE_BINARY")
local root = os.getenv("MANDATE_WORKSPACE")
local results = { steps = {} }

local function finish()
  local file = io.open(os.getenv("MANDATE_RESULTS"), "w")
  file:write(vim.fn.json_encode(results))
  file:close()
  vim.cmd("qa!")
end

local ok, failure = pcall(function()
  vim.cmd("edit " .. root .. "/forum.yaml")
  local forum = vim.api.nvim_get_current_buf()
  local client = vim.lsp.start_client({
    name = "mandate",
    cmd = { binary, "lsp" },
    root_dir = root,
    on_exit = function(code) results.exit = code end,
  })
  vim.lsp.buf_attach_client(forum, client)

  -- Diagnostics, as Neovim keeps them.
  vim.wait(20000, function() return #vim.diagnostic.get(forum) > 0 end, 20)
  results.diagnostics = {}
  for _, diagnostic in ipairs(vim.diagnostic.get(forum)) do
    table.insert(results.diagnostics, { line = diagnostic.lnum, column = diagnostic.col, severity = diagnostic.severity,
                                        code = diagnostic.code or (diagnostic.user_data and diagnostic.user_data.lsp and diagnostic.user_data.lsp.code),
                                        message = diagnostic.message })
  end
  table.insert(results.steps, "diagnostics")

  -- Go to definition: the cursor on the 'udvalg' of region/udvalg.
  vim.fn.search("region/udvalg")
  vim.cmd("normal! 8l")
  vim.lsp.buf.definition()
  vim.wait(20000, function() return vim.api.nvim_buf_get_name(0):match("region%.yaml$") ~= nil end, 20)
  local cursor = vim.api.nvim_win_get_cursor(0)
  results.definition = { file = vim.api.nvim_buf_get_name(0), line = cursor[1], column = cursor[2],
                         word = vim.fn.expand("<cword>") }
  table.insert(results.steps, "definition")

  -- Rename the committee where it is declared: the edit reaches the other file, open or not.
  local region = vim.api.nvim_get_current_buf()
  vim.lsp.buf_attach_client(region, client)
  vim.wait(20000, function() return #vim.lsp.buf_get_clients(region) > 0 end, 20)
  vim.lsp.buf.rename("sundhedsudvalg")
  vim.wait(20000, function()
    return vim.fn.join(vim.api.nvim_buf_get_lines(forum, 0, -1, false), "\n"):find("region/sundhedsudvalg", 1, true) ~= nil
  end, 20)
  vim.cmd("silent! wall")
  table.insert(results.steps, "rename")

  -- A typo after the rename is reported as the editor types it.
  vim.api.nvim_set_current_buf(forum)
  local lines = vim.api.nvim_buf_get_lines(forum, 0, -1, false)
  for number, line in ipairs(lines) do
    if line:find("reportsTo: forum", 1, true) then
      local typed = line:gsub("reportsTo: forum", "reportsTo: forumm")
      vim.api.nvim_buf_set_lines(forum, number - 1, number, false, { typed })
    end
  end
  vim.wait(20000, function()
    for _, diagnostic in ipairs(vim.diagnostic.get(forum)) do
      if diagnostic.message:find("forumm", 1, true) then return true end
    end
    return false
  end, 20)
  results.typo = {}
  for _, diagnostic in ipairs(vim.diagnostic.get(forum)) do
    if diagnostic.message:find("forumm", 1, true) then table.insert(results.typo, diagnostic.message) end
  end
  table.insert(results.steps, "typo")

  vim.lsp.stop_client(client)
  vim.wait(20000, function() return results.exit ~= nil end, 20)
end)
if not ok then results.error = tostring(failure) end
finish()
