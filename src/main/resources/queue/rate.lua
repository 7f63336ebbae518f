-- Reserve the next request slot for a host, shared by every worker process.
-- KEYS: 1 the host's next-free-slot key.  ARGV: 1 now (ms), 2 interval between requests (ms)
-- Returns how long the caller must wait (ms) before sending its request.
local now = tonumber(ARGV[1])
local interval = tonumber(ARGV[2])
local slot = math.max(tonumber(redis.call('GET', KEYS[1]) or now), now)
redis.call('SET', KEYS[1], slot + interval, 'PX', math.max(1000, interval * 2))
return slot - now
