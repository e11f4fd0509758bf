package io.minutebars.core.config;

import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** minutebars.resume.* of ExchangeConfig. */
public interface ResumeConfig {
    /** Rows per REST page when resuming or backfilling. */
    @WithDefault("1000")
    int pageSize();

    /** Attempts to close the hole between REST history and the live stream before declaring a gap. */
    @WithDefault("20")
    int maxAttempts();

    @WithDefault("PT0.25S")
    Duration retryDelay();

    /** Live trades kept per market while a resume runs; beyond it the minutes are declared GAP. */
    @WithDefault("200000")
    int bufferLimit();

    /**
     * The read API (query-api) asked where a market's stored bars end when it has no readable checkpoint, e.g.
     * {@code http://query-api:8080}; unset: such a market starts from now.
     */
    Optional<String> storeUrl();

    /** A read key for {@link #storeUrl()} when the read API requires one. */
    Optional<String> storeKey();

    /** Where the service starts the first time it sees a market: this long before now, floored to the minute. */
    @WithDefault("PT0S")
    Duration startLookback();
}
