package io.minutebars.core.config;

import io.smallrye.config.WithDefault;
import java.time.Instant;
import java.util.Optional;

/** minutebars.backfill.* of ExchangeConfig. */
public interface BackfillConfig {
    /** Bars per RabbitMQ message (one bar per confirmed message would cap throughput). */
    @WithDefault("1000")
    int batchSize();

    /** Optional range backfilled at start-up for every watched market. */
    Optional<Instant> start();

    Optional<Instant> end();

    @WithDefault("2")
    int workers();
}
