-- Hand a leased task back because its lane (its host) may not be sent to yet: it goes back to its
-- place, and the lane is not claimed from again before the moment named.
-- ARGV: 1 prefix, 2 lane capacity, 3 lease member, 4 ms from now until the lane is ready.
local capacity = tonumber(ARGV[2])
local id = endLease(ARGV[3])
local lane = id and requeue(id)
if not lane then return 0 end
-- the host's own answer replaces the spacing the task's claim reserved: that turn was not used
redis.call('HSET', K.notBefore, lane, now + tonumber(ARGV[4]))
redis.call('INCR', K.deferred)
rescore(lane, capacity)
return 1
