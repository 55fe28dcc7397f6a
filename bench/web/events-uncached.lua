-- Like events.lua, but every request asks for a different date window (start day drawn from a year), so
-- almost no request is served from the response cache: the cost of reading and writing rows.
math.randomseed(20261127)
local templates = {
  "/api/events?from=%s&to=%s&limit=100",
  "/api/events?admin1=Kharkiv%%20Oblast&from=%s&to=%s&limit=100",
  "/api/events?actor=russian&country=UA&from=%s&to=%s&limit=100",
}
local function day(n)
  return os.date("!%Y-%m-%d", 1735689600 + n * 86400) -- from 2025-01-01
end
request = function()
  local start = math.random(0, 358)
  local t = templates[math.random(1, #templates)]
  return wrk.format("GET", string.format(t, day(start), day(start + math.random(1, 6))))
end
