package io.minutebars.core.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.minutebars.core.engine.MinuteBarEngine;
import io.minutebars.core.engine.Trade;
import io.minutebars.model.Bar;
import io.minutebars.model.BarSource;
import io.minutebars.model.BarStatus;
import io.minutebars.model.Instrument;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The per-market quality meters move with what the engine emits, and only for watched markets. */
class MarketQualityTest {
    static final long T0 = 1_700_000_040_000L; // a minute start
    static final long GRACE = 2_000;

    final MeterRegistry registry = new SimpleMeterRegistry();
    final AtomicLong now = new AtomicLong(T0);
    final List<CompletableFuture<Void>> confirms = new ArrayList<>();
    final MinuteBarEngine engine = new MinuteBarEngine("binance", GRACE, 10, BarSource.LIVE,
            new MarketQuality(registry, "binance", List.of(instrument("BTC-USDT", "BTCUSDT")), now::get, bar -> {
                CompletableFuture<Void> confirm = new CompletableFuture<>();
                confirms.add(confirm);
                return confirm;
            }));

    static Instrument instrument(String symbol, String nativeSymbol) {
        return new Instrument("binance", symbol, nativeSymbol, "BTC", "USDT", "SPOT", "TRADING", true, null, null,
                null);
    }

    static Trade trade(long time, long seq) {
        return new Trade("BTCUSDT", time, seq, Long.toString(seq), BigDecimal.TEN, BigDecimal.ONE, 1, false);
    }

    double count(String name) {
        return registry.get(name).tags("exchange", "binance", "symbol", "BTC-USDT").counter().count();
    }

    Timer publishLag() {
        return registry.get("minutebars.market.publish.lag").tags("exchange", "binance", "symbol", "BTC-USDT")
                .timer();
    }

    @Test
    void publishLagRunsFromTheMinutesCloseToTheBrokersConfirm() {
        engine.watch("BTCUSDT", "BTC-USDT", T0);
        engine.onTrade(trade(T0 + 1_000, 1));
        engine.onTrade(trade(T0 + 60_000 + GRACE, 2)); // closes the first minute
        assertEquals(1, confirms.size());
        assertEquals(0, publishLag().count(), "nothing before the confirm");

        now.set(T0 + 60_000 + 3_500);
        confirms.get(0).complete(null);
        assertEquals(1, publishLag().count());
        assertEquals(3_500, publishLag().totalTime(TimeUnit.MILLISECONDS));
    }

    @Test
    void aLateTradeCountsARevisionAndRepairsCountGapsAndFilledMinutes() {
        engine.watch("BTCUSDT", "BTC-USDT", T0);
        engine.onTrade(trade(T0 + 1_000, 1));
        engine.onTrade(trade(T0 + 60_000 + GRACE, 2));
        engine.onTrade(trade(T0 + 2_000, 3)); // for the closed minute
        assertEquals(1, count("minutebars.market.revisions"));

        BigDecimal c = BigDecimal.TEN;
        Bar kline = new Bar("binance", "BTC-USDT", "BTCUSDT", "1m", Instant.ofEpochMilli(T0 + 120_000), null, c, c,
                c, c, c, c, null, null, null, null, null, null, null, null, BarStatus.FILLED, 0, BarSource.KLINES);
        engine.repair("BTCUSDT", T0 + 240_000, List.of(kline), BarStatus.GAP); // minutes 1 and 3 have no kline
        assertEquals(2, count("minutebars.market.gaps"));
        assertEquals(1, count("minutebars.market.filled"));
    }

    @Test
    void aMarketNotWatchedHasNoMeters() {
        engine.watch("ETHUSDT", "ETH-USDT", T0);
        engine.repair("ETHUSDT", T0 + 60_000, List.of(), BarStatus.GAP);
        assertEquals(1, confirms.size(), "still published");
        assertNull(registry.find("minutebars.market.gaps").tag("symbol", "ETH-USDT").counter());
    }
}
