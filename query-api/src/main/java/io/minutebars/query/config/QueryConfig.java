package io.minutebars.query.config;

import io.minutebars.model.Interval;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;

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

    MaxSpan maxSpan();

    RateLimitConfig rateLimit();

    ConcurrencyConfig concurrency();

    CursorConfig cursor();

    Cache cache();

    Markets markets();

    Stats stats();

    Composite composite();

    Rankings rankings();

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

    /** GET /api/v1/stats: indicator defaults and the bounds a client may ask for (see docs/statistics.md). */
    interface Stats {
        @WithDefault("14")
        int rsiPeriod();

        /** Wilder smoothing steps between the RSI seed and the bar (the fixed window that makes it range-independent). */
        @WithDefault("100")
        int rsiWarmup();

        /** Log returns in the rolling standard deviation. */
        @WithDefault("20")
        int volWindow();

        /** n of the n-period simple return. */
        @WithDefault("5")
        int returnPeriods();

        /** Annualisation: periods per year = days-per-year x 1440 / interval minutes (crypto trades 24/7). */
        @WithDefault("365")
        double daysPerYear();

        /** How many bars back an EMPTY bar may look for the close it carries. */
        @WithDefault("1440")
        int maxCarryBars();

        @WithDefault("200")
        int maxRsiPeriod();

        @WithDefault("1000")
        int maxRsiWarmup();

        @WithDefault("1000")
        int maxVolWindow();

        @WithDefault("1000")
        int maxReturnPeriods();

        /** Points (interval slots) per page. */
        @WithDefault("1000")
        int defaultLimit();

        @WithDefault("1440")
        int maxLimit();

        /**
         * Wilder steps one page may cost, limit x (rsiPeriod + rsiWarmup): each point's RSI is computed over its own
         * window, so the largest parameters together cost seconds of CPU (about 0.4 us a step). Beyond it a 400
         * says which limit fits, before anything is computed.
         */
        @WithDefault("500000")
        long maxRsiSteps();
    }

    /** GET /api/v1/composite. */
    interface Composite {
        /** Quote families by name, e.g. {@code query.composite.families.usd=USD,USDT,USDC}; usd alone when none is set. */
        Map<String, List<String>> families();

        @WithDefault("usd")
        String defaultFamily();

        /** k of the outlier rule |p - median| > k x 1.4826 x MAD. */
        @WithDefault("5")
        BigDecimal madMultiplier();

        /** When MAD is 0: exclude a price more than this fraction away from the median. */
        @WithDefault("0.02")
        BigDecimal minDeviation();

        /** Outliers are screened only with at least this many venues left. */
        @WithDefault("3")
        int minVenuesForOutliers();

        @WithDefault("1000")
        int defaultLimit();

        @WithDefault("1440")
        int maxLimit();
    }

    /** GET /api/v1/rankings. */
    interface Rankings {
        /** Markets in the top and in the bottom list. */
        @WithDefault("5")
        int defaultN();

        @WithDefault("100")
        int maxN();

        /** n of the n-period return ranked by (bounded by query.stats.max-return-periods). */
        @WithDefault("5")
        int returnPeriods();

        /** Interval closes per page. */
        @WithDefault("60")
        int defaultLimit();

        @WithDefault("1440")
        int maxLimit();
    }
}
