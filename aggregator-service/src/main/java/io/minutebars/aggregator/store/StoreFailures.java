package io.minutebars.aggregator.store;

import com.mongodb.MongoConnectionPoolClearedException;
import com.mongodb.MongoException;
import com.mongodb.MongoExecutionTimeoutException;
import com.mongodb.MongoInterruptedException;
import com.mongodb.MongoNodeIsRecoveringException;
import com.mongodb.MongoNotPrimaryException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;

/**
 * Tells a failure that passes with time (the store is down, restarting, electing a primary, overloaded) from one
 * that never will. Only the latter may dead-letter a message: the former waits and retries, or an outage would
 * park every bar that arrives during it.
 */
public final class StoreFailures {
    /** PostgreSQL: admin shutdown, crash shutdown, cannot connect now, too many connections, serialization. */
    private static final Set<String> TRANSIENT_SQL_STATES = Set.of("57P01", "57P02", "57P03", "53300", "40001", "40P01");

    private StoreFailures() {
    }

    public static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof MongoSocketException || t instanceof MongoTimeoutException
                    || t instanceof MongoNotPrimaryException || t instanceof MongoNodeIsRecoveringException
                    || t instanceof MongoExecutionTimeoutException || t instanceof MongoInterruptedException
                    || t instanceof MongoConnectionPoolClearedException || t instanceof BucketContentionException) {
                return true;
            }
            if (t instanceof MongoException m && (m.hasErrorLabel(MongoException.TRANSIENT_TRANSACTION_ERROR_LABEL)
                    || m.hasErrorLabel("RetryableWriteError"))) {
                return true;
            }
            if (t instanceof SQLTransientException || t instanceof SQLRecoverableException) {
                return true;
            }
            if (t instanceof SQLException s && isTransientSql(s)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTransientSql(SQLException s) {
        String state = s.getSQLState();
        if (state != null) {
            return state.startsWith("08") || TRANSIENT_SQL_STATES.contains(state);
        }
        // the connection pool waiting for a connection to a database that does not answer
        return s.getMessage() != null && s.getMessage().contains("Acquisition timeout");
    }
}
