-- A host's request slots, shared by every worker process, on Redis's clock (one clock for all).
-- A request counts against the host from the moment it is granted until it has ended (its
-- response read, or it failed): so however late a worker sends after its grant, and however long
-- the site takes, the site can never see more than the rate start in one window, nor more than
-- the in-flight cap at once.
--  * in flight: at most ARGV[3] granted and not yet ended (the slot expires if its holder dies)
--  * rate: those in flight plus those that ended within the window are fewer than ARGV[5]
--  * spacing: at least ARGV[1] after the previous grant (the rate spread over the window)
--  * Crawl-delay: at least ARGV[7] after the previous request ended, none in flight
-- KEYS: 1 the host's last-grant key, 2 the host's in-flight zset (slot -> expiry, ms),
--       3 the host's ended log zset (slot -> when it ended, µs)
-- ARGV: 1 spacing (µs), 2 slot lifetime (ms), 3 max in flight, 4 the caller's slot id,
--       5 max requests per window, 6 window (µs), 7 Crawl-delay (µs; 0: none)
-- Returns {µs to wait before asking again (0: unknown, when a request in flight ends), 1 if the
-- caller may send now (its slot is taken) else 0}.
local clock = redis.call('TIME')
local now = tonumber(clock[1]) * 1000000 + tonumber(clock[2])
local nowMillis = math.floor(now / 1000)
local window = tonumber(ARGV[6])
local gap = tonumber(ARGV[7])
local retain = math.max(window, gap)

-- a slot whose holder died ends now, as far as the window is concerned
for _, slot in ipairs(redis.call('ZRANGEBYSCORE', KEYS[2], '-inf', nowMillis)) do
  redis.call('ZREM', KEYS[2], slot)
  redis.call('ZADD', KEYS[3], string.format('%d', now), slot)
  redis.call('PEXPIRE', KEYS[3], math.ceil(retain / 1000) + 1000)
end
redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', string.format('(%d', now - retain))

local inFlight = redis.call('ZCARD', KEYS[2])
if inFlight >= tonumber(ARGV[3]) then
  return {0, 0}
end
local windowStart = string.format('(%d', now - window)
if inFlight + redis.call('ZCOUNT', KEYS[3], windowStart, '+inf') >= tonumber(ARGV[5]) then
  -- the window is full: wait until its oldest ended request leaves it, or for one in flight to end
  local oldest = redis.call('ZRANGEBYSCORE', KEYS[3], windowStart, '+inf', 'WITHSCORES', 'LIMIT', 0, 1)
  if #oldest == 0 then return {0, 0} end
  return {tonumber(oldest[2]) + window - now + 1, 0}
end
local last = tonumber(redis.call('GET', KEYS[1]) or '0')
if now < last + tonumber(ARGV[1]) then
  return {last + tonumber(ARGV[1]) - now, 0}
end
if gap > 0 then
  if inFlight > 0 then return {0, 0} end
  local ended = redis.call('ZREVRANGE', KEYS[3], 0, 0, 'WITHSCORES')
  if #ended > 0 and now - tonumber(ended[2]) < gap then
    return {tonumber(ended[2]) + gap - now, 0}
  end
end

local lifetime = tonumber(ARGV[2])
redis.call('ZADD', KEYS[2], nowMillis + lifetime, ARGV[4])
redis.call('PEXPIRE', KEYS[2], lifetime)
redis.call('SET', KEYS[1], string.format('%d', now), 'PX', math.max(1000, math.ceil(tonumber(ARGV[1]) / 1000)))
return {0, 1}
