-- Extend the leases a live worker still holds (its heartbeat).
-- KEYS: 1 leases zset.  ARGV: 1 new deadline (ms), then lease members.
local extended = 0
for i = 2, #ARGV do
  extended = extended + redis.call('ZADD', KEYS[1], 'XX', 'CH', ARGV[1], ARGV[i])
end
return extended
