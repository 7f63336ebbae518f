-- The lanes as the queue stats show them: how many lanes and tasks may be claimed from now
-- ("ready") or wait for their host ("waiting": its politeness moment, or its capacity of leases),
-- and the lanes with the most tasks queued.
-- ARGV: 1 prefix, 2 how many lanes to list, 3 most lanes to look at
-- Returns {ready lanes, waiting lanes, ready tasks, waiting tasks, then per listed lane:
-- lane, queued, leased, ms until it may be claimed from (0: now)}
local lanes = redis.call('ZRANGE', K.lanes, 0, tonumber(ARGV[3]) - 1, 'WITHSCORES')
local rows = {}
local totals = {0, 0, 0, 0}
for i = 1, #lanes, 2 do
  local lane, wait = lanes[i], math.max(0, math.ceil(tonumber(lanes[i + 1]) - now))
  local queued = redis.call('ZCARD', laneKey(lane))
  local leased = tonumber(redis.call('HGET', K.leased, lane) or '0')
  local waiting = wait > 0 and 1 or 0
  totals[1 + waiting] = totals[1 + waiting] + 1
  totals[3 + waiting] = totals[3 + waiting] + queued
  rows[#rows + 1] = {lane, queued, leased, wait}
end
table.sort(rows, function(a, b)
  if a[2] ~= b[2] then return a[2] > b[2] end
  return a[1] < b[1]
end)
local result = totals
for i = 1, math.min(#rows, tonumber(ARGV[2])) do
  for _, v in ipairs(rows[i]) do result[#result + 1] = v end
end
return result
