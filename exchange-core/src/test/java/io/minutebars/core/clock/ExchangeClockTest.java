package io.minutebars.core.clock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ExchangeClockTest {
    @Test
    void runsAtItsSpeedFromTheExchangesTimeOnceSynced() {
        ExchangeClock clock = new ExchangeClock(60);
        assertFalse(clock.synced(), "the local clock until the exchange answered");
        long read = System.nanoTime();
        clock.anchor(1_709_251_200_000L, read - 1_000_000_000L); // read one wall second ago
        assertTrue(clock.synced());
        long now = clock.now();
        assertTrue(now >= 1_709_251_200_000L + 60_000 && now < 1_709_251_200_000L + 120_000,
                "one wall second is one simulated minute at 60x: " + now);
        assertEquals(60, clock.speed());
        assertThrows(IllegalArgumentException.class, () -> new ExchangeClock(0));
    }
}
