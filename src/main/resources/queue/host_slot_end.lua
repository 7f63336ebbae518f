-- A request ended (see host_slots.lua): its slot leaves the in-flight set and enters the log at
-- this moment, where it keeps counting against the rate for one window.
-- KEYS: 1 the host's in-flight zset, 2 the host's ended log zset
-- ARGV: 1 the slot id, 2 how long the log must keep it (ms)
local clock = redis.call('TIME')
local now = tonumber(clock[1]) * 1000000 + tonumber(clock[2])
if redis.call('ZREM', KEYS[1], ARGV[1]) == 1 then
  redis.call('ZADD', KEYS[2], string.format('%d', now), ARGV[1])
  redis.call('PEXPIRE', KEYS[2], tonumber(ARGV[2]))
  return 1
end
return 0
