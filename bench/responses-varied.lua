-- wrk script: one non-streaming Responses API request per request, each with the next prompt of
-- bench/prompts.txt (see bench/varied-prompts.lua), as bench/chat-varied.lua does for chat (same
-- instructions, same prompts). STORE=false sends "store": false (nothing kept); by default responses
-- are stored, as OpenAI's are.
dofile("bench/varied-prompts.lua")
local store = os.getenv("STORE") == "false" and ',"store":false' or ''

function request()
  local body = '{"model":"gpt-4o-mini","instructions":"You are a helpful assistant.","input":"'
    .. next_varied_prompt() .. '"' .. store .. '}'
  return wrk.format("POST", nil, { ["Content-Type"] = "application/json" }, body)
end
