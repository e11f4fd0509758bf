package io.minutebars.simulator.truth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.minutebars.model.Bar;
import io.minutebars.model.BarSource;
import io.minutebars.model.BarStatus;
import io.minutebars.simulator.Fixtures;
import io.minutebars.simulator.market.AggTrade;
import io.minutebars.simulator.market.Scaled;
import io.minutebars.simulator.market.SymbolCatalog;
import io.minutebars.simulator.market.SymbolSpec;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class TruthCalculatorTest {
    private static final SymbolSpec BTCUSDT = SymbolCatalog.spec("BTCUSDT");
    private static final long MINUTE = 1634944080000L;

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void barOfTheTenRealFixtureTradesMatchesTheHandComputedValues() {
        List<Bar> bars = TruthCalculator.bars(BTCUSDT, Fixtures.aggTrades(), MINUTE, MINUTE + 60_000);
        assertEquals(1, bars.size());
        Bar b = bars.get(0);
        assertEquals("binance", b.exchange());
        assertEquals("BTC-USDT", b.symbol());
        assertEquals("BTCUSDT", b.nativeSymbol());
        assertEquals("1m", b.interval());
        assertEquals(Instant.ofEpochMilli(MINUTE), b.openTime());
        assertEquals(Instant.ofEpochMilli(MINUTE + 60_000), b.closeTime());
        assertEquals(d("60759.6"), b.open());
        assertEquals(d("60759.6"), b.high());
        assertEquals(d("60759.59"), b.low());
        assertEquals(d("60759.6"), b.close());
        assertEquals(d("0.01948"), b.volume());
        // 0.01861 x 60759.60 + 0.00087 x 60759.59
        assertEquals(d("1183.5969993"), b.quoteVolume());
        assertEquals(10L, b.trades());
        assertEquals(d("60759.59955338809"), b.vwap());
        assertEquals(d("0.01861"), b.takerBuyVolume());
        assertEquals(d("1130.736156"), b.takerBuyQuoteVolume());
        assertEquals(d("0.00087"), b.takerSellVolume());
        assertEquals(d("52.8608433"), b.takerSellQuoteVolume());
        assertEquals("966492862", b.firstTradeId());
        assertEquals("966492871", b.lastTradeId());
        assertEquals(BarStatus.COMPLETE, b.status());
        assertEquals(0, b.revision());
        assertEquals(BarSource.LIVE, b.source());
    }

    @Test
    void emptyMinutesAggregatesOrderAndInvalidMarkers() {
        List<AggTrade> trades = new ArrayList<>(List.of(
                trade(1, "10.00", "1", 100, 102, MINUTE + 59_999, false),
                trade(2, "12.00", "0.5", 103, 103, MINUTE + 59_999, true),
                trade(3, "0", "0", -1, -1, MINUTE + 120_000, false), // Binance's invalid record marker
                trade(4, "9.50", "2", 104, 107, MINUTE + 120_001, true),
                trade(5, "9.75", "1", 108, 108, MINUTE + 120_001, false)));
        Collections.shuffle(trades, new java.util.Random(3));
        List<Bar> bars = TruthCalculator.bars(BTCUSDT, trades, MINUTE, MINUTE + 180_000);
        assertEquals(3, bars.size());

        Bar first = bars.get(0); // two trades in the same millisecond: open/close by agg id
        assertEquals(d("10"), first.open());
        assertEquals(d("12"), first.close());
        assertEquals(d("1.5"), first.volume());
        assertEquals(d("16"), first.quoteVolume());
        assertEquals(4L, first.trades()); // (102 - 100 + 1) + 1
        assertEquals(d("10.666666666667"), first.vwap());
        assertEquals("1", first.firstTradeId());
        assertEquals("2", first.lastTradeId());

        Bar empty = bars.get(1);
        assertEquals(Bar.empty("binance", "BTC-USDT", "BTCUSDT", MINUTE + 60_000, BarSource.LIVE), empty);
        assertNull(empty.open());

        Bar third = bars.get(2); // the marker is skipped
        assertEquals(d("9.5"), third.open());
        assertEquals(d("9.75"), third.close());
        assertEquals(d("9.5"), third.low());
        assertEquals(d("9.75"), third.high());
        assertEquals(5L, third.trades());
        assertEquals(d("28.75"), third.quoteVolume());
        assertEquals(d("1"), third.takerBuyVolume());
        assertEquals(d("2"), third.takerSellVolume());
        assertEquals("4", third.firstTradeId());
    }

    private static AggTrade trade(long id, String p, String q, long f, long l, long t, boolean m) {
        return new AggTrade(id, Scaled.parse(p), Scaled.parse(q), f, l, t, m, true);
    }
}
