package io.minutebars.core.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Every tunable of an exchange service. Each service sets {@code minutebars.exchange.*} defaults. */
@ConfigMapping(prefix = "minutebars")
public interface ExchangeConfig {

    Exchange exchange();

    /** Run the live path (catalog, streams); off for tools and tests that only backfill. */
    @WithDefault("true")
    boolean streaming();

    /** How often the exchange's catalog is re-read and published to the ledger. */
    @WithDefault("PT1H")
    Duration catalogRefresh();

    /** Native symbols to watch, or {@code *} for every market the exchange lists as trading. */
    @WithDefault("BTCUSDT,ETHUSDT")
    List<String> markets();

    /** Markets carried by one WebSocket connection (the exchange's own cap applies: Binance 1024 streams). */
    @WithDefault("100")
    int marketsPerConnection();

    /** How long after a minute's end its bar waits for stragglers before it closes. */
    @WithDefault("PT2S")
    Duration grace();

    /**
     * Trades stamped further ahead of the exchange's clock than this are refused and recorded in the ingest
     * ledger (kind CLOCK): one trade stamped in a far year would otherwise close every minute up to it.
     */
    @WithDefault("PT5S")
    Duration maxClockSkew();

    /** How many closed minutes per market stay revisable by late trades. */
    @WithDefault("60")
    int revisionWindowMinutes();

    /** How often the clock watermark is applied (closes quiet minutes). */
    @WithDefault("PT0.1S")
    Duration tickInterval();

    ClockSettings clock();

    Reconnect reconnect();

    Resume resume();

    RateLimit rateLimit();

    Backfill backfill();

    Shard shard();

    Checkpoint checkpoint();

    Polling polling();

    Publish publish();

    /** The buffer of bars waiting for the broker's confirm: bounded, so a broker outage cannot exhaust memory. */
    interface Publish {
        @WithDefault("50000")
        long maxPendingBars();

        @WithDefault("67108864")
        long maxPendingBytes();

        /** Live trades are taken again (and the gap read from REST) once the buffer is below this share. */
        @WithDefault("0.5")
        double resumeBelow();
    }

    /** For sources without a trade stream (Nomics-compatible APIs): poll the source's 1m candles. */
    interface Polling {
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

    interface Checkpoint {
        /** File of per-market restart points (on a persistent volume in Kubernetes); none: start from now. */
        java.util.Optional<String> file();

        @WithDefault("PT5S")
        Duration interval();

        /** A checkpoint older than this is ignored (the service starts from now). */
        @WithDefault("PT24H")
        Duration maxAge();
    }

    interface Exchange {
        /** Exchange id used in bars and routing keys, e.g. {@code binance}. */
        String id();

        /** REST base URL (the simulator's URL for offline runs). */
        String restUrl();

        /** WebSocket base URL. */
        String wsUrl();
    }

    interface ClockSettings {
        /** Exchange milliseconds per local millisecond: 1 in production, the simulator's speed in replays. */
        @WithDefault("1.0")
        double speed();

        /** Align the clock with the exchange's server time at start and periodically. */
        @WithDefault("true")
        boolean syncWithExchange();

        @WithDefault("PT10M")
        Duration resyncInterval();
    }

    interface Reconnect {
        @WithDefault("PT0.5S")
        Duration initialBackoff();

        @WithDefault("PT60S")
        Duration maxBackoff();

        /** Interval between heartbeats we send (ping frame or the exchange's ping message). */
        @WithDefault("PT20S")
        Duration heartbeatInterval();

        /** A connection silent (no frame, no pong) this long is considered dead. */
        @WithDefault("PT60S")
        Duration heartbeatTimeout();

        /** Connections are replaced before the exchange's forced disconnect (Binance: 24 h). */
        @WithDefault("PT23H")
        Duration maxConnectionAge();

        @WithDefault("PT10S")
        Duration connectTimeout();

        /** Largest WebSocket message accepted (trade frames are a few KB); a larger one closes the connection. */
        @WithDefault("1048576")
        int maxMessageBytes();
    }

    interface Resume {
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

    interface RateLimit {
        /** Request weight the service may spend per minute (a share of the exchange's per-IP limit). */
        @WithDefault("3000")
        int weightPerMinute();

        /** Pause when the exchange answers 429/418 without a Retry-After. */
        @WithDefault("PT30S")
        Duration defaultPause();
    }

    interface Backfill {
        /** Bars per RabbitMQ message (one bar per confirmed message would cap throughput). */
        @WithDefault("1000")
        int batchSize();

        /** Optional range backfilled at start-up for every watched market. */
        Optional<Instant> start();

        Optional<Instant> end();

        @WithDefault("2")
        int workers();
    }

    interface Shard {
        /** This replica's index among {@link #count()} replicas splitting the markets. */
        @WithDefault("0")
        int index();

        @WithDefault("1")
        int count();
    }
}
