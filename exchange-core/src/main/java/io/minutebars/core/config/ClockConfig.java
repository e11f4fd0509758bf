package io.minutebars.core.config;

import io.smallrye.config.WithDefault;
import java.time.Duration;

/** minutebars.clocksettings.* of ExchangeConfig. */
public interface ClockConfig {
    /** Exchange milliseconds per local millisecond: 1 in production, the simulator's speed in replays. */
    @WithDefault("1.0")
    double speed();

    /** Align the clock with the exchange's server time at start and periodically. */
    @WithDefault("true")
    boolean syncWithExchange();

    @WithDefault("PT10M")
    Duration resyncInterval();
}
