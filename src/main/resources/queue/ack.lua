-- Finish leased tasks: drop their lease and payload, count them in this second's bucket (the
-- queue stats' tasks in the last minute) and this minute's (its tasks per minute over the last
-- hour, kept two hours), and let their lanes be claimed from again.
-- ARGV: 1 prefix, 2 lane capacity, then lease members ("<priority index>:<id>").
local capacity = tonumber(ARGV[2])
local finished = 0
local lanes = {}
for i = 3, #ARGV do
  local id, lane = endLease(ARGV[i])
  if id then
    redis.call('HDEL', K.payloads, id)
    redis.call('HDEL', K.meta, id)
    if lane then lanes[lane] = true end
    finished = finished + 1
  end
end
-- once per lane, however many of its tasks the batch finished
for lane in pairs(lanes) do rescore(lane, capacity) end
if finished > 0 then
  local bucket = prefix .. ':finished:' .. math.floor(now / 1000)
  redis.call('INCRBY', bucket, finished)
  redis.call('EXPIRE', bucket, 120)
  local minute = prefix .. ':finished-minute:' .. math.floor(now / 60000)
  redis.call('INCRBY', minute, finished)
  redis.call('EXPIRE', minute, 7200)
end
return finished
