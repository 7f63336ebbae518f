-- Enqueue tasks that are not already in flight, each in its lane, in fair order across groups.
-- ARGV: 1 prefix, 2 max wake tokens, then quintuples: id, priority index (1..4), lane, group, payload
-- HSETNX makes enqueue idempotent: a task already queued or leased is not pushed twice, so callers
-- may re-offer the whole frontier after a crash without duplicating work.
-- Fair order (start-time fair queueing): a group's next task in a lane comes after the group's
-- previous one and after the lane's current place, so a group (a job) that arrives late with 50
-- tasks is served alongside one with 100,000 already queued, not after them.
local pushed = 0
-- per lane and group of this call: the next place in the fair order (written back once at the end)
local places = {}
for i = 3, #ARGV, 5 do
  local id, priority, lane, group = ARGV[i], tonumber(ARGV[i + 1]), ARGV[i + 2], ARGV[i + 3]
  if redis.call('HSETNX', K.payloads, id, ARGV[i + 4]) == 1 then
    local key = lane .. ' ' .. group
    local last = places[key]
    if not last then
      last = math.max(tonumber(redis.call('HGET', K.vtime, lane) or '0'),
                      tonumber(redis.call('HGET', groupsKey(lane), group) or '0'))
      local moment = tonumber(redis.call('HGET', K.notBefore, lane) or '0')
      redis.call('ZADD', K.lanes, 'NX', math.max(moment, now), lane)
    end
    local seq = last + 1
    places[key] = seq
    local score = priority * BAND + seq
    redis.call('HSET', K.meta, id, string.format('%d %s', score, lane))
    redis.call('ZADD', laneKey(lane), score, id)
    redis.call('HINCRBY', K.queued, priority, 1)
    pushed = pushed + 1
  end
end
for key, seq in pairs(places) do
  local sep = string.find(key, ' ', 1, true)
  redis.call('HSET', groupsKey(string.sub(key, 1, sep - 1)), string.sub(key, sep + 1), seq)
end
-- One wake token per new task, capped: wakes that many idle workers, no more.
local wake = prefix .. ':wake'
local tokens = math.min(pushed, tonumber(ARGV[2]))
for _ = 1, tokens do
  redis.call('LPUSH', wake, '1')
end
if tokens > 0 then
  redis.call('LTRIM', wake, 0, tonumber(ARGV[2]) - 1)
end
return pushed
