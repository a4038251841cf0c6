-- wrk script: one non-streaming chat completion per request, each with the next prompt of
-- bench/prompts.txt (see bench/varied-prompts.lua).
dofile("bench/varied-prompts.lua")

function request()
  local body = '{"model":"gpt-4o-mini","messages":[{"role":"system","content":"You are a helpful assistant."},'
    .. '{"role":"user","content":"' .. next_varied_prompt() .. '"}]}'
  return wrk.format("POST", nil, { ["Content-Type"] = "application/json" }, body)
end
