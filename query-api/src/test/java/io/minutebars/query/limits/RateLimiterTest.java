package io.minutebars.query.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
    private final RateLimiter limiter = new RateLimiter(new RateLimiter.Limit(3, 1), new RateLimiter.Limit(5, 1),
            1000, Duration.ofMinutes(10));

    @Test
    void aClientGetsItsBurstThenWaits() {
        for (int i = 2; i >= 0; i--) {
            RateLimiter.Decision d = limiter.acquire("10.0.0.1", false);
            assertTrue(d.allowed());
            assertEquals(3, d.limit());
            assertEquals(i, d.remaining());
        }
        RateLimiter.Decision refused = limiter.acquire("10.0.0.1", false);
        assertFalse(refused.allowed());
        assertEquals(0, refused.remaining());
        assertEquals(1, refused.retryAfterSeconds(), "one request refills in a second");
        assertEquals(3, refused.resetSeconds(), "the whole burst in three");
    }

    @Test
    void clientsAndKeyHoldersHaveTheirOwnBuckets() {
        for (int i = 0; i < 3; i++) {
            limiter.acquire("10.0.0.2", false);
        }
        assertFalse(limiter.acquire("10.0.0.2", false).allowed());
        assertTrue(limiter.acquire("10.0.0.3", false).allowed(), "another address");
        RateLimiter.Decision keyed = limiter.acquire("10.0.0.2", true);
        assertTrue(keyed.allowed(), "a key holder named like the address is another client");
        assertEquals(5, keyed.limit(), "key holders have their own limit");
    }
}
