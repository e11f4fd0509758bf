package io.minutebars.simulator.clock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class SimClockTest {

    @Test
    void simulatedTimeRunsAtTheSpeedFactor() {
        AtomicLong nanos = new AtomicLong(5_000_000_000L);
        SimClock clock = new SimClock(1_000_000L, 60, nanos::get);
        assertEquals(1_000_000L, clock.now());
        nanos.addAndGet(1_000_000_000L); // one wall second
        assertEquals(1_060_000L, clock.now());
        nanos.addAndGet(500_000L); // half a wall millisecond
        assertEquals(1_060_030L, clock.now());
    }

    @Test
    void aSpeedChangeKeepsTimeContinuous() {
        AtomicLong nanos = new AtomicLong();
        SimClock clock = new SimClock(0L, 10, nanos::get);
        nanos.addAndGet(1_000_000_000L);
        assertEquals(10_000L, clock.speed(0));
        nanos.addAndGet(5_000_000_000L);
        assertEquals(10_000L, clock.now(), "paused");
        clock.speed(2);
        nanos.addAndGet(1_000_000_000L);
        assertEquals(12_000L, clock.now());
        assertEquals(2.0, clock.speed());
        assertThrows(IllegalArgumentException.class, () -> clock.speed(-1));
    }

    @Test
    void speedZeroFreezesAndNegativeIsRefused() {
        AtomicLong nanos = new AtomicLong();
        SimClock frozen = new SimClock(42L, 0, nanos::get);
        nanos.addAndGet(10_000_000_000L);
        assertEquals(42L, frozen.now());
        assertThrows(IllegalArgumentException.class, () -> new SimClock(0, -1));
        assertThrows(IllegalArgumentException.class, () -> new SimClock(0, Double.NaN));
    }
}
