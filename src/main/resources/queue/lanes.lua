-- Lanes: the part every queue script shares (prepended to it). A task belongs to a lane (the host
-- it fetches from): each lane keeps its queued tasks in a sorted set, and an index of lanes holds,
-- per lane, the moment it may next be claimed from. A lane waits while it holds its capacity of
-- leases, or until the moment its politeness (claim spacing, a deferral) names; claiming looks
-- only at lanes whose moment has come, so a waiting lane costs no worker anything.
-- ARGV[1]: the queue's key prefix ("caravan:<queue>").
local prefix = ARGV[1]
local K = {
  payloads = prefix .. ':payloads',   -- id -> payload
  meta = prefix .. ':meta',           -- id -> "<score> <lane>": where the task goes back to
  leases = prefix .. ':leases',       -- "<priority>:<id>" -> lease deadline (ms)
  lanes = prefix .. ':lanes',         -- lane -> when it may next be claimed from (ms)
  leased = prefix .. ':lane-leased',  -- lane -> leases it holds
  notBefore = prefix .. ':lane-next', -- lane -> its politeness moment (ms)
  vtime = prefix .. ':lane-vtime',    -- lane -> sequence of the last task claimed (fair queueing)
  queued = prefix .. ':queued',       -- priority index -> tasks queued in every lane
  deferred = prefix .. ':deferred',   -- tasks handed back because their lane was not ready
}
-- a task's score: its priority, then its place in the lane's fair order
local BAND = 1e13
-- A lane at capacity is looked at again after this: its leases end on other workers too, and
-- only the worker that acknowledges is told at once; every other one must get its turn soon.
local RECHECK_MS = 50

local clock = redis.call('TIME')
local now = tonumber(clock[1]) * 1000 + math.floor(tonumber(clock[2]) / 1000)

local function laneKey(lane) return prefix .. ':lane:' .. lane end
local function groupsKey(lane) return prefix .. ':lane-groups:' .. lane end
local function band(score) return math.floor(score / BAND) end
local function idOf(member) return string.sub(member, string.find(member, ':', 1, true) + 1) end

-- the task's score and lane, or nil
local function metaOf(id)
  local m = redis.call('HGET', K.meta, id)
  if not m then return nil end
  local sep = string.find(m, ' ', 1, true)
  return tonumber(string.sub(m, 1, sep - 1)), string.sub(m, sep + 1)
end

-- Sets the lane's place in the index: gone when it has no task queued, at RECHECK_MS when it holds
-- its capacity (capacity 0: none), else at its politeness moment or now.
local function rescore(lane, capacity)
  local leased = tonumber(redis.call('HGET', K.leased, lane) or '0')
  if redis.call('EXISTS', laneKey(lane)) == 0 then
    -- nothing queued: the lane leaves the index; its fair order restarts once nothing is leased either
    redis.call('ZREM', K.lanes, lane)
    redis.call('DEL', groupsKey(lane))
    if leased == 0 then redis.call('HDEL', K.vtime, lane) end
    return
  end
  if capacity > 0 and leased >= capacity then
    redis.call('ZADD', K.lanes, now + RECHECK_MS, lane)
    return
  end
  local moment = tonumber(redis.call('HGET', K.notBefore, lane) or '0')
  redis.call('ZADD', K.lanes, math.max(moment, now), lane)
end

-- Puts a task back in its lane, at the place it had; returns its lane (nil: the task is gone).
-- The caller then rescores the lane.
local function requeue(id)
  if redis.call('HEXISTS', K.payloads, id) == 0 then return nil end
  local score, lane = metaOf(id)
  if not score then return nil end
  redis.call('ZADD', laneKey(lane), score, id)
  redis.call('HINCRBY', K.queued, band(score), 1)
  return lane
end

-- Ends a lease (ack, release, deferral, expiry); returns the task's id and lane, or nil when the
-- lease was not held (already ended, or expired and handed to another worker).
local function endLease(member)
  if redis.call('ZREM', K.leases, member) == 0 then return nil end
  local id = idOf(member)
  local _, lane = metaOf(id)
  if lane and redis.call('HINCRBY', K.leased, lane, -1) <= 0 then
    redis.call('HDEL', K.leased, lane)
  end
  return id, lane
end
