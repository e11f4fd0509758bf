package io.minutebars.query.stats;

import io.minutebars.model.Bar;
import io.minutebars.model.BarStatus;
import io.minutebars.model.Decimals;
import io.minutebars.model.Interval;
import io.minutebars.query.limits.Deadline;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Evaluates every indicator at each bar of a range. Each value depends only on its own fixed window of
 * bars ({@link StatValue#warmup()} of them, ending at the bar, plus the carry of an EMPTY first bar), never
 * on the range asked for.
 */
public final class Indicators {
    private Indicators() {
    }

    /** Every indicator at every slot of {@code bars} (one market, one interval), history starting at the first bar. */
    public static List<IndicatorPoint> compute(List<Bar> bars, Interval interval, IndicatorParams params) {
        PriceSeries s = PriceSeries.of(bars, interval);
        return compute(s, 0, s.size(), params, Deadline.NONE);
    }

    /** Every indicator at the slots {@code [from, to)} of the series; stops at the deadline (503). */
    public static List<IndicatorPoint> compute(PriceSeries s, int from, int to, IndicatorParams p, Deadline deadline) {
        List<IndicatorPoint> out = new ArrayList<>(Math.max(0, to - from));
        BigDecimal[] c = s.prices();
        for (int t = from; t < to; t++) {
            deadline.check(); // a slot costs up to rsiPeriod + rsiWarmup Wilder steps
            BarStatus status = s.status(t);
            int tt = t;
            StatValue rsi = s.window(t, Rsi.barsNeeded(p.rsiPeriod(), p.rsiWarmup()))
                    .value(() -> Rsi.at(c, tt, p.rsiPeriod(), p.rsiWarmup()));
            StatValue ret = returnAt(s, t, p.returnPeriods());
            PriceWindow vw = s.window(t, Volatility.barsNeeded(p.volWindow()));
            double stdev = vw.usable() ? Volatility.stdevOfLogReturns(c, t, p.volWindow()) : Double.NaN;
            StatValue sd = vw.value(() -> Volatility.decimal(stdev));
            StatValue vol = vw.value(() -> Volatility.decimal(Volatility.annualise(stdev, p.periodsPerYear())));
            out.add(new IndicatorPoint(Instant.ofEpochMilli(s.openTime(t)),
                    status == null ? IndicatorPoint.MISSING : status.name(), s.price(t),
                    strip(rsi), strip(ret), strip(sd), strip(vol)));
        }
        return out;
    }

    /** The n-period simple return at slot t (also what rankings rank by). */
    public static StatValue returnAt(PriceSeries s, int t, int n) {
        BigDecimal[] c = s.prices();
        return s.window(t, SimpleReturn.barsNeeded(n)).value(() -> SimpleReturn.at(c, t, n));
    }

    private static StatValue strip(StatValue v) {
        return v.present() ? StatValue.of(Decimals.normalize(v.value()), v.warmup(), v.quality()) : v;
    }
}
