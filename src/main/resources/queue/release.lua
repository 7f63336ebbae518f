-- Give leased tasks back at once (a worker stopping), to their place in their lane.
-- ARGV: 1 prefix, 2 lane capacity, then lease members ("<priority index>:<id>").
local capacity = tonumber(ARGV[2])
local released = 0
for i = 3, #ARGV do
  local id = endLease(ARGV[i])
  local lane = id and requeue(id)
  if lane then
    rescore(lane, capacity)
    released = released + 1
  end
end
return released
