package io.minutebars.query.config;

import io.minutebars.model.Interval;
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

    /** Bound of this instance's market.stored queue (x-max-length, oldest dropped first). */
    @WithDefault("100000")
    int invalidationQueueMaxLength();

    MaxSpan maxSpan();

    Cache cache();

    Markets markets();

    /** Longest {@code end - start} one request may cover, per interval (bounds the buckets read). */
    interface MaxSpan {
        @WithDefault("P31D")
        Duration m1();

        @WithDefault("P93D")
        Duration m5();

        @WithDefault("P186D")
        Duration m15();

        @WithDefault("P732D")
        Duration h1();

        @WithDefault("P1830D")
        Duration h4();

        @WithDefault("P36600D")
        Duration d1();

        default Duration of(Interval interval) {
            return switch (interval) {
                case M1 -> m1();
                case M5 -> m5();
                case M15 -> m15();
                case H1 -> h1();
                case H4 -> h4();
                case D1 -> d1();
            };
        }
    }

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
