-- Shared by bench/chat-varied.lua and bench/responses-varied.lua: bench/prompts.txt (10,000 distinct
-- prompts of every kind: explanations, lists, how-tos, poems, code), escaped for a JSON string and
-- cycled; each wrk thread starts at its own place. More distinct prompts than fakeai's memos hold, so
-- prompt topics and token counts are computed afresh, not served from the memos.
local prompts = {}
local next_prompt = 0
local thread_id = 0

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

-- The next prompt, escaped.
function next_varied_prompt()
  next_prompt = next_prompt % #prompts + 1
  return prompts[next_prompt]
end
