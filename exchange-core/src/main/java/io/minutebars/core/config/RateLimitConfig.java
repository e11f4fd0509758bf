package io.minutebars.core.config;

import io.smallrye.config.WithDefault;
import java.time.Duration;

/** minutebars.ratelimit.* of ExchangeConfig. */
public interface RateLimitConfig {
    /** Request weight the service may spend per minute (a share of the exchange's per-IP limit). */
    @WithDefault("3000")
    int weightPerMinute();

    /** Pause when the exchange answers 429/418 without a Retry-After. */
    @WithDefault("PT30S")
    Duration defaultPause();
}
