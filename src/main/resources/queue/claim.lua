-- Lease up to ARGV[4] tasks from the lanes that may be claimed from now: highest priority first,
-- then the lane that has waited longest; from each lane at most its free capacity, and no more
-- than its rate allows in this turn, after which the lane waits its spacing.
-- ARGV: 1 prefix, 2 lane capacity (leases a lane may hold; 0: no limit), 3 lease (ms),
--       4 max tasks, 5 lane spacing (ms between claims from one lane; 0: none),
--       6 lanes looked at per claim, 7 how early a lane may be claimed from (ms): its task then
--       waits that little for its host's moment in the worker, rather than reaching the host late
--       by a claim's and a dispatch's latency
-- Returns {ms until the next waiting lane may be claimed from (-1: no lane waits), lease member
-- ("<priority index>:<id>"), payload, ...}.
local capacity = tonumber(ARGV[2])
local deadline = now + tonumber(ARGV[3])
local max = tonumber(ARGV[4])
local spacing = tonumber(ARGV[5])
local due = now + tonumber(ARGV[7])

-- A lease that ran out belongs to a worker that died or hung: its task goes back to its place in
-- its lane, so nothing a crashed worker held is lost.
local expired = redis.call('ZRANGEBYSCORE', K.leases, '-inf', now, 'LIMIT', 0, 1000)
for _, member in ipairs(expired) do
  local id = endLease(member)
  local lane = id and requeue(id)
  if lane then rescore(lane, capacity) end
end

-- the lanes whose moment has come, ordered by the priority of the task at their head
local candidates = {}
local ready = redis.call('ZRANGEBYSCORE', K.lanes, '-inf', due, 'LIMIT', 0, tonumber(ARGV[6]))
for position, lane in ipairs(ready) do
  local head = redis.call('ZRANGE', laneKey(lane), 0, 0, 'WITHSCORES')
  local leased = tonumber(redis.call('HGET', K.leased, lane) or '0')
  local moment = tonumber(redis.call('HGET', K.notBefore, lane) or '0')
  if #head == 0 or moment > due or (capacity > 0 and leased >= capacity) then
    rescore(lane, capacity)
  else
    candidates[#candidates + 1] = {lane = lane, band = band(tonumber(head[2])), position = position, leased = leased}
  end
end
table.sort(candidates, function(a, b)
  if a.band ~= b.band then return a.band < b.band end
  return a.position < b.position
end)

-- how many tasks one lane gives per claim: what its rate allows in 100 ms, at least one
local burst = spacing > 0 and math.max(1, math.floor(100 / spacing)) or max
local claimed = {-1}
local count = 0

local function takeFrom(c, limit)
  local take = math.min(limit, burst - c.taken, max - count)
  if capacity > 0 then take = math.min(take, capacity - c.leased - c.taken) end
  if take <= 0 then return end
  local popped = redis.call('ZPOPMIN', laneKey(c.lane), take)
  for j = 1, #popped, 2 do
    local id, score = popped[j], tonumber(popped[j + 1])
    redis.call('HINCRBY', K.queued, band(score), -1)
    local payload = redis.call('HGET', K.payloads, id)
    if payload then
      local member = band(score) .. ':' .. id
      redis.call('ZADD', K.leases, deadline, member)
      claimed[#claimed + 1] = member
      claimed[#claimed + 1] = payload
      c.taken = c.taken + 1
      count = count + 1
      c.vtime = math.max(c.vtime, score % BAND)
    else
      redis.call('HDEL', K.meta, id)
    end
  end
end

-- first every lane its share of the claim (hosts by turns), then what is left to those with more
for _, c in ipairs(candidates) do
  c.taken = 0
  c.vtime = tonumber(redis.call('HGET', K.vtime, c.lane) or '0')
  takeFrom(c, math.ceil(max / #candidates))
end
for _, c in ipairs(candidates) do
  if count >= max then break end
  takeFrom(c, max)
end
for _, c in ipairs(candidates) do
  if c.taken > 0 then
    redis.call('HINCRBY', K.leased, c.lane, c.taken)
    redis.call('HSET', K.vtime, c.lane, c.vtime)
    if spacing > 0 then
      local moment = math.max(now, tonumber(redis.call('HGET', K.notBefore, c.lane) or '0'))
      redis.call('HSET', K.notBefore, c.lane, string.format('%.3f', moment + c.taken * spacing))
    end
  end
  rescore(c.lane, capacity)
end

local next = redis.call('ZRANGE', K.lanes, 0, 0, 'WITHSCORES')
if #next > 0 then
  claimed[1] = math.max(0, math.ceil(tonumber(next[2]) - due))
end
return claimed
