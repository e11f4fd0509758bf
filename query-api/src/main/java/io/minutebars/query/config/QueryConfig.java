package io.minutebars.query.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Every tunable of the read side, with production defaults. */
@ConfigMapping(prefix = "query")
public interface QueryConfig {

    /** MongoDB database the aggregator writes (read-only here). */
    @WithDefault("minutebars")
    String database();

    /** Page size when the client gives no {@code limit}. */
    @WithDefault("1000")
    int defaultLimit();

    /** Largest {@code limit} a client may ask for. */
    @WithDefault("10000")
    int maxLimit();

    /** How far back {@code start} defaults from {@code end} when the client omits it. */
    @WithDefault("P1D")
    Duration defaultSpan();

    /**
     * Longest request URI (path and query) answered; longer ones get a 414 problem. The HTTP layer's own line limit
     * (quarkus.http.limits.max-initial-line-length) must be above it, else it answers without a problem body.
     */
    @WithDefault("8192")
    int maxUriLength();

    /** Bound of this instance's market.stored queue (x-max-length, oldest dropped first). */
    @WithDefault("100000")
    int invalidationQueueMaxLength();

    /**
     * Wall time one request may take. Past it the work itself stops (every loop that can run long checks it, and
     * it is the MongoDB maxTime of each read) and the client gets a 503 problem, so a costly request cannot keep
     * a core busy after its answer would be useless.
     */
    @WithDefault("PT2S")
    Duration timeBudget();

    MaxSpanConfig maxSpan();

    RateLimitConfig rateLimit();

    ConcurrencyConfig concurrency();

    CursorConfig cursor();

    Cache cache();

    Markets markets();

    StatsConfig stats();

    CompositeConfig composite();

    RankingsConfig rankings();


    interface Cache {
        /** Upper bound of the serialised bars held in memory (a day of 1m bars is about 550 KB). */
        @WithDefault("268435456")
        long maxBytes();

        /**
         * Safety net for the bucket still being written: even if an invalidation message is lost,
         * it is re-read after this long.
         */
        @WithDefault("PT5S")
        Duration openBucketMaxAge();

        /** A bucket counts as open until this long after its end (late trades, revisions). */
        @WithDefault("PT10M")
        Duration openBucketGrace();

        /** Safety net for closed buckets (an invalidation lost during a broker outage). */
        @WithDefault("PT1H")
        Duration closedBucketMaxAge();
    }

    interface Markets {
        /** How old the in-memory market list used for validation may get. */
        @WithDefault("PT30S")
        Duration refreshInterval();

        /** An unknown market triggers a re-read at most this often (new markets appear quickly). */
        @WithDefault("PT1S")
        Duration missReloadInterval();
    }
}
