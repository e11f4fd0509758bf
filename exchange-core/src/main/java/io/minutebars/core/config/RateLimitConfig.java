package io.minutebars.core.config;

import io.smallrye.config.WithDefault;
import java.time.Duration;

/** minutebars.rate-limit.* of ExchangeConfig. */
public interface RateLimitConfig {
    /**
     * Request weight the exchange service may spend per minute (a share of the exchange's per-IP limit), all its
     * shards together: each replica takes {@code weight-per-minute / shard.count}, rounded down, at least 1.
     */
    @WithDefault("3000")
    int weightPerMinute();

    /**
     * Fraction (0..1) of a replica's budget that only live calls (resumes, clock sync, catalog) may spend, rounded
     * down to whole weight: backfills use the rest, so a long backfill never holds up a resume.
     */
    @WithDefault("0.3")
    double reservedForLive();

    /** Pause when the exchange answers 429/418 without a Retry-After. */
    @WithDefault("PT30S")
    Duration defaultPause();
}
