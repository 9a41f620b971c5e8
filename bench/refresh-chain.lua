-- wrk script: POST refresh_token grants in chains, each answer's refresh_token spent by the next
-- request, so every token is used exactly once and the run never runs out (rotation on any server).
--   wrk -t2 -c64 -d15s --latency -s bench/refresh-chain.lua TOKEN_URL -- TOKENS_PREFIX "Authorization: Basic …"
-- Thread i (0-based) reads TOKENS_PREFIX-i.txt (starting refresh tokens, one a line: one per
-- connection of the thread plus one spare, because wrk calls request() once on thread 0 to check
-- the script and throws that request away) into a queue. wrk keeps one Lua state per thread, not per connection,
-- so the chains share the thread's queue: request() takes the oldest token, response() queues the
-- one the answer carries (wrk calls it before that connection's next request()). An answer without
-- a refresh_token ends its chain (counted as broken); a request finding the queue empty (starved)
-- sends a token no server knows, which fails and counts as a status error.

dofile("bench/wrk-result.lua")

local counter = 0
local threads = {}

function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

local queue, first, last = {}, 1, 0
local headers = { ["Content-Type"] = "application/x-www-form-urlencoded" }
broken = 0
starved = 0

function init(args)
  local name, value = args[2]:match("^([^:]+):%s*(.*)$")
  headers[name] = value
  for token in io.lines(args[1] .. "-" .. id .. ".txt") do
    if #token > 0 then
      last = last + 1
      queue[last] = token
    end
  end
  starved_request = wrk.format("POST", nil, headers, "grant_type=refresh_token&refresh_token=chain-starved")
end

function request()
  if first > last then
    starved = starved + 1
    return starved_request
  end
  local token = queue[first]
  queue[first] = nil
  first = first + 1
  return wrk.format("POST", nil, headers, "grant_type=refresh_token&refresh_token=" .. token)
end

function response(status, _, body)
  local token = status == 200 and body:match('"refresh_token"%s*:%s*"([^"]+)"')
  if token then
    last = last + 1
    queue[last] = token
  else
    broken = broken + 1
  end
end

function done(summary, latency, requests)
  local lost, empty = 0, 0
  for _, thread in ipairs(threads) do
    lost = lost + thread:get("broken")
    empty = empty + thread:get("starved")
  end
  write_result(summary, latency, string.format(" exhausted=0 broken=%d starved=%d", lost, empty))
end
