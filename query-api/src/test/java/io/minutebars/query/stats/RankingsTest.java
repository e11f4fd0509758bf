package io.minutebars.query.stats;

import static io.minutebars.query.stats.SeriesBars.MIN;
import static io.minutebars.query.stats.SeriesBars.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.minutebars.model.Bar;
import io.minutebars.model.BarStatus;
import io.minutebars.model.Interval;
import io.minutebars.query.limits.Deadline;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class RankingsTest {

    static StatValue v(String x) {
        return StatValue.of(new BigDecimal(x), 6, "exact");
    }

    @Test
    void topAndBottomWithTiesByExchangeThenSymbol() {
        Map<MarketId, StatValue> values = new TreeMap<>();
        values.put(new MarketId("bybit", "ETH-USDT"), v("0.02"));
        values.put(new MarketId("binance", "SOL-USDT"), v("0.02"));
        values.put(new MarketId("binance", "ETH-USDT"), v("0.02"));
        values.put(new MarketId("binance", "BTC-USDT"), v("-0.01"));
        values.put(new MarketId("bybit", "BTC-USDT"), v("0.005"));
        values.put(new MarketId("bitmex", "XBT-USD"), StatValue.none(6, "bar 2024-01-01T00:03:00Z is GAP"));
        Rankings.Snapshot s = Rankings.rank(T0, Interval.M1, values, 2);
        assertEquals(5, s.ranked());
        assertEquals(List.of("binance ETH-USDT", "binance SOL-USDT"), names(s.top()));
        assertEquals(List.of(1, 2), s.top().stream().map(Rankings.Entry::rank).toList());
        assertEquals(List.of("binance BTC-USDT", "bybit BTC-USDT"), names(s.bottom()));
        assertEquals(1, s.unranked().size());
        assertEquals("bar 2024-01-01T00:03:00Z is GAP", s.unranked().get(0).reason());
        assertEquals("2024-01-01T00:01:00Z", s.closeTime().toString());
    }

    @Test
    void rankingsOverBarsUseTheNPeriodReturn() {
        List<MarketBars> markets = new ArrayList<>();
        markets.add(MarketBars.of("binance", "BTC-USDT", series("binance", "BTC-USDT", 100, 101, 102, 103)));
        markets.add(MarketBars.of("binance", "ETH-USDT", series("binance", "ETH-USDT", 10, 10, 12, 9)));
        markets.add(MarketBars.of("bybit", "BTC-USDT", series("bybit", "BTC-USDT", 100, 100)));
        List<Rankings.Snapshot> out = Rankings.compute(markets, Interval.M1, T0 + 2 * MIN, T0 + 4 * MIN, 1, 2, 10,
                Deadline.NONE);
        assertEquals(2, out.size());
        Rankings.Snapshot at2 = out.get(0);
        // at bar 2: BTC 102/100-1 = 0.02, ETH 12/10-1 = 0.2; bybit has no bar 2
        assertEquals(List.of("binance ETH-USDT"), names(at2.top()));
        assertEquals(new BigDecimal("0.200000000000"), at2.top().get(0).value());
        assertEquals(List.of("binance BTC-USDT"), names(at2.bottom()));
        assertEquals("bar 2024-01-01T00:02:00Z is missing", at2.unranked().get(0).reason());
        Rankings.Snapshot at3 = out.get(1);
        assertEquals(List.of("binance ETH-USDT"), names(at3.bottom())); // 9/10 - 1 = -0.1
    }

    static List<Bar> series(String exchange, String symbol, double... closes) {
        List<Bar> out = new ArrayList<>();
        for (int i = 0; i < closes.length; i++) {
            out.add(SeriesBars.traded(exchange, symbol, Interval.M1, T0 + i * MIN,
                    BigDecimal.valueOf(closes[i]).toPlainString(), "1", BarStatus.COMPLETE));
        }
        return out;
    }

    static List<String> names(List<Rankings.Entry> entries) {
        return entries.stream().map(e -> e.exchange() + " " + e.symbol()).toList();
    }
}
