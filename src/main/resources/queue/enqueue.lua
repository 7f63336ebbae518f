-- Enqueue tasks that are not already in flight.
-- KEYS: 1 payloads hash, 2 wake list, 3..6 ready lists (urgent, high, normal, low)
-- ARGV: 1 max wake tokens, then triples: id, priority index (1..4), payload
-- HSETNX makes enqueue idempotent: a task already queued or leased is not pushed twice,
-- so callers may re-offer the whole frontier after a crash without duplicating work.
local pushed = 0
for i = 2, #ARGV, 3 do
  if redis.call('HSETNX', KEYS[1], ARGV[i], ARGV[i + 2]) == 1 then
    redis.call('LPUSH', KEYS[2 + tonumber(ARGV[i + 1])], ARGV[i])
    pushed = pushed + 1
  end
end
-- One wake token per new task, capped: wakes that many idle workers, no more.
local tokens = math.min(pushed, tonumber(ARGV[1]))
for _ = 1, tokens do
  redis.call('LPUSH', KEYS[2], '1')
end
if tokens > 0 then
  redis.call('LTRIM', KEYS[2], 0, tonumber(ARGV[1]) - 1)
end
return pushed
