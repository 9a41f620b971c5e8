-- wrk script: fixed request headers from the script arguments, one machine-readable result line.
--   wrk -t2 -c64 -d15s --latency -s bench/tariff-headers.lua URL -- "Authorization: Bearer tbat_…" "If-None-Match: \"…\""
-- The request is formatted once per thread (no request()/response() callbacks), so wrk spends
-- as little CPU as possible on the shared 2-core machine. status errors = answers >= 400.

dofile("bench/wrk-result.lua")

function init(args)
  for _, header in ipairs(args) do
    local name, value = header:match("^([^:]+):%s*(.*)$")
    if name then
      wrk.headers[name] = value
    end
  end
end

function done(summary, latency, requests)
  write_result(summary, latency, " exhausted=0")
end
