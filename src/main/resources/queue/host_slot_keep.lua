-- A live worker's heartbeat for the request slots it holds (requests still running): their expiry
-- moves on, so only a dead worker's slots expire.
-- ARGV: 1 slot lifetime (ms), then pairs: the host's in-flight zset key, slot id
local clock = redis.call('TIME')
local expiry = tonumber(clock[1]) * 1000 + math.floor(tonumber(clock[2]) / 1000) + tonumber(ARGV[1])
local kept = 0
for i = 2, #ARGV, 2 do
  if redis.call('ZADD', ARGV[i], 'XX', 'CH', expiry, ARGV[i + 1]) == 1 then
    redis.call('PEXPIRE', ARGV[i], tonumber(ARGV[1]))
    kept = kept + 1
  end
end
return kept
