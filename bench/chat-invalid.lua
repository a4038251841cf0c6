-- wrk script: a chat completion the API refuses (no messages): a 400 for every request, to measure what
-- a connection closed after each 400 costs a client with a keep-alive pool
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"model":"gpt-4o-mini"}'
