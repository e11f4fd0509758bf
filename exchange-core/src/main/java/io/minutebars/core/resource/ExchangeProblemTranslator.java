package io.minutebars.core.resource;

import io.minutebars.core.backfill.TooManyJobsException;
import io.minutebars.service.problem.BadArgumentTranslator;
import io.minutebars.service.problem.ProblemException;
import jakarta.inject.Singleton;

/**
 * The exchange services' own failures for service-common's ProblemMapper: a refused argument is a 400 with its
 * message, a full backfill queue a 429 to retry in a minute.
 */
@Singleton
public class ExchangeProblemTranslator extends BadArgumentTranslator {
    @Override
    public ProblemException translate(Throwable failure) {
        if (failure instanceof TooManyJobsException) {
            return ProblemException.ofStatus(429, failure.getMessage()).header("Retry-After", 60);
        }
        return super.translate(failure);
    }
}
