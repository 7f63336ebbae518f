-- Reserve the next request slot for a host, shared by every worker process.
-- KEYS: 1 the host's next-free-slot key.  ARGV: 1 now (µs), 2 interval between requests (µs)
-- Returns how long the caller must wait (µs) before sending its request.
local now = tonumber(ARGV[1])
local interval = tonumber(ARGV[2])
local slot = math.max(tonumber(redis.call('GET', KEYS[1]) or now), now)
redis.call('SET', KEYS[1], string.format('%d', slot + interval), 'PX', math.max(1000, math.ceil(interval * 2 / 1000)))
return slot - now
