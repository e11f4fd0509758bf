package io.minutebars.core.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.minutebars.core.testing.DirectGuard;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Live and backfill calls through GuardedCalls share one budget; only live calls reach into its reserve. */
class GuardedCallsBudgetTest {
    final AtomicLong now = new AtomicLong(RateLimitBudgetTest.T0);
    final RateLimitBudget budget = new RateLimitBudget(10, 3, now::get);
    final GuardedCalls live = new GuardedCalls("fake", budget, e -> { }, 10, new DirectGuard());
    final GuardedCalls backfills = live.forBackfills();

    @Test
    void aBackfillCallWaitsForTheNextMinuteWhileALiveCallProceeds() throws Exception {
        assertEquals("page", backfills.call("trades", "BTCUSDT", 7, () -> "page"));
        CompletableFuture<String> waiting = CompletableFuture.supplyAsync(() -> {
            try {
                return backfills.call("trades", "BTCUSDT", 1, () -> "late page");
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(300);
        assertFalse(waiting.isDone(), "only the reserve is left: the backfill waits");

        assertEquals("resumed", live.call("resume", "BTCUSDT", 3, () -> "resumed"));
        assertEquals(10, budget.usedThisMinute());
        assertFalse(waiting.isDone());

        now.addAndGet(60_000);
        assertEquals("late page", waiting.get(5, TimeUnit.SECONDS));
        assertEquals(1, budget.usedThisMinute());
    }

    @Test
    void bothKindsHonourTheExchangesPause() {
        budget.pauseFor(5_000);
        assertTrue(budget.reserve(1, true) > 0);
        assertTrue(budget.reserve(1, false) > 0);
    }
}
