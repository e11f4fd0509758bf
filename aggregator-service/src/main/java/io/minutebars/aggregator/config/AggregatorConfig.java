package io.minutebars.aggregator.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "aggregator")
public interface AggregatorConfig {
    /** MongoDB database holding the {@code bars} and {@code markets} collections (bar-store's, through Panache). */
    @WithDefault("minutebars")
    String database();

    Retention retention();

    /**
     * RabbitMQ type of the aggregator's queues and dead-letter queues: {@code quorum} in production, {@code classic}
     * on a single local broker (the connector declares them from mp.messaging.incoming.*.queue.x-queue-type).
     */
    @WithDefault("quorum")
    String queueType();

    /** A bar message larger than this is dead-lettered unread (a backfill batch of 1,000 bars is about 600 KB). */
    @WithDefault("16777216")
    int maxMessageBytes();

    /** A bar message holding more bars than this is dead-lettered unread. */
    @WithDefault("10000")
    int maxBarsPerMessage();

    Outage outage();

    DeadLetters deadLetters();

    /**
     * A store (MongoDB, PostgreSQL) that fails transiently: the message is requeued after a backoff that doubles
     * from {@code initial-backoff} to {@code max-backoff} per consecutive failure, never dead-lettered.
     */
    interface Outage {
        @WithDefault("PT0.5S")
        Duration initialBackoff();

        /** With 32 messages prefetched, 32 x (30 s + a failing attempt) stays below RabbitMQ's 30 min ack timeout. */
        @WithDefault("PT30S")
        Duration maxBackoff();

        /** While a store is failing it is pinged this often, so an idle replica notices it is back. */
        @WithDefault("PT5S")
        Duration probeInterval();
    }

    /** The operator's view of the dead-letter queues and their replay. */
    interface DeadLetters {
        /** The most messages one replay request moves (its default {@code limit}). */
        @WithDefault("10000")
        int replayMax();

        /** Reasons shown per queue by {@code GET /api/v1/dead-letters}. */
        @WithDefault("5")
        int reasons();

        /** How long a replayed message may wait for the broker's confirm before the replay stops. */
        @WithDefault("PT10S")
        Duration confirmTimeout();
    }

    /** How long bars are kept, per interval; removed by a scheduled job (a TTL index alone is not relied on). */
    interface Retention {
        @WithDefault("P400D")
        Duration m1();

        /** 5m and 15m rollups. */
        @WithDefault("P1100D")
        Duration minutes();

        /** 1h, 4h and 1d rollups. */
        @WithDefault("P3650D")
        Duration hours();
    }
}
