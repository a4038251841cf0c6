-- wrk script: one non-streaming Responses API request per request, each with the next prompt of
-- bench/prompts.txt cycled, as bench/chat-varied.lua does for chat (same instructions, same prompts).
-- STORE=false sends "store": false (nothing kept); by default responses are stored, as OpenAI's are.
local prompts = {}
local next_prompt = 0
local thread_id = 0
local store = os.getenv("STORE") == "false" and ',"store":false' or ''

function setup(thread)
  thread:set("id", thread_id)
  thread_id = thread_id + 1
end

function init(args)
  for line in io.lines("bench/prompts.txt") do
    prompts[#prompts + 1] = line:gsub("\\", "\\\\"):gsub('"', '\\"')
  end
  next_prompt = (id or 0) * math.floor(#prompts / 2)
end

function request()
  next_prompt = next_prompt % #prompts + 1
  local body = '{"model":"gpt-4o-mini","instructions":"You are a helpful assistant.","input":"'
    .. prompts[next_prompt] .. '"' .. store .. '}'
  return wrk.format("POST", nil, { ["Content-Type"] = "application/json" }, body)
end
