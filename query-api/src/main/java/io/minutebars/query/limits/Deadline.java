package io.minutebars.query.limits;

import io.minutebars.query.problem.QueryProblemException;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * When a request's work must stop. Every loop that can run long (bucket reads, interval slots) calls
 * {@link #check()} once per step, so a request over its budget stops computing instead of only answering late;
 * MongoDB reads get the {@link #remainingMillis()} as their maxTime.
 */
public final class Deadline {
    /** For work outside a request (tests, tools): never expires. */
    public static final Deadline NONE = new Deadline(Duration.ZERO, Long.MAX_VALUE, System::nanoTime, false);

    private final Duration budget;
    private final long expiresAt;
    private final LongSupplier nanoClock;
    private final boolean bounded;

    private Deadline(Duration budget, long expiresAt, LongSupplier nanoClock, boolean bounded) {
        this.budget = budget;
        this.expiresAt = expiresAt;
        this.nanoClock = nanoClock;
        this.bounded = bounded;
    }

    /** A deadline {@code budget} from now. */
    public static Deadline after(Duration budget) {
        return after(budget, System::nanoTime);
    }

    /** A deadline {@code budget} from now on {@code nanoClock} (tests drive the clock). */
    public static Deadline after(Duration budget, LongSupplier nanoClock) {
        return new Deadline(budget, nanoClock.getAsLong() + budget.toNanos(), nanoClock, true);
    }

    /** Throws the 503 "time budget exceeded" problem once the deadline has passed. */
    public void check() {
        if (bounded && nanoClock.getAsLong() - expiresAt >= 0) {
            throw QueryProblemException.overBudget(budget);
        }
    }

    /** Milliseconds left, at least 1 (call after {@link #check()}); 0 when unbounded, MongoDB's "no maxTime". */
    public long remainingMillis() {
        if (!bounded) {
            return 0;
        }
        return Math.max(1, (expiresAt - nanoClock.getAsLong()) / 1_000_000);
    }

    public Duration budget() {
        return budget;
    }
}
