-- wrk script: conditional polls that cycle through many grants' access tokens, as FlatPeak's
-- poller does (each grant polled rarely), so no per-token locality flatters the figures.
--   wrk -t2 -c64 -d15s --latency -s bench/tariff-many.lua URL -- TOKENS_PREFIX ETAG
-- Thread i (0-based) reads TOKENS_PREFIX-i.txt (one access token a line) and pre-builds one
-- request per token; requests go round-robin. status errors = answers >= 400.

dofile("bench/wrk-result.lua")

local counter = 0

function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
end

local requests = {}
local next_request = 1

function init(args)
  local file = assert(io.open(args[1] .. "-" .. id .. ".txt", "r"))
  for token in file:lines() do
    if #token > 0 then
      table.insert(requests, wrk.format("GET", nil, {
        ["Authorization"] = "Bearer " .. token,
        ["If-None-Match"] = args[2],
      }))
    end
  end
  file:close()
end

function request()
  local r = requests[next_request]
  next_request = next_request % #requests + 1
  return r
end

function done(summary, latency, requests)
  write_result(summary, latency, " exhausted=0")
end
