-- wrk script for bench/run.sh: GETs the URL with a different extra query parameter on every request, so no two
-- requests share an output-cache entry and each one runs the page's database queries.
dofile(debug.getinfo(1, "S").source:match("^@(.*/)") .. "report.lua")

local n = 0
local prefix

function init(args)
  prefix = "t" .. (wrk.thread:get("index") or 0) .. "-"
end

function request()
  n = n + 1
  local sep = string.find(wrk.path, "?", 1, true) and "&" or "?"
  return wrk.format("GET", wrk.path .. sep .. "nocache=" .. prefix .. n)
end
