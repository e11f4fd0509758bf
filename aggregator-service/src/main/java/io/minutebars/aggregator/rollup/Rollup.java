package io.minutebars.aggregator.rollup;

import io.minutebars.model.Bar;
import io.minutebars.model.BarSource;
import io.minutebars.model.BarStatus;
import io.minutebars.model.Decimals;
import io.minutebars.model.Interval;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * Combines consecutive bars (1m, or any smaller rollup) into one bar of a larger interval. Sums and
 * extremes are exact; a field any input lacks (e.g. trade counts of kline-filled minutes) is null in
 * the result rather than a partial sum. The status follows the inputs: COMPLETE only when every input
 * is present and COMPLETE or EMPTY (EMPTY when all are EMPTY); GAP when an input is missing or GAP;
 * UNAVAILABLE when the exchange had nothing for one; FILLED when any input was repaired.
 */
public final class Rollup {
    private Rollup() {
    }

    /** @param inputs the stored bars inside {@code [openTime, openTime + interval)}, sorted, any smaller interval */
    public static Bar of(Interval interval, long openTime, List<Bar> inputs, int revision) {
        Bar any = inputs.get(0);
        long inputMillis = Interval.fromCode(any.interval()).orElseThrow().millis();
        long expected = interval.millis() / inputMillis;
        BarStatus status = status(inputs, expected);
        BigDecimal open = null;
        BigDecimal close = null;
        BigDecimal high = null;
        BigDecimal low = null;
        String firstId = null;
        String lastId = null;
        for (Bar b : inputs) {
            if (b.open() == null) {
                continue;
            }
            if (open == null) {
                open = b.open();
                firstId = b.firstTradeId();
            }
            close = b.close();
            lastId = b.lastTradeId();
            high = high == null || b.high().compareTo(high) > 0 ? b.high() : high;
            low = low == null || b.low().compareTo(low) < 0 ? b.low() : low;
        }
        BigDecimal volume = sum(inputs, Bar::volume);
        BigDecimal quote = sum(inputs, Bar::quoteVolume);
        Long trades = inputs.stream().anyMatch(b -> b.trades() == null) ? null
                : inputs.stream().mapToLong(Bar::trades).sum();
        return new Bar(any.exchange(), any.symbol(), any.nativeSymbol(), interval.code(), Instant.ofEpochMilli(openTime),
                null, open, high, low, close, volume, quote, trades, Decimals.vwap(quote, volume),
                sum(inputs, Bar::takerBuyVolume), sum(inputs, Bar::takerBuyQuoteVolume),
                sum(inputs, Bar::takerSellVolume), sum(inputs, Bar::takerSellQuoteVolume),
                firstId, lastId, status, revision, BarSource.DERIVED);
    }

    static BarStatus status(List<Bar> inputs, long expected) {
        if (inputs.size() < expected || inputs.stream().anyMatch(b -> b.status() == BarStatus.GAP)) {
            return BarStatus.GAP;
        }
        if (inputs.stream().anyMatch(b -> b.status() == BarStatus.UNAVAILABLE)) {
            return BarStatus.UNAVAILABLE;
        }
        if (inputs.stream().anyMatch(b -> b.status() == BarStatus.FILLED)) {
            return BarStatus.FILLED;
        }
        return inputs.stream().allMatch(b -> b.status() == BarStatus.EMPTY) ? BarStatus.EMPTY : BarStatus.COMPLETE;
    }

    private static BigDecimal sum(List<Bar> inputs, Function<Bar, BigDecimal> field) {
        BigDecimal total = BigDecimal.ZERO;
        for (Bar b : inputs) {
            BigDecimal v = field.apply(b);
            if (v == null) {
                return null;
            }
            total = total.add(v);
        }
        return total;
    }
}
