package routes.store;

import java.util.List;
import routes.model.CrawlTask;
import routes.model.JobStatus;

/**
 * Work that belongs to a job's end and commits with it: it runs inside the transaction that ends
 * the job (by its last task, or cancelled), after the status change and before its event (the
 * last of the job's history), so what it records or queues is there exactly when the job is seen
 * ended, and never without it. Steps run
 * in their {@code @Order}.
 */
public interface JobEndStep {

    /** Returns the tasks it added to the frontier (they are offered to the queue with the job's end), or none. */
    List<CrawlTask> jobEnded(long jobId, JobStatus status);
}
