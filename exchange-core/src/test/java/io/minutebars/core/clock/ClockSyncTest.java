package io.minutebars.core.clock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClockSyncTest {
    static final long MS = 1_000_000L;

    /** A clock read at the given local instants (ms): each read returns the next one. */
    static final class FakeNanos {
        final ArrayDeque<Long> reads = new ArrayDeque<>();
        long last;

        long next() {
            last = reads.isEmpty() ? last : reads.poll() * MS;
            return last;
        }
    }

    @Test
    void anchorsOnTheReadWithTheShortestRoundTrip() throws Exception {
        FakeNanos nanos = new FakeNanos();
        // three reads: a cold one of 900 ms, a quick one of 10 ms, one of 300 ms (start and end of each, then the
        // sync's own timestamp)
        nanos.reads.addAll(List.of(0L, 900L, 1000L, 1010L, 2000L, 2300L, 2300L));
        ArrayDeque<Long> server = new ArrayDeque<>(List.of(50_000L, 60_005L, 70_150L));
        ExchangeClock clock = new ExchangeClock(60);
        new ClockSync(clock, 3, nanos::next).sync(server::poll);
        // the quick read: server time 60,005 at local 1,005 ms; 60x later, 10 local ms are 600 exchange ms
        long nowNanos = System.nanoTime();
        long expectedAnchorNanos = 1005 * MS;
        assertEquals(60_005L + (long) ((nowNanos - expectedAnchorNanos) / 1_000_000.0 * 60), clock.now(), 60.0 * 2);
    }

    @Test
    void aResyncIsClaimedOnceAfterTheGap() throws Exception {
        long[] now = {0};
        ClockSync sync = new ClockSync(new ExchangeClock(1), 1, () -> now[0]);
        sync.sync(() -> 1L);
        now[0] = 4_000 * MS;
        assertFalse(sync.claimResync(5_000 * MS), "synced 4 s ago");
        now[0] = 6_000 * MS;
        assertTrue(sync.claimResync(5_000 * MS));
        assertFalse(sync.claimResync(5_000 * MS), "claimed already");
    }
}
