-- Shared by the bench/*.lua wrk scripts (loaded with dofile, paths from the repository root): the
-- one machine-readable line bench/tariff_api.py parses, followed by the script's own fields.

function write_result(summary, latency, extra)
  local e = summary.errors
  io.write(string.format(
    "WRK_RESULT requests=%d duration_us=%d bytes=%d err_connect=%d err_read=%d err_write=%d err_status=%d "
      .. "err_timeout=%d p50_us=%d p90_us=%d p99_us=%d max_us=%d mean_us=%.1f",
    summary.requests, summary.duration, summary.bytes, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max, latency.mean)
    .. extra .. "\n")
end
