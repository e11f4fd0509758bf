package io.minutebars.e2e;

import io.minutebars.model.Bar;
import io.minutebars.model.BarStatus;
import java.util.ArrayList;
import java.util.List;

/**
 * The tests' own reference implementation of the statistics, written from their definitions
 * (docs/statistics.md) in plain doubles, independent of query-api's code.
 */
final class ReferenceStats {
    private ReferenceStats() {
    }

    /** Closes of consecutive bars, an EMPTY bar carrying the previous close; NaN where there is no price. */
    static double[] closes(List<Bar> bars) {
        double[] c = new double[bars.size()];
        for (int i = 0; i < c.length; i++) {
            Bar b = bars.get(i);
            c[i] = b.status() == BarStatus.EMPTY ? (i > 0 ? c[i - 1] : Double.NaN)
                    : b.close() == null ? Double.NaN : b.close().doubleValue();
        }
        return c;
    }

    /** Wilder RSI at t: seed = mean gain/loss of the p changes ending w bars before t, then w smoothing steps. */
    static double rsi(double[] c, int t, int p, int w) {
        double gain = 0;
        double loss = 0;
        for (int i = t - w - p + 1; i <= t - w; i++) {
            gain += Math.max(c[i] - c[i - 1], 0);
            loss += Math.max(c[i - 1] - c[i], 0);
        }
        gain /= p;
        loss /= p;
        for (int i = t - w + 1; i <= t; i++) {
            gain = (gain * (p - 1) + Math.max(c[i] - c[i - 1], 0)) / p;
            loss = (loss * (p - 1) + Math.max(c[i - 1] - c[i], 0)) / p;
        }
        return gain + loss == 0 ? 50 : 100 * gain / (gain + loss);
    }

    static double simpleReturn(double[] c, int t, int n) {
        return c[t] / c[t - n] - 1;
    }

    /** Sample standard deviation of the n log returns ending at t. */
    static double logReturnStdev(double[] c, int t, int n) {
        double[] r = new double[n];
        double mean = 0;
        for (int k = 0; k < n; k++) {
            r[k] = Math.log(c[t - n + 1 + k] / c[t - n + k]);
            mean += r[k] / n;
        }
        double ss = 0;
        for (double x : r) {
            ss += (x - mean) * (x - mean);
        }
        return Math.sqrt(ss / (n - 1));
    }

    /**
     * One minute's composite over its venues: those that traded, less outliers (with 3 or more venues, a
     * price (vwap, else close) further than 5 x 1.4826 x MAD from the median, or 2% when MAD is 0);
     * returns the volume-weighted close and the total volume.
     */
    static double[] composite(List<Bar> venues) {
        List<Bar> traded = new ArrayList<>(venues.stream().filter(b -> b.close() != null && b.volume() != null
                && b.volume().signum() > 0).toList());
        if (traded.size() >= 3) {
            double[] prices = traded.stream().mapToDouble(ReferenceStats::price).sorted().toArray();
            double median = median(prices);
            double mad = median(java.util.Arrays.stream(prices).map(x -> Math.abs(x - median)).sorted().toArray());
            traded.removeIf(b -> {
                double dev = Math.abs(price(b) - median);
                return mad > 0 ? dev > 5 * 1.4826 * mad : dev > 0.02 * median;
            });
        }
        double volume = traded.stream().mapToDouble(b -> b.volume().doubleValue()).sum();
        double close = traded.stream().mapToDouble(b -> b.volume().doubleValue() * b.close().doubleValue()).sum();
        return new double[] {close / volume, volume};
    }

    private static double price(Bar b) {
        return (b.vwap() != null ? b.vwap() : b.close()).doubleValue();
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
