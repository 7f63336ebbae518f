-- Extend the leases a live worker still holds (its heartbeat), on Redis's clock like claim.lua.
-- KEYS: 1 leases zset.  ARGV: 1 lease (ms), then lease members.
local clock = redis.call('TIME')
local deadline = tonumber(clock[1]) * 1000 + math.floor(tonumber(clock[2]) / 1000) + tonumber(ARGV[1])
local extended = 0
for i = 2, #ARGV do
  extended = extended + redis.call('ZADD', KEYS[1], 'XX', 'CH', deadline, ARGV[i])
end
return extended
