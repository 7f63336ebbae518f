-- A host's request slots, shared by every worker process: the next free moment to send (its rate
-- limit and Crawl-delay) and one of its in-flight slots (at most ARGV[4] requests at once).
-- KEYS: 1 the host's next-free-moment key, 2 the host's in-flight zset
-- ARGV: 1 now (µs), 2 interval after this request (µs; 0: no moment wanted, only an in-flight slot),
--       3 in-flight slot expiry (ms since the epoch), 4 max in flight, 5 the caller's slot id
-- Returns {µs to wait before sending, 1 if the in-flight slot was taken, else 0}. A caller that
-- must wait gets no in-flight slot: it waits first, then asks for one alone (interval 0), so no
-- slot is held idle. Both expire, so a crashed worker cannot hold a host forever.
local now = tonumber(ARGV[1])
local interval = tonumber(ARGV[2])
if interval > 0 then
  local moment = math.max(tonumber(redis.call('GET', KEYS[1]) or now), now)
  -- kept until past the moment it names: expiring earlier (when reservations reach further ahead
  -- than the expiry) gave the next caller "now" and started a second chain of requests
  local expiry = math.ceil((moment + interval - now) / 1000) + math.ceil(interval * 2 / 1000)
  redis.call('SET', KEYS[1], string.format('%d', moment + interval), 'PX', math.max(1000, expiry))
  if moment > now then
    return {moment - now, 0}
  end
end
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', math.floor(now / 1000))
if redis.call('ZCARD', KEYS[2]) < tonumber(ARGV[4]) then
  redis.call('ZADD', KEYS[2], ARGV[3], ARGV[5])
  redis.call('PEXPIREAT', KEYS[2], ARGV[3])
  return {0, 1}
end
return {0, 0}
