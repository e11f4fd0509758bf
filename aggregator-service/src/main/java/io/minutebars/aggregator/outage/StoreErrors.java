package io.minutebars.aggregator.outage;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoConnectionPoolClearedException;
import com.mongodb.MongoException;
import com.mongodb.MongoExecutionTimeoutException;
import com.mongodb.MongoInterruptedException;
import com.mongodb.MongoNodeIsRecoveringException;
import com.mongodb.MongoNotPrimaryException;
import com.mongodb.MongoOperationTimeoutException;
import com.mongodb.MongoSecurityException;
import com.mongodb.MongoServerException;
import com.mongodb.MongoServerUnavailableException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoStalePrimaryException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.MongoWriteConcernException;
import com.mongodb.WriteConcernException;
import io.minutebars.store.BucketContention;
import java.io.InterruptedIOException;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;

/**
 * Tells a store failure that passes (the store is unreachable, has no writable primary, timed out, refused our
 * credentials, or lost the connection) from one that the message itself causes and that will never succeed
 * (a duplicate key that cannot resolve, a document too large, a value a column cannot hold). Only the latter
 * may go to a dead-letter queue: the former is retried until the store is back.
 */
public final class StoreErrors {
    /**
     * MongoDB server codes of passing conditions: HostUnreachable, HostNotFound, Unauthorized,
     * AuthenticationFailed, MaxTimeMSExpired, WriteConcernFailed, NetworkTimeout, ShutdownInProgress, WriteConflict,
     * FailedToSatisfyReadPreference, ReadConcernMajorityNotAvailableYet, PrimarySteppedDown, ExceededTimeLimit,
     * SocketException, LegacyNotPrimary, NotWritablePrimary, InterruptedAtShutdown, Interrupted,
     * InterruptedDueToReplStateChange, NotPrimaryNoSecondaryOk, NotPrimaryOrSecondary.
     */
    private static final Set<Integer> TRANSIENT_CODES = Set.of(6, 7, 13, 18, 50, 64, 89, 91, 112, 133, 134, 189, 262,
            9001, 10058, 10107, 11600, 11601, 11602, 13435, 13436);

    private StoreErrors() {
    }

    /** True when retrying the same message later may succeed; walks the cause chain. */
    public static boolean isTransient(Throwable e) {
        int depth = 0;
        for (Throwable t = e; t != null && depth < 32; t = t.getCause() == t ? null : t.getCause(), depth++) {
            if (isTransientItself(t)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTransientItself(Throwable t) {
        if (t instanceof MongoSocketException || t instanceof MongoTimeoutException
                || t instanceof MongoOperationTimeoutException || t instanceof MongoNotPrimaryException
                || t instanceof MongoNodeIsRecoveringException || t instanceof MongoStalePrimaryException
                || t instanceof MongoExecutionTimeoutException || t instanceof MongoWriteConcernException
                || t instanceof WriteConcernException || t instanceof MongoInterruptedException
                || t instanceof MongoConnectionPoolClearedException || t instanceof MongoServerUnavailableException
                || t instanceof MongoSecurityException) {
            return true;
        }
        if (t instanceof MongoBulkWriteException b && b.getWriteConcernError() != null && b.getWriteErrors().isEmpty()) {
            return true;
        }
        if (t instanceof MongoException m && (m.hasErrorLabel("RetryableWriteError")
                || m.hasErrorLabel(MongoException.TRANSIENT_TRANSACTION_ERROR_LABEL))) {
            return true;
        }
        if (t instanceof MongoServerException s && TRANSIENT_CODES.contains(s.getCode())) {
            return true;
        }
        if (t instanceof SQLTransientException || t instanceof SQLRecoverableException
                || t instanceof SQLNonTransientConnectionException) {
            return true;
        }
        if (t instanceof SQLException s && (transientSqlState(s.getSQLState())
                // Agroal's pool found no connection in time (its SQLException carries no state)
                || s.getSQLState() == null && String.valueOf(s.getMessage()).startsWith("Sorry, acquisition timeout"))) {
            return true;
        }
        // connection refused, reset, unknown host (DNS), socket timeouts, wherever a client wrapped them
        return t instanceof SocketException || t instanceof UnknownHostException || t instanceof InterruptedIOException
                || t instanceof BucketContention;
    }

    /**
     * SQLSTATE classes 08 (connection exception), 28 (invalid authorization), 53 (insufficient resources), and
     * 57014 (statement timeout), 57P01..57P03 (administrator or crash shutdown, cannot connect now), 40001
     * (serialization failure), 40P01 (deadlock), 55P03 (lock not available). Constraint violations (23) and data
     * exceptions (22) are the message's own.
     */
    static boolean transientSqlState(String state) {
        if (state == null || state.length() != 5) {
            return false;
        }
        return state.startsWith("08") || state.startsWith("28") || state.startsWith("53")
                || Set.of("57014", "57P01", "57P02", "57P03", "40001", "40P01", "55P03").contains(state);
    }
}
