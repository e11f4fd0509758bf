package io.minutebars.query.config;

import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * Per-client token buckets on the read API ({@code query.rate-limit.*}): a client is the holder of a valid key
 * when it sends one, else its address. A bucket holds {@code capacity} requests (the burst) and refills at
 * {@code refill-per-second}; an empty one answers 429.
 */
public interface RateLimitConfig {
    /** Off only where something in front already limits (or for a benchmark: raise the limits instead). */
    @WithDefault("true")
    boolean enabled();

    /** Burst of a client without a key (per address). */
    @WithDefault("200")
    long capacity();

    @WithDefault("50")
    long refillPerSecond();

    /** Clients with a key are known and accountable: a higher limit, per key holder. */
    @WithDefault("1000")
    long keyedCapacity();

    @WithDefault("250")
    long keyedRefillPerSecond();

    /** Buckets kept in memory; beyond it the least recently used are dropped (bounded memory under many addresses). */
    @WithDefault("100000")
    long maxClients();

    /**
     * A bucket unused this long is dropped. Keep it longer than a full refill (capacity / refill) so that dropping
     * a bucket never hands out more than its refill would have.
     */
    @WithDefault("PT10M")
    Duration idleExpiry();
}
