-- Finish leased tasks: drop their lease and payload, and count them in this second's bucket
-- (the queue stats' tasks per minute).
-- KEYS: 1 payloads hash, 2 leases zset, 3 this second's finished counter.  ARGV: lease members ("<priority index>:<id>").
local finished = 0
for _, member in ipairs(ARGV) do
  if redis.call('ZREM', KEYS[2], member) == 1 then
    redis.call('HDEL', KEYS[1], string.sub(member, string.find(member, ':', 1, true) + 1))
    finished = finished + 1
  end
end
if finished > 0 then
  redis.call('INCRBY', KEYS[3], finished)
  redis.call('EXPIRE', KEYS[3], 120)
end
return finished
