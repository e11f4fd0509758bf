package io.minutebars.query.stats;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Median and median-absolute-deviation outlier detection on exact decimals. */
public final class Outliers {
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private Outliers() {
    }

    /** The median (the mean of the two middle values for an even count); exact. */
    public static BigDecimal median(List<BigDecimal> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("median of nothing");
        }
        List<BigDecimal> v = new ArrayList<>(values);
        v.sort(null);
        int n = v.size();
        return n % 2 == 1 ? v.get(n / 2) : v.get(n / 2 - 1).add(v.get(n / 2)).divide(TWO);
    }

    /** Median absolute deviation from the median. */
    public static BigDecimal mad(List<BigDecimal> values, BigDecimal median) {
        return median(values.stream().map(x -> x.subtract(median).abs()).toList());
    }

    /**
     * For each price, null when it is kept, else why it is an outlier (its deviation and the limit it
     * exceeded). Nothing is flagged with fewer than {@code minVenuesForOutliers} prices.
     */
    public static List<String> flag(List<BigDecimal> prices, CompositeParams p) {
        List<String> out = new ArrayList<>(prices.size());
        if (prices.size() < p.minVenuesForOutliers()) {
            prices.forEach(x -> out.add(null));
            return out;
        }
        BigDecimal median = median(prices);
        BigDecimal mad = mad(prices, median);
        BigDecimal limit = mad.signum() > 0 ? p.madMultiplier().multiply(CompositeParams.MAD_SCALE).multiply(mad)
                : p.minDeviation().multiply(median.abs());
        String rule = mad.signum() > 0
                ? p.madMultiplier().toPlainString() + " x 1.4826 x MAD " + mad.toPlainString()
                : "MAD 0, " + p.minDeviation().toPlainString() + " x median";
        for (BigDecimal x : prices) {
            BigDecimal dev = x.subtract(median).abs();
            out.add(dev.compareTo(limit) > 0 ? "outlier: price " + x.toPlainString() + " is "
                    + dev.toPlainString() + " from the median " + median.toPlainString() + ", more than "
                    + limit.stripTrailingZeros().toPlainString() + " (" + rule + ")" : null);
        }
        return out;
    }
}
