package routes.queue;

import java.util.List;

/**
 * The queue's lanes (hosts): those that may be claimed from now and those that wait for their
 * host (its politeness moment or its capacity of leases), with the tasks queued in each kind, and
 * the lanes with the most tasks queued.
 */
public record LaneStats(long readyLanes, long waitingLanes, long readyTasks, long waitingTasks, List<Lane> busiest) {

    /**
     * @param readyInMillis how long until the lane may be claimed from (0: now)
     */
    public record Lane(String lane, long queued, long leased, long readyInMillis) {

        public boolean waiting() {
            return readyInMillis > 0;
        }
    }
}
