package io.minutebars.query.support;

import io.minutebars.model.Bar;
import io.minutebars.model.BarSource;
import io.minutebars.model.BarStatus;
import io.minutebars.model.Interval;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Bars and bucket documents for tests, with prices derived from the open time so every bar differs. */
public final class TestBars {
    private TestBars() {
    }

    public static Bar bar(String exchange, String symbol, Interval interval, long openTime, int revision) {
        BigDecimal base = BigDecimal.valueOf(40000 + (openTime / interval.millis()) % 1000, 2);
        return new Bar(exchange, symbol, symbol.replace("-", ""), interval.code(), Instant.ofEpochMilli(openTime), null,
                base, base.add(new BigDecimal("1.5")), base.subtract(new BigDecimal("0.25")),
                base.add(BigDecimal.valueOf(revision)), new BigDecimal("1.00000"), base, 7L + revision, base,
                new BigDecimal("0.4"), new BigDecimal("16000.1"), new BigDecimal("0.6"), new BigDecimal("24000.2"),
                Long.toString(openTime), Long.toString(openTime + 6), BarStatus.COMPLETE, revision, BarSource.LIVE);
    }

    /** Bars every interval from {@code start} (inclusive) to {@code end} (exclusive). */
    public static List<Bar> range(String exchange, String symbol, Interval interval, long start, long end) {
        List<Bar> out = new ArrayList<>();
        for (long t = start; t < end; t += interval.millis()) {
            out.add(bar(exchange, symbol, interval, t, 0));
        }
        return out;
    }
}
