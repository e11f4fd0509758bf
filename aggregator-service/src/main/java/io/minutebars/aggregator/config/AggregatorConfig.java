package io.minutebars.aggregator.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "aggregator")
public interface AggregatorConfig {
    /** MongoDB database holding the {@code bars} and {@code markets} collections. */
    @WithDefault("minutebars")
    String database();

    /** Attempts of an optimistic bucket write before the message is dead-lettered. */
    @WithDefault("10")
    int writeAttempts();

    Retention retention();

    Retry retry();

    /**
     * RabbitMQ type of the aggregator's queues and dead-letter queues: {@code quorum} in production, {@code classic}
     * on a single local broker (the connector declares them from mp.messaging.incoming.*.queue.x-queue-type).
     */
    @WithDefault("quorum")
    String queueType();

    /** A message whose store is down goes back to the broker after this backoff (doubling up to the max). */
    interface Retry {
        @WithDefault("PT0.5S")
        java.time.Duration initialBackoff();

        @WithDefault("PT30S")
        java.time.Duration maxBackoff();
    }

    /** A bar message larger than this is dead-lettered unread (a backfill batch of 1,000 bars is about 600 KB). */
    @WithDefault("16777216")
    int maxMessageBytes();

    /** A bar message holding more bars than this is dead-lettered unread. */
    @WithDefault("10000")
    int maxBarsPerMessage();

    /** How long bars are kept, per interval; removed by a scheduled job (a TTL index alone is not relied on). */
    interface Retention {
        @WithDefault("P400D")
        java.time.Duration m1();

        /** 5m and 15m rollups. */
        @WithDefault("P1100D")
        java.time.Duration minutes();

        /** 1h, 4h and 1d rollups. */
        @WithDefault("P3650D")
        java.time.Duration hours();
    }
}
