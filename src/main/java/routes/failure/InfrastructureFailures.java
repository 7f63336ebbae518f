package routes.failure;

import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.RedisException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.data.redis.RedisConnectionFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells our own servers failing (PostgreSQL or Redis down, slow, out of connections) from what a
 * site or a page caused, whatever Camel or Spring wrapped the failure in: a bean expression's
 * {@code RuntimeBeanExpressionException} around a {@code RedisSystemException} around Lettuce's
 * timeout is still Redis being away. The whole cause chain is read, not only the outermost or
 * innermost exception.
 */
public final class InfrastructureFailures {

    /**
     * SQLSTATE classes and codes that say the database, not the statement, failed: connection
     * exceptions (08), insufficient resources (53), operator intervention such as a shutdown or
     * "cannot connect now" (57), system errors (58), and the concurrency failures a retry resolves
     * (serialization failure, deadlock, lock not available).
     */
    private static final Set<String> SQL_STATE_CLASSES = Set.of("08", "53", "57", "58");
    private static final Set<String> SQL_STATES = Set.of("40001", "40P01", "55P03");
    /** Redis error replies that come from a bug of ours (a script or a type mix-up), which no wait cures. */
    private static final Set<String> REDIS_USAGE_ERRORS = Set.of("ERR", "WRONGTYPE", "NOSCRIPT");

    private InfrastructureFailures() {
    }

    public static boolean isInfrastructure(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, true) == null; t = t.getCause()) {
            if (isInfrastructureItself(t)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isInfrastructureItself(Throwable t) {
        if (t instanceof DataAccessResourceFailureException || t instanceof TransientDataAccessException
                || t instanceof RecoverableDataAccessException || t instanceof CannotCreateTransactionException
                || t instanceof TransactionSystemException || t instanceof RedisConnectionFailureException) {
            return true;
        }
        if (t instanceof RedisCommandExecutionException reply) {
            String message = reply.getMessage() == null ? "" : reply.getMessage();
            int space = message.indexOf(' ');
            return !REDIS_USAGE_ERRORS.contains(space < 0 ? message : message.substring(0, space));
        }
        if (t instanceof RedisException) {
            return true; // timeouts, lost connections, interrupted commands, LOADING, BUSY, READONLY
        }
        if (t instanceof SQLTransientException || t instanceof SQLRecoverableException) {
            return true;
        }
        if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().length() == 5) {
            String state = sql.getSQLState();
            return SQL_STATE_CLASSES.contains(state.substring(0, 2)) || SQL_STATES.contains(state);
        }
        return false;
    }
}
