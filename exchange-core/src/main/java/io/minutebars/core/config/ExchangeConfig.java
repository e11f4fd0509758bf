package io.minutebars.core.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;
import java.util.List;

/** Every tunable of an exchange service. Each service sets {@code minutebars.exchange.*} defaults. */
@ConfigMapping(prefix = "minutebars")
public interface ExchangeConfig {

    EndpointConfig exchange();

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

    ClockConfig clock();

    ReconnectConfig reconnect();

    ResumeConfig resume();

    RateLimitConfig rateLimit();

    BackfillConfig backfill();

    ShardConfig shard();

    CheckpointConfig checkpoint();

    PollingConfig polling();

    PublishConfig publish();

    @WithName("import")
    ImportConfig importing();
}
