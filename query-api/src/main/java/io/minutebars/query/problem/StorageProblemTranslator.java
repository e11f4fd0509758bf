package io.minutebars.query.problem;

import com.mongodb.MongoExecutionTimeoutException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import io.minutebars.service.problem.ProblemException;
import io.minutebars.service.problem.ProblemTranslator;
import io.minutebars.store.StoredDataException;
import jakarta.inject.Singleton;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Storage failures for service-common's ProblemMapper: MongoDB out of time or out of reach is a 503 to retry
 * (nothing about the server leaks), an unreadable stored document a 500 with a reference (details in the log).
 */
@Singleton
public class StorageProblemTranslator implements ProblemTranslator {
    private static final Logger LOG = Logger.getLogger(StorageProblemTranslator.class);

    @Override
    public ProblemException translate(Throwable failure) {
        if (failure instanceof MongoExecutionTimeoutException) {
            // the read's maxTime, the request's remaining time budget, ran out on the server
            return new ProblemException(503, "time-budget-exceeded", "Time budget exceeded", "a storage read exceeded "
                    + "the request's time budget and was stopped; retry, or ask for less").header("Retry-After", 1);
        }
        if (failure instanceof MongoTimeoutException || failure instanceof MongoSocketException) {
            LOG.warnf("storage unavailable: %s", failure.getMessage());
            return new ProblemException(503, "storage-unavailable", "Storage unavailable",
                    "MongoDB did not answer; retry later").header("Retry-After", 5);
        }
        if (failure instanceof StoredDataException) {
            String reference = UUID.randomUUID().toString();
            LOG.errorf(failure, "stored data fault [%s]", reference);
            return new ProblemException(500, "stored-data", "Stored data unreadable",
                    "stored bars for this request could not be read; reference " + reference);
        }
        return null;
    }
}
