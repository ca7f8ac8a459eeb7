-- One load scenario for wrk, set by the environment bench/load.sh gives it:
--   BENCH_METHOD        GET (default) or POST
--   BENCH_PATH          the path and query to request
--   BENCH_COOKIE        the Cookie header of a signed-in session, if any
--   BENCH_BODY_FILE     a file sent as the body (the multipart upload), with BENCH_CONTENT_TYPE
--   BENCH_EXPECT        the status every answer must have (200, or 302 for the upload's redirect);
--                       unset for downloads, whose bodies are not handed to Lua (load.sh checks
--                       their size instead)
-- done() prints one line: requests, seconds, bytes, latency percentiles (ms), the socket errors
-- and the answers with another status (wrk's own count of non-2xx/3xx, plus BENCH_EXPECT's).

local method = os.getenv("BENCH_METHOD") or "GET"
local path = os.getenv("BENCH_PATH") or "/"
local cookie = os.getenv("BENCH_COOKIE")
local body_file = os.getenv("BENCH_BODY_FILE")
local expect = tonumber(os.getenv("BENCH_EXPECT") or "")

local headers = {}
if cookie and cookie ~= "" then
  headers["Cookie"] = cookie
end
local body = nil
if body_file and body_file ~= "" then
  local file = assert(io.open(body_file, "rb"))
  body = file:read("*a")
  file:close()
  headers["Content-Type"] = os.getenv("BENCH_CONTENT_TYPE")
end

local request_text = nil
request = function()
  if not request_text then
    request_text = wrk.format(method, path, headers, body)
  end
  return request_text
end

local threads = {}
setup = function(thread)
  table.insert(threads, thread)
end

unexpected = 0
if expect then
  response = function(status, response_headers, response_body)
    if status ~= expect then
      unexpected = unexpected + 1
    end
  end
end

done = function(summary, latency, requests)
  local others = 0
  for _, thread in ipairs(threads) do
    others = others + (thread:get("unexpected") or 0)
  end
  local errors = summary.errors
  io.write(string.format(
      "WRK requests=%d seconds=%.3f bytes=%d p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f " ..
      "socket_errors=%d non2xx3xx=%d unexpected_status=%d\n",
      summary.requests, summary.duration / 1e6, summary.bytes,
      latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
      errors.connect + errors.read + errors.write + errors.timeout, errors.status, others))
end
