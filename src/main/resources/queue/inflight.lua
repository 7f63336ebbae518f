-- Take one of a host's request slots shared by every worker process, if one is free.
-- KEYS: 1 the host's in-flight zset.  ARGV: 1 now (ms), 2 slot expiry (ms), 3 max slots, 4 slot id
-- A slot whose holder died expires, so a crashed worker cannot keep a host's slots forever.
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[1])
if redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[3]) then
  redis.call('ZADD', KEYS[1], ARGV[2], ARGV[4])
  redis.call('PEXPIREAT', KEYS[1], ARGV[2])
  return 1
end
return 0
