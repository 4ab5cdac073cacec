-- wrk script for bench/run.sh's sign-up run: args "IDS_FILE TOKEN COOKIE OUT_PREFIX". Each thread POSTs the
-- check-your-answers form (which creates the pledge) of its share of the journeys in IDS_FILE, each exactly once,
-- counts the redirects to the confirmation page and writes the journey id each one names to OUT_PREFIX<thread>, so
-- the script can check every confirmed journey against the database. If the journeys run out it GETs /health/live instead
-- (counted as "exhausted": make IDS_FILE longer).
dofile(debug.getinfo(1, "S").source:match("^@(.*/)") .. "report.lua")

local ids = {}
local next_id = 1
local body, cookie
created = 0
other = 0
exhausted = 0

function init(args)
  local index = wrk.thread:get("index") or 0
  local count = tonumber(wrk.thread:get("count")) or 2
  local n = 0
  for line in io.lines(args[1]) do
    if n % count == index then table.insert(ids, line) end
    n = n + 1
  end
  body = "__RequestVerificationToken=" .. args[2] .. "&contact_website="
  cookie = args[3]
  confirmed = io.open(args[4] .. index, "w")
  confirmed:setvbuf("line")
end

function request()
  local id = ids[next_id]
  next_id = next_id + 1
  if id == nil then
    exhausted = exhausted + 1
    return wrk.format("GET", "/health/live")
  end
  return wrk.format("POST", "/pledge/sign/" .. id .. "/check-answers", {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Cookie"] = cookie,
  }, body)
end

function response(status, headers, body)
  local id = status == 302 and headers["Location"] and string.match(headers["Location"], "/pledge/sign/([%x%-]+)/confirmation")
  if id then
    created = created + 1
    confirmed:write(id, "\n")
  else
    other = other + 1
  end
end
