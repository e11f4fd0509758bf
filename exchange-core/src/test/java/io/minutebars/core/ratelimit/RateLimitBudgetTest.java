package io.minutebars.core.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimitBudgetTest {
    /** A minute's start, so that a window spans exactly [T0, T0 + 60 s). */
    static final long T0 = 1_700_000_040_000L;
    final AtomicLong now = new AtomicLong(T0);

    @Test
    void eachShardTakesItsShareRoundedDownAndAtLeastOne() {
        RateLimitBudget quarter = RateLimitBudget.shardShare(3000, 4, 0.3, now::get);
        assertEquals(750, quarter.weightPerMinute());
        assertEquals(225, quarter.reservedForLive());
        // rounded down: the replicas together stay within the exchange's limit
        assertEquals(1500, RateLimitBudget.shardShare(3001, 2, 0.3, now::get).weightPerMinute());
        assertEquals(3000, RateLimitBudget.shardShare(3000, 1, 0.3, now::get).weightPerMinute());
        RateLimitBudget tiny = RateLimitBudget.shardShare(5, 10, 0.3, now::get);
        assertEquals(1, tiny.weightPerMinute());
        assertEquals(0, tiny.reservedForLive());
        // out-of-range fractions are clamped
        assertEquals(0, RateLimitBudget.shardShare(100, 1, -1, now::get).reservedForLive());
        assertEquals(100, RateLimitBudget.shardShare(100, 1, 2, now::get).reservedForLive());
    }

    @Test
    void aShardSpendsNoMoreThanItsShare() {
        RateLimitBudget budget = RateLimitBudget.shardShare(3000, 3, 0, now::get);
        assertEquals(0, budget.reserve(999, true));
        assertEquals(60_000, budget.reserve(2, true));
        assertEquals(0, budget.reserve(1, true));
        assertEquals(1000, budget.usedThisMinute());
    }

    @Test
    void backfillWaitsWhenOnlyTheReserveIsLeftWhileLiveProceeds() {
        RateLimitBudget budget = new RateLimitBudget(10, 3, now::get);
        assertEquals(0, budget.reserve(7, false));
        now.addAndGet(15_000);
        assertEquals(45_000, budget.reserve(1, false), "a backfill waits for the next minute");
        assertEquals(0, budget.reserve(3, true), "a live call spends the reserve");
        assertTrue(budget.reserve(1, true) > 0, "the minute is spent");
        now.addAndGet(45_000);
        assertEquals(0, budget.reserve(7, false), "a new minute opens the unreserved part again");
    }

    @Test
    void liveWorkMaySpendTheUnreservedPartToo() {
        RateLimitBudget budget = new RateLimitBudget(10, 3, now::get);
        assertEquals(0, budget.reserve(9, true));
        assertTrue(budget.reserve(1, false) > 0);
        assertEquals(0, budget.reserve(1, true));
    }

    @Test
    void aCallHeavierThanItsAllowanceRunsAloneInAFreshMinute() {
        RateLimitBudget budget = new RateLimitBudget(10, 3, now::get);
        assertEquals(0, budget.reserve(8, false));
        assertTrue(budget.reserve(1, false) > 0);
    }

    @Test
    void nothingExceedsThePerMinuteShareNorBackfillsTheUnreservedPart() {
        RateLimitBudget budget = RateLimitBudget.shardShare(1200, 2, 0.3, now::get);
        Map<Long, Integer> spent = new HashMap<>();
        Map<Long, Integer> backfilled = new HashMap<>();
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            boolean live = random.nextInt(4) == 0;
            int weight = 1 + random.nextInt(20);
            long wait;
            while ((wait = budget.reserve(weight, live)) > 0) {
                now.addAndGet(Math.min(wait, 1_000));
            }
            long minute = Math.floorDiv(now.get(), 60_000);
            spent.merge(minute, weight, Integer::sum);
            if (!live) {
                backfilled.merge(minute, weight, Integer::sum);
            }
            now.addAndGet(random.nextInt(50));
        }
        assertTrue(spent.size() > 100, "many minutes covered");
        spent.values().forEach(w -> assertTrue(w <= 600, "spent " + w + " of 600"));
        backfilled.values().forEach(w -> assertTrue(w <= 420, "backfilled " + w + " of 420"));
    }
}
