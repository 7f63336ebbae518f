-- Hand a leased task back because its lane (its host) may not be sent to yet: it goes back to its
-- place, and the lane is not claimed from again before the moment named.
-- ARGV: 1 prefix, 2 lane capacity, 3 lease member, 4 ms from now until the lane is ready.
local capacity = tonumber(ARGV[2])
local id = endLease(ARGV[3])
local lane = id and requeue(id)
if not lane then return 0 end
local moment = now + tonumber(ARGV[4])
if moment > tonumber(redis.call('HGET', K.notBefore, lane) or '0') then
  redis.call('HSET', K.notBefore, lane, moment)
end
redis.call('INCR', K.deferred)
rescore(lane, capacity)
return 1
