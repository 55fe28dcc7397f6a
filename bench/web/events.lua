-- Rotates through typical event queries: by region, by date window, by type, by actor (limit 100).
local paths = {
  "/api/events?admin1=Kharkiv%20Oblast&limit=100",
  "/api/events?from=2025-06-01&to=2025-06-07&limit=100",
  "/api/events?type=Air/drone%20strike&from=2025-09-01&to=2025-09-30&limit=100",
  "/api/events?actor=russian&country=UA&limit=100",
}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
