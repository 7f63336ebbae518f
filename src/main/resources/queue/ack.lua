-- Finish leased tasks: drop their lease and payload.
-- KEYS: 1 payloads hash, 2 leases zset.  ARGV: lease members ("<priority index>:<id>").
for _, member in ipairs(ARGV) do
  if redis.call('ZREM', KEYS[2], member) == 1 then
    redis.call('HDEL', KEYS[1], string.sub(member, string.find(member, ':', 1, true) + 1))
  end
end
return #ARGV
