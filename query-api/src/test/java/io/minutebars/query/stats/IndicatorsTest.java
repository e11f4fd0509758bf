package io.minutebars.query.stats;

import static io.minutebars.query.stats.SeriesBars.MIN;
import static io.minutebars.query.stats.SeriesBars.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.minutebars.model.Bar;
import io.minutebars.model.BarStatus;
import io.minutebars.model.Interval;
import io.minutebars.query.limits.Deadline;
import io.minutebars.query.problem.QueryProblemException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class IndicatorsTest {
    /** Small windows keep the property tests fast: RSI needs 3 + 4 + 1 = 8 bars, vol 6, return 4. */
    static final IndicatorParams P = new IndicatorParams(3, 4, 5, 3, 525_600, 10);
    static final List<Function<IndicatorPoint, StatValue>> STATS = List.of(IndicatorPoint::rsi,
            IndicatorPoint::simpleReturn, IndicatorPoint::logReturnStdev, IndicatorPoint::annualizedVolatility);

    @Test
    void warmUpIsStatedAndNotMetAtTheStart() {
        List<IndicatorPoint> pts = Indicators.compute(SeriesBars.walk(20, 1), Interval.M1, P);
        assertNull(pts.get(6).rsi().value());
        assertTrue(pts.get(6).rsi().reason().startsWith("warm-up not met: needs 8 bars"), pts.get(6).rsi().reason());
        assertEquals(8, pts.get(6).rsi().warmup());
        assertNotNull(pts.get(7).rsi().value());
        assertEquals("exact", pts.get(7).rsi().quality());
        assertNull(pts.get(2).simpleReturn().value());
        assertNotNull(pts.get(3).simpleReturn().value());
        assertEquals(4, pts.get(3).simpleReturn().warmup());
        assertNull(pts.get(4).logReturnStdev().value());
        assertNotNull(pts.get(5).annualizedVolatility().value());
        assertEquals(6, pts.get(5).annualizedVolatility().warmup());
    }

    @Test
    void indicatorsMatchTheirDefinitionsAtABar() {
        List<Bar> bars = SeriesBars.walk(30, 2);
        BigDecimal[] c = bars.stream().map(Bar::close).toArray(BigDecimal[]::new);
        IndicatorPoint at = Indicators.compute(bars, Interval.M1, P).get(25);
        assertEquals(Rsi.at(c, 25, 3, 4).stripTrailingZeros(), at.rsi().value().stripTrailingZeros());
        assertEquals(SimpleReturn.of(c[25], c[22]).stripTrailingZeros(), at.simpleReturn().value().stripTrailingZeros());
        double sd = Volatility.stdevOfLogReturns(c, 25, 5);
        assertEquals(Volatility.decimal(sd).stripTrailingZeros(), at.logReturnStdev().value().stripTrailingZeros());
        assertEquals(Volatility.decimal(sd * Math.sqrt(525_600)).compareTo(at.annualizedVolatility().value()), 0);
    }

    @Test
    void anEmptyBarCarriesThePreviousClose() {
        List<Bar> bars = new ArrayList<>(SeriesBars.closes(10, 11, 12, 13, 14));
        bars.set(2, SeriesBars.empty(T0 + 2 * MIN));
        List<IndicatorPoint> pts = Indicators.compute(bars, Interval.M1, P);
        assertEquals("EMPTY", pts.get(2).status());
        assertEquals(new BigDecimal("11"), pts.get(2).price());
        // return over 3 periods at bar 4: 14 / 11 - 1 (bar 1's close, unchanged through the EMPTY bar)
        assertEquals(SimpleReturn.of(new BigDecimal("14"), new BigDecimal("11")).stripTrailingZeros(),
                pts.get(4).simpleReturn().value().stripTrailingZeros());
        assertEquals("exact", pts.get(4).simpleReturn().quality());
    }

    @Test
    void anEmptyFirstBarWithoutAnyTradeBeforeItHasNoPriceYet() {
        List<Bar> bars = new ArrayList<>(SeriesBars.closes(10, 11, 12, 13, 14));
        bars.set(0, SeriesBars.empty(T0));
        PriceSeries s = PriceSeries.of(bars, Interval.M1);
        PriceWindow w = s.window(3, 4);
        assertTrue(w.reason().startsWith("no price yet: bar 2024-01-01T00:00:00Z is EMPTY"), w.reason());
    }

    @Test
    void aGapInTheWindowMeansNoValueNamingTheFirstBlockingBar() {
        List<Bar> bars = new ArrayList<>(SeriesBars.walk(30, 3));
        bars.set(10, SeriesBars.gap(T0 + 10 * MIN, BarStatus.GAP));
        bars.set(12, SeriesBars.gap(T0 + 12 * MIN, BarStatus.UNAVAILABLE));
        bars.remove(14); // missing
        List<IndicatorPoint> pts = Indicators.compute(bars, Interval.M1, P);
        assertEquals("GAP", pts.get(10).status());
        assertEquals("MISSING", pts.get(14).status());
        StatValue r = pts.get(13).simpleReturn();
        assertNull(r.value());
        assertEquals("bar 2024-01-01T00:10:00Z is GAP", r.reason());
        assertEquals("bar 2024-01-01T00:12:00Z is UNAVAILABLE", pts.get(15).simpleReturn().reason());
        assertEquals("bar 2024-01-01T00:14:00Z is missing", pts.get(17).simpleReturn().reason());
        assertNotNull(pts.get(18).simpleReturn().value(), "the window 15..18 is clean again");
        assertEquals("bar 2024-01-01T00:10:00Z is GAP", pts.get(17).rsi().reason(), "RSI window 10..17");
        assertNotNull(pts.get(22).rsi().value());
    }

    @Test
    void anEmptyBarAfterAGapHasNoPrice() {
        List<Bar> bars = new ArrayList<>(SeriesBars.walk(12, 4));
        bars.set(4, SeriesBars.gap(T0 + 4 * MIN, BarStatus.GAP));
        bars.set(5, SeriesBars.empty(T0 + 5 * MIN));
        bars.set(6, SeriesBars.empty(T0 + 6 * MIN));
        PriceSeries s = PriceSeries.of(bars, Interval.M1);
        assertEquals("no price: bar 2024-01-01T00:05:00Z is EMPTY since bar 2024-01-01T00:04:00Z is GAP",
                s.window(9, 4).reason());
    }

    @Test
    void aFilledInputMakesTheValueFilled() {
        List<Bar> bars = new ArrayList<>(SeriesBars.walk(12, 5));
        Bar b = bars.get(8);
        bars.set(8, SeriesBars.traded("binance", "BTC-USDT", Interval.M1, T0 + 8 * MIN, b.close().toPlainString(),
                "1", BarStatus.FILLED));
        List<IndicatorPoint> pts = Indicators.compute(bars, Interval.M1, P);
        assertEquals("exact", pts.get(7).simpleReturn().quality());
        assertEquals("filled", pts.get(8).simpleReturn().quality());
        assertEquals("filled", pts.get(11).simpleReturn().quality());
    }

    @Test
    void aRevisionChangesExactlyTheValuesWhoseWindowHoldsIt() {
        List<Bar> bars = SeriesBars.walk(60, 6);
        List<IndicatorPoint> before = Indicators.compute(bars, Interval.M1, P);
        for (int k : new int[] {0, 9, 30, 59}) {
            List<Bar> revised = new ArrayList<>(bars);
            Bar b = bars.get(k);
            revised.set(k, SeriesBars.bar(b.openTime().toEpochMilli(),
                    b.close().add(new BigDecimal("0.37")).toPlainString()).withRevision(1));
            List<IndicatorPoint> after = Indicators.compute(revised, Interval.M1, P);
            for (int t = 0; t < bars.size(); t++) {
                for (Function<IndicatorPoint, StatValue> stat : STATS) {
                    StatValue x = stat.apply(before.get(t));
                    StatValue y = stat.apply(after.get(t));
                    // a simple return reads only its two end closes; RSI and volatility read every close
                    boolean reads = stat == STATS.get(1) ? t == k || t == k + P.returnPeriods()
                            : k <= t && k > t - x.warmup();
                    if (x.present() && reads) {
                        // a value reading the bar may change (it does at the bar itself, and here everywhere:
                        // a change can cancel out only in special cases, e.g. two offsetting gains in an RSI seed)
                        assertNotEquals(x.value(), y.value(), "bar " + k + " revised, value at " + t);
                    } else {
                        assertEquals(x, y, "bar " + k + " revised, value at " + t + " must not change");
                    }
                }
            }
        }
    }

    @Test
    void valuesDoNotDependOnTheRangeAskedFor() {
        List<Bar> bars = new ArrayList<>(SeriesBars.walk(200, 7));
        bars.set(50, SeriesBars.empty(T0 + 50 * MIN));
        bars.set(51, SeriesBars.empty(T0 + 51 * MIN));
        bars.set(120, SeriesBars.gap(T0 + 120 * MIN, BarStatus.GAP));
        PriceSeries whole = PriceSeries.of(bars, Interval.M1, T0, T0 + 200 * MIN, T0, P.maxCarryBars());
        List<IndicatorPoint> all = Indicators.compute(whole, 0, 200, P, Deadline.NONE);
        for (int start : new int[] {30, 52, 100, 125}) {
            // what a service loading only the look-back before `start` computes
            long from = T0 + (start - P.lookbackBars() - P.maxCarryBars() - 1) * MIN;
            PriceSeries part = PriceSeries.of(bars, Interval.M1, from, T0 + 200 * MIN, T0, P.maxCarryBars());
            List<IndicatorPoint> got = Indicators.compute(part, part.indexOf(T0 + start * MIN), part.size(), P,
                    Deadline.NONE);
            assertEquals(all.subList(start, 200), got, "range starting at bar " + start);
        }
    }

    @Test
    void carryIsBounded() {
        List<Bar> bars = new ArrayList<>(SeriesBars.closes(10, 11));
        for (int i = 2; i < 16; i++) {
            bars.add(SeriesBars.empty(T0 + i * MIN));
        }
        PriceSeries s = PriceSeries.of(bars, Interval.M1, T0, T0 + 16 * MIN, T0, 10);
        assertEquals(new BigDecimal("11"), s.price(11));
        assertNull(s.price(12));
        assertTrue(s.window(14, 2).reason().contains("no trade in the 10 bars before it"), s.window(14, 2).reason());
    }

    @Test
    void stopsComputingAtTheDeadline() {
        PriceSeries s = PriceSeries.of(SeriesBars.walk(300, 7), Interval.M1);
        long[] now = {0};
        int[] slots = {0};
        // one millisecond passes each time the deadline is consulted, which happens once per slot
        Deadline d = Deadline.after(Duration.ofMillis(20), () -> {
            slots[0]++;
            return now[0]++ * 1_000_000L;
        });
        QueryProblemException e = assertThrows(QueryProblemException.class, () -> Indicators.compute(s, 0, s.size(),
                new IndicatorParams(14, 10, 5, 3, 525600, 1440), d));
        assertEquals(503, e.status());
        assertTrue(slots[0] <= 22, "stopped after about 20 of 300 slots: " + slots[0]);
    }
}
