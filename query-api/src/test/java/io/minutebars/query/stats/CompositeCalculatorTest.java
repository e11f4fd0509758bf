package io.minutebars.query.stats;

import static io.minutebars.query.stats.SeriesBars.MIN;
import static io.minutebars.query.stats.SeriesBars.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.minutebars.model.Bar;
import io.minutebars.model.BarSource;
import io.minutebars.model.BarStatus;
import io.minutebars.model.Interval;
import io.minutebars.query.limits.Deadline;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompositeCalculatorTest {
    static final CompositeParams P = CompositeParams.defaults();

    static Bar bar(String exchange, String symbol, String price, String volume, BarStatus status) {
        return SeriesBars.traded(exchange, symbol, Interval.M1, T0, price, volume, status);
    }

    static MarketBars market(Bar... bars) {
        return new MarketBars(new MarketId(bars[0].exchange(), bars[0].symbol()), T0 - MIN, List.of(bars));
    }

    static CompositeBar one(List<MarketBars> markets) {
        List<CompositeBar> out = CompositeCalculator.compute(markets, Interval.M1, T0, T0 + MIN, P, Deadline.NONE);
        assertEquals(1, out.size());
        return out.get(0);
    }

    @Test
    void volumeWeightedAcrossVenues() {
        CompositeBar c = one(List.of(market(bar("binance", "BTC-USDT", "100", "1", BarStatus.COMPLETE)),
                market(bar("bybit", "BTC-USDC", "103", "2", BarStatus.COMPLETE))));
        // (1 * 100 + 2 * 103) / 3 = 102
        assertEquals(new BigDecimal("102"), c.close());
        assertEquals(new BigDecimal("102"), c.open());
        assertEquals(new BigDecimal("3"), c.volume());
        assertEquals(new BigDecimal("306"), c.quoteVolume());
        assertEquals(new BigDecimal("102"), c.vwap());
        assertEquals("exact", c.quality());
        assertEquals(2, c.constituents().size());
        assertEquals(new BigDecimal("0.333333333333"), c.constituents().get(0).weight());
        assertEquals(new BigDecimal("0.666666666667"), c.constituents().get(1).weight());
        assertEquals("2024-01-01T00:01:00Z", c.closeTime().toString());
    }

    @Test
    void excludesMissingGapEmptyAndNotYetListedVenues() {
        List<MarketBars> markets = List.of(
                market(bar("binance", "BTC-USDT", "100", "1", BarStatus.COMPLETE)),
                market(Bar.gap("bybit", "BTC-USDT", "BTCUSDT", T0, BarStatus.GAP, BarSource.LIVE)),
                market(Bar.empty("coinbase", "BTC-USD", "BTC-USD", T0, BarSource.LIVE)),
                new MarketBars(new MarketId("kraken", "BTC-USD"), T0 - MIN, List.of()),
                new MarketBars(new MarketId("okx", "BTC-USDT"), T0 + 5 * MIN, List.of()));
        CompositeBar c = one(markets);
        assertEquals(new BigDecimal("100"), c.close());
        assertEquals("partial", c.quality(), "a venue had no data");
        List<String> reasons = c.exclusions().stream().map(e -> e.exchange() + ": " + e.reason()).toList();
        assertEquals(List.of("bybit: no data: bar is GAP", "coinbase: no trades", "kraken: no data: no bar stored",
                "okx: not listed yet: the market's stored history starts at 2024-01-01T00:05:00Z"), reasons);
    }

    @Test
    void noTradesAndNotListedYetKeepTheCompositeExact() {
        CompositeBar c = one(List.of(market(bar("binance", "BTC-USDT", "100", "1", BarStatus.COMPLETE)),
                market(Bar.empty("coinbase", "BTC-USD", "BTC-USD", T0, BarSource.LIVE)),
                new MarketBars(new MarketId("okx", "BTC-USDT"), T0 + 5 * MIN, List.of())));
        assertEquals("exact", c.quality());
        CompositeBar filled = one(List.of(market(bar("binance", "BTC-USDT", "100", "1", BarStatus.FILLED))));
        assertEquals("partial", filled.quality());
    }

    @Test
    void outliersByMedianAbsoluteDeviation() {
        List<MarketBars> markets = new ArrayList<>();
        String[] prices = {"100", "101", "99", "100.5", "130"};
        String[] names = {"a", "b", "c", "d", "e"};
        for (int i = 0; i < prices.length; i++) {
            markets.add(market(bar(names[i], "BTC-USDT", prices[i], "1", BarStatus.COMPLETE)));
        }
        CompositeBar c = one(markets);
        // median 100.5, deviations 0.5 0.5 1.5 0 29.5 -> MAD 0.5, limit 5 x 1.4826 x 0.5 = 3.7065
        assertEquals(1, c.exclusions().size());
        assertEquals("e", c.exclusions().get(0).exchange());
        assertTrue(c.exclusions().get(0).reason().startsWith("outlier: price 130 is 29.5 from the median 100.5, "
                + "more than 3.7065 (5 x 1.4826 x MAD 0.5)"), c.exclusions().get(0).reason());
        assertEquals(new BigDecimal("100.125"), c.close());
        assertEquals("exact", c.quality(), "an outlier is not missing data");
    }

    @Test
    void zeroMadUsesTheMinimumDeviation() {
        List<MarketBars> markets = new ArrayList<>();
        String[] prices = {"100", "100", "100", "101", "103"};
        String[] names = {"a", "b", "c", "d", "e"};
        for (int i = 0; i < prices.length; i++) {
            markets.add(market(bar(names[i], "BTC-USDT", prices[i], "1", BarStatus.COMPLETE)));
        }
        CompositeBar c = one(markets);
        // MAD 0: 101 is 1% off (kept), 103 is 3% off (> 2%, excluded)
        assertEquals(List.of("e"), c.exclusions().stream().map(CompositeBar.Exclusion::exchange).toList());
        assertEquals(Outliers.median(SeriesBars.decimals("1", "3", "2", "4")), new BigDecimal("2.5"));
    }

    @Test
    void noOutlierScreeningWithFewerThanThreeVenues() {
        CompositeBar c = one(List.of(market(bar("a", "BTC-USDT", "100", "1", BarStatus.COMPLETE)),
                market(bar("b", "BTC-USDT", "200", "1", BarStatus.COMPLETE))));
        assertEquals(new BigDecimal("150"), c.close());
        assertTrue(c.exclusions().isEmpty());
    }

    @Test
    void zeroVolumeOrNothingUsableMeansNoValue() {
        CompositeBar zero = one(List.of(market(bar("a", "BTC-USDT", "100", "0", BarStatus.COMPLETE))));
        assertNull(zero.close());
        assertEquals("the venues used traded zero volume", zero.reason());
        CompositeBar none = one(List.of(market(Bar.empty("a", "BTC-USDT", "BTCUSDT", T0, BarSource.LIVE))));
        assertNull(none.close());
        assertNull(none.quality());
        assertEquals("no venue has a usable bar", none.reason());
    }

    @Test
    void vwapFallsBackToWeightedPricesWhenAQuoteVolumeIsUnknown() {
        Bar a = bar("a", "BTC-USDT", "100", "1", BarStatus.COMPLETE);
        Bar b = new Bar("b", "BTC-USDT", "BTCUSDT", "1m", a.openTime(), null, a.open(), a.high(), a.low(),
                new BigDecimal("110"), new BigDecimal("3"), null, null, null, null, null, null, null, null, null,
                BarStatus.FILLED, 0, BarSource.KLINES);
        CompositeBar c = one(List.of(market(a), market(b)));
        assertNull(c.quoteVolume());
        assertEquals(new BigDecimal("107.5"), c.vwap()); // (1 x 100 + 3 x 110) / 4
        assertEquals(new BigDecimal("100"), c.open()); // both opened at 100
        assertEquals("partial", c.quality());
    }
}
