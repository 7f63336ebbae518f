package routes.model;

import java.util.EnumSet;
import java.util.Set;

/** A job's life: QUEUED → DISCOVERING → RUNNING → DONE, FAILED or CANCELLED. */
public enum JobStatus {
    QUEUED, DISCOVERING, RUNNING, DONE, FAILED, CANCELLED;

    public static final Set<JobStatus> ACTIVE = EnumSet.of(QUEUED, DISCOVERING, RUNNING);

    public boolean isActive() {
        return ACTIVE.contains(this);
    }
}
