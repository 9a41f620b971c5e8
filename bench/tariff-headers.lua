-- wrk script: fixed request headers from the script arguments, one machine-readable result line.
--   wrk -t2 -c64 -d15s --latency -s bench/tariff-headers.lua URL -- "Authorization: Bearer tbat_…" "If-None-Match: \"…\""
-- The request is formatted once per thread (no request()/response() callbacks), so wrk spends
-- as little CPU as possible on the shared 2-core machine. status errors = answers >= 400.

function init(args)
  for _, header in ipairs(args) do
    local name, value = header:match("^([^:]+):%s*(.*)$")
    if name then
      wrk.headers[name] = value
    end
  end
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "WRK_RESULT requests=%d duration_us=%d bytes=%d err_connect=%d err_read=%d err_write=%d err_status=%d "
      .. "err_timeout=%d p50_us=%d p90_us=%d p99_us=%d max_us=%d mean_us=%.1f exhausted=0\n",
    summary.requests, summary.duration, summary.bytes, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max, latency.mean))
end
