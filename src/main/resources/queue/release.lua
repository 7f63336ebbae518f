-- Give leased tasks back at once (a worker stopping), to the head of their ready list.
-- KEYS: 1 payloads hash, 2 leases zset, 3..6 ready lists (urgent, high, normal, low)
-- ARGV: lease members ("<priority index>:<id>")
local released = 0
for _, member in ipairs(ARGV) do
  if redis.call('ZREM', KEYS[2], member) == 1 then
    local sep = string.find(member, ':', 1, true)
    local id = string.sub(member, sep + 1)
    if redis.call('HEXISTS', KEYS[1], id) == 1 then
      redis.call('RPUSH', KEYS[2 + tonumber(string.sub(member, 1, sep - 1))], id)
      released = released + 1
    end
  end
end
return released
