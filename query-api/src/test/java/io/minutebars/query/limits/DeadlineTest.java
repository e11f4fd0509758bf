package io.minutebars.query.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.minutebars.model.Interval;
import io.minutebars.query.cache.BucketBars;
import io.minutebars.query.problem.QueryProblemException;
import io.minutebars.query.service.BarPager;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** A request over its time budget stops its work (see also BucketCacheTest and IndicatorsTest). */
class DeadlineTest {
    static final long JAN1 = 1704067200000L;
    static final long DAY = 86_400_000L;
    static final long MS = 1_000_000L;

    private final AtomicLong nanos = new AtomicLong();

    @Test
    void expiresAfterItsBudgetWithTheTimeBudgetProblem() {
        Deadline d = Deadline.after(Duration.ofMillis(100), nanos::get);
        d.check();
        assertEquals(100, d.remainingMillis());
        nanos.addAndGet(99 * MS);
        d.check();
        assertEquals(1, d.remainingMillis());
        nanos.addAndGet(MS);
        QueryProblemException e = assertThrows(QueryProblemException.class, d::check);
        assertEquals(503, e.status());
        assertEquals("time-budget-exceeded", e.slug());
        assertEquals(1L, e.retryAfterSeconds());
        assertTrue(e.getMessage().contains("time budget of 100 ms"), e.getMessage());
        assertEquals(0, Deadline.NONE.remainingMillis(), "no MongoDB maxTime without a budget");
    }

    @Test
    void pagingStopsReadingBucketsAtTheDeadline() {
        AtomicInteger loads = new AtomicInteger();
        Deadline d = Deadline.after(Duration.ofMillis(450), nanos::get);
        // each bucket read takes 100 ms: 31 days would take 3.1 s
        assertThrows(QueryProblemException.class, () -> BarPager.page(Interval.M1, JAN1, JAN1 + 31 * DAY, 10000, b -> {
            loads.incrementAndGet();
            nanos.addAndGet(100 * MS);
            return BucketBars.EMPTY;
        }, d));
        assertEquals(5, loads.get(), "reads stop once the budget is spent");
    }
}
