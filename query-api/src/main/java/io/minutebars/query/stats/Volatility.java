package io.minutebars.query.stats;

import io.minutebars.model.Interval;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Rolling sample standard deviation of log returns {@code r_i = ln(c_i / c_(i-1))} over {@code n} returns
 * (divided by {@code n - 1}), and its annualised form {@code stdev * sqrt(periods per year)}. The only
 * binary floating point in the statistics: {@link StrictMath} keeps it bit-for-bit reproducible.
 */
public final class Volatility {
    public static final int SCALE = 12;
    private static final double MINUTES_PER_DAY = 24 * 60;

    private Volatility() {
    }

    /** Closes a value needs: {@code n} returns need {@code n + 1} closes. */
    public static int barsNeeded(int n) {
        return n + 1;
    }

    /** Sample standard deviation of the {@code n} log returns ending at {@code closes[t]} ({@code n >= 2}). */
    public static double stdevOfLogReturns(BigDecimal[] closes, int t, int n) {
        if (n < 2) {
            throw new IllegalArgumentException("a sample standard deviation needs n >= 2 returns");
        }
        if (t - n < 0 || t >= closes.length) {
            throw new IllegalArgumentException("closes[" + (t - n) + ".." + t + "] is outside the series");
        }
        double[] r = new double[n];
        double sum = 0;
        for (int k = 0; k < n; k++) {
            int i = t - n + 1 + k;
            r[k] = StrictMath.log(closes[i].divide(closes[i - 1], MathContext.DECIMAL64).doubleValue());
            sum += r[k];
        }
        double mean = sum / n;
        double squares = 0;
        for (double x : r) {
            squares += (x - mean) * (x - mean);
        }
        return StrictMath.sqrt(squares / (n - 1));
    }

    public static double annualise(double stdev, double periodsPerYear) {
        return stdev * StrictMath.sqrt(periodsPerYear);
    }

    /** Bars of the interval in a year of {@code daysPerYear} days of round-the-clock trading (365 for crypto). */
    public static double periodsPerYear(Interval interval, double daysPerYear) {
        return daysPerYear * MINUTES_PER_DAY / (interval.millis() / 60_000.0);
    }

    /** A double statistic as a decimal rounded half-even to {@link #SCALE} places (exact binary expansion first). */
    public static BigDecimal decimal(double v) {
        return new BigDecimal(v).setScale(SCALE, RoundingMode.HALF_EVEN);
    }
}
