package io.minutebars.query.stats;

import io.minutebars.model.Bar;
import io.minutebars.model.BarSource;
import io.minutebars.model.BarStatus;
import io.minutebars.model.Interval;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Bars built from close prices for the statistics tests. */
final class SeriesBars {
    static final long T0 = 1704067200000L; // 2024-01-01T00:00:00Z
    static final long MIN = 60_000L;

    private SeriesBars() {
    }

    /** A traded bar: OHLC all at the close, the given volume, vwap = close. */
    static Bar traded(String exchange, String symbol, Interval interval, long t, String close, String volume,
            BarStatus status) {
        BigDecimal c = new BigDecimal(close);
        BigDecimal v = new BigDecimal(volume);
        return new Bar(exchange, symbol, symbol.replace("-", ""), interval.code(), Instant.ofEpochMilli(t), null,
                c, c, c, c, v, v.multiply(c), 1L, c, null, null, null, null, null, null, status, 0,
                status == BarStatus.FILLED ? BarSource.KLINES : BarSource.LIVE);
    }

    static Bar bar(long t, String close) {
        return traded("binance", "BTC-USDT", Interval.M1, t, close, "1", BarStatus.COMPLETE);
    }

    static Bar empty(long t) {
        return Bar.empty("binance", "BTC-USDT", "BTCUSDT", t, BarSource.LIVE);
    }

    static Bar gap(long t, BarStatus status) {
        return Bar.gap("binance", "BTC-USDT", "BTCUSDT", t, status, BarSource.LIVE);
    }

    /** 1m COMPLETE bars from T0 with these closes. */
    static List<Bar> closes(double... closes) {
        List<Bar> out = new ArrayList<>();
        for (int i = 0; i < closes.length; i++) {
            out.add(bar(T0 + i * MIN, BigDecimal.valueOf(closes[i]).toPlainString()));
        }
        return out;
    }

    /** A deterministic wandering price series of n 1m bars. */
    static List<Bar> walk(int n, long seed) {
        java.util.Random r = new java.util.Random(seed);
        List<Bar> out = new ArrayList<>();
        BigDecimal p = new BigDecimal("100.00");
        for (int i = 0; i < n; i++) {
            p = p.add(BigDecimal.valueOf(r.nextInt(201) - 100, 2));
            out.add(bar(T0 + i * MIN, p.toPlainString()));
        }
        return out;
    }

    static List<BigDecimal> decimals(String... v) {
        return java.util.Arrays.stream(v).map(BigDecimal::new).toList();
    }
}
