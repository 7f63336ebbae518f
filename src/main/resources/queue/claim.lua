-- Lease up to ARGV[3] tasks, highest priority first.
-- KEYS: 1 payloads hash, 2 wake list, 3..6 ready lists (urgent, high, normal, low), 7 leases zset
-- ARGV: 1 now (ms), 2 lease deadline (ms), 3 max tasks
-- Returns a flat list: lease member ("<priority index>:<id>"), payload, ...
local now = tonumber(ARGV[1])

-- A lease that ran out belongs to a worker that died or hung: its task goes back to the
-- head of its ready list, so nothing a crashed worker held is lost.
local expired = redis.call('ZRANGEBYSCORE', KEYS[7], '-inf', now, 'LIMIT', 0, 1000)
for _, member in ipairs(expired) do
  redis.call('ZREM', KEYS[7], member)
  local sep = string.find(member, ':', 1, true)
  local priority = tonumber(string.sub(member, 1, sep - 1))
  local id = string.sub(member, sep + 1)
  if redis.call('HEXISTS', KEYS[1], id) == 1 then
    redis.call('RPUSH', KEYS[2 + priority], id)
  end
end

local claimed = {}
local max = tonumber(ARGV[3])
local count = 0
for priority = 1, 4 do
  while count < max do
    local id = redis.call('RPOP', KEYS[2 + priority])
    if not id then break end
    local payload = redis.call('HGET', KEYS[1], id)
    if payload then
      local member = priority .. ':' .. id
      redis.call('ZADD', KEYS[7], ARGV[2], member)
      claimed[#claimed + 1] = member
      claimed[#claimed + 1] = payload
      count = count + 1
    end
  end
  if count >= max then break end
end
return claimed
