-- wrk script: POST /oauth/token spending each refresh token of a list exactly once.
--   wrk -t2 -c64 -d15s --latency -s bench/refresh-once.lua http://host:port/oauth/token -- TOKENS_PREFIX
-- Thread i (0-based) reads TOKENS_PREFIX-i.txt (one refresh token a line; the runner splits the
-- list so no two threads share a token) and pre-builds one request per token, Basic auth
-- sandbox-client:sandbox-secret. A thread that runs out stops itself and reports exhausted=1
-- (a second use of a token would revoke its grant, so the runner mints more and runs again).

dofile("bench/wrk-result.lua")

local threads = {}
local counter = 0

function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

local requests = {}
local next_request = 1
exhausted = 0
built = 0

function init(args)
  local file = assert(io.open(args[1] .. "-" .. id .. ".txt", "r"))
  local headers = {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    -- base64("sandbox-client:sandbox-secret")
    ["Authorization"] = "Basic c2FuZGJveC1jbGllbnQ6c2FuZGJveC1zZWNyZXQ=",
  }
  for token in file:lines() do
    if #token > 0 then
      table.insert(requests, wrk.format("POST", nil, headers, "grant_type=refresh_token&refresh_token=" .. token))
    end
  end
  file:close()
  built = #requests
  -- Answered by invalid_grant "not known" (a status error) without touching any grant.
  exhausted_request = wrk.format("POST", nil, headers, "grant_type=refresh_token&refresh_token=tbrt_exhausted")
end

function request()
  local r = requests[next_request]
  if r == nil then
    if exhausted == 0 then
      exhausted = 1
      wrk.thread:stop()
    end
    return exhausted_request
  end
  requests[next_request] = nil
  next_request = next_request + 1
  return r
end

function done(summary, latency, requests)
  local out_of_tokens = 0
  for _, thread in ipairs(threads) do
    out_of_tokens = out_of_tokens + thread:get("exhausted")
  end
  write_result(summary, latency, string.format(" exhausted=%d", out_of_tokens))
end
