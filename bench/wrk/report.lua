-- wrk script for bench/run.sh's GET runs: done() prints one machine-readable line,
-- "BENCH rps p50 p95 p99 errors non2xx requests created other exhausted" (latencies in ms; the last three are
-- filled in by signup.lua's threads).
threads = {}

function setup(thread)
  thread:set("index", #threads)
  table.insert(threads, thread)
end

function done(summary, latency, requests)
  local c, o, x = 0, 0, 0
  for _, t in ipairs(threads) do
    c = c + (tonumber(t:get("created")) or 0)
    o = o + (tonumber(t:get("other")) or 0)
    x = x + (tonumber(t:get("exhausted")) or 0)
  end
  local e = summary.errors
  local errors = e.connect + e.read + e.write + e.timeout
  local seconds = summary.duration / 1000000
  io.write(string.format("BENCH %.1f %.2f %.2f %.2f %d %d %d %d %d %d\n",
    summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    errors, e.status, summary.requests, c, o, x))
end
