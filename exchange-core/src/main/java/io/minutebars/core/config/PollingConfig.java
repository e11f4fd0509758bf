package io.minutebars.core.config;

import io.smallrye.config.WithDefault;
import java.time.Duration;

/** For sources without a trade stream (Nomics-compatible APIs): poll the source's 1m candles. */
public interface PollingConfig {
    @WithDefault("false")
    boolean enabled();

    /** How often candles are polled (the Quarkus Scheduler runs the poll; see KlinePoller). */
    @WithDefault("PT1M")
    Duration interval();

    /** How far back the first poll of a market starts. */
    @WithDefault("PT1H")
    Duration lookback();

    /** Candles per request window: a long outage is caught up in windows of this size. */
    @WithDefault("PT12H")
    Duration window();
}
