-- A host's request slots, shared by every worker process, on Redis's clock (one clock for all):
-- the next moment to send (spacing by the rate limit and Crawl-delay), a log of the requests sent
-- (so that no window of the rate's length ever holds more than the rate, and no two requests are
-- closer than the Crawl-delay, however late a worker sends), and the in-flight slots (at most
-- ARGV[3] requests at once).
-- KEYS: 1 the host's next-moment key, 2 the host's in-flight zset, 3 the host's sent log zset
-- ARGV: 1 spacing after this request (µs; 0: no moment wanted, the caller is at its moment),
--       2 in-flight slot lifetime (ms), 3 max in flight, 4 the caller's slot id,
--       5 max requests per window, 6 window (µs), 7 least gap after the last request (µs; 0: none)
-- Returns {µs to wait before asking again, 1 if the caller may send now, else 0}. A caller that
-- must wait holds nothing meanwhile; one that may send has its in-flight slot and is in the log.
-- Everything expires, so a crashed worker cannot hold a host forever.
local clock = redis.call('TIME')
local now = tonumber(clock[1]) * 1000000 + tonumber(clock[2])
local spacing = tonumber(ARGV[1])
if spacing > 0 then
  local moment = math.max(tonumber(redis.call('GET', KEYS[1]) or now), now)
  -- kept until past the moment it names: expiring earlier (when reservations reach further ahead
  -- than the expiry) gave the next caller "now" and started a second chain of requests
  local expiry = math.ceil((moment + spacing - now) / 1000) + math.ceil(spacing * 2 / 1000)
  redis.call('SET', KEYS[1], string.format('%d', moment + spacing), 'PX', math.max(1000, expiry))
  if moment > now then
    return {moment - now, 0}
  end
end

local window = tonumber(ARGV[6])
local gap = tonumber(ARGV[7])
local retain = math.max(window, gap)
redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', string.format('(%d', now - retain))
local windowStart = string.format('(%d', now - window)
if redis.call('ZCOUNT', KEYS[3], windowStart, '+inf') >= tonumber(ARGV[5]) then
  -- the window is full: wait until its oldest request leaves it
  local oldest = redis.call('ZRANGEBYSCORE', KEYS[3], windowStart, '+inf', 'WITHSCORES', 'LIMIT', 0, 1)
  return {tonumber(oldest[2]) + window - now + 1, 0}
end
if gap > 0 then
  local last = redis.call('ZREVRANGE', KEYS[3], 0, 0, 'WITHSCORES')
  if #last > 0 and now - tonumber(last[2]) < gap then
    return {tonumber(last[2]) + gap - now, 0}
  end
end

local nowMillis = math.floor(now / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', nowMillis)
if redis.call('ZCARD', KEYS[2]) >= tonumber(ARGV[3]) then
  return {0, 0}
end
local lifetime = tonumber(ARGV[2])
redis.call('ZADD', KEYS[2], nowMillis + lifetime, ARGV[4])
redis.call('PEXPIRE', KEYS[2], lifetime)
redis.call('ZADD', KEYS[3], string.format('%d', now), ARGV[4])
redis.call('PEXPIRE', KEYS[3], math.ceil(retain / 1000) + 1000)
return {0, 1}
