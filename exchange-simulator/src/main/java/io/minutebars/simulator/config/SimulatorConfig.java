package io.minutebars.simulator.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Every tunable of the simulator; see application.properties for the documentation of each key. */
@ConfigMapping(prefix = "simulator")
public interface SimulatorConfig {

    enum Mode {
        synthetic, dataset
    }

    @WithDefault("synthetic")
    Mode mode();

    /** Simulated time at startup; synthetic default: now truncated to the minute; dataset: first trade's minute. */
    Optional<Instant> start();

    /** Simulated milliseconds per wall millisecond (60 = one simulated minute per wall second, 0 = frozen). */
    @WithDefault("1.0")
    double speed();

    @WithDefault("42")
    long seed();

    @WithDefault("BTCUSDT,ETHUSDT,BNBBTC")
    List<String> symbols();

    /** Synthetic trades exist from {@code start - history}, so backfill and REST resume work at once. */
    @WithDefault("PT2H")
    Duration history();

    /** Synthetic trades older than {@code simNow - retention} are dropped to bound memory. */
    @WithDefault("PT24H")
    Duration retention();

    Synthetic synthetic();

    Dataset dataset();

    Ws ws();

    Bybit bybit();

    Bitmex bitmex();

    Nomics nomics();

    interface Synthetic {
        /** Average aggregate trades per minute per symbol. */
        @WithDefault("60")
        double tradesPerMinute();

        /** Share of minutes without any trade (consumers must produce EMPTY bars). */
        @WithDefault("0.1")
        double quietMinuteRatio();

        /** Share of minutes with a burst (several times the average rate, many same-millisecond trades). */
        @WithDefault("0.1")
        double burstMinuteRatio();
    }

    interface Dataset {
        /** A Binance public-data aggTrades CSV (or a .zip holding one). Required in dataset mode. */
        Optional<Path> file();

        @WithDefault("BTCUSDT")
        String symbol();

        /** The exchange that replays the file (binance, bybit, bitmex or nomics); the others stay synthetic. */
        @WithDefault("binance")
        String exchange();
    }

    interface Bybit {
        @WithDefault("BTCUSDT,ETHUSDT")
        List<String> symbols();

        /** spot or linear: the category the simulated markets are listed in. */
        @WithDefault("spot")
        String category();
    }

    interface Bitmex {
        /** XBTUSD-style symbols are inverse (USD contracts), ETHUSDT-style ones linear. */
        @WithDefault("XBTUSD,ETHUSDT")
        List<String> symbols();

        /** Reported in X-RateLimit-Limit/Remaining (per wall minute); not enforced, use the fault endpoint. */
        @WithDefault("120")
        int requestsPerMinute();
    }

    interface Nomics {
        @WithDefault("BTCUSDT,ETHUSDT")
        List<String> symbols();

        /** The only {@code exchange} the exchange-candles and trades endpoints accept. */
        @WithDefault("binance")
        String sourceExchange();
    }

    interface Ws {
        /** Wall-clock period of the stream scheduler; each tick sends every trade simNow has passed. */
        @WithDefault("20")
        long tickMillis();

        /** Cap per stream and tick so one slow client cannot stall the others; the rest goes next tick. */
        @WithDefault("20000")
        int maxFramesPerTick();
    }
}
