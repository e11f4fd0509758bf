package io.minutebars.query.config;

import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The statistics endpoints (stats, composite, rankings) compute at query time: at most this many at once. */
public interface ConcurrencyConfig {
    /** Beyond it a request gets a 503 problem at once (no queue: a queued request would only time out). */
    @WithDefault("4")
    int maxExpensive();

    /** The Retry-After of that 503. */
    @WithDefault("PT1S")
    Duration retryAfter();
}
