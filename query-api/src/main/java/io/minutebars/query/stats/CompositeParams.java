package io.minutebars.query.stats;

import java.math.BigDecimal;

/**
 * Outlier rule of the composite: with at least {@code minVenuesForOutliers} venues left, a venue is excluded
 * when {@code |p - median| > madMultiplier * 1.4826 * MAD}, or, when MAD is 0, when
 * {@code |p - median| / median > minDeviation}.
 */
public record CompositeParams(BigDecimal madMultiplier, BigDecimal minDeviation, int minVenuesForOutliers) {
    /** Scales the MAD to a standard deviation for normally distributed prices. */
    public static final BigDecimal MAD_SCALE = new BigDecimal("1.4826");

    public static CompositeParams defaults() {
        return new CompositeParams(BigDecimal.valueOf(5), new BigDecimal("0.02"), 3);
    }

    public CompositeParams {
        if (madMultiplier.signum() <= 0 || minDeviation.signum() < 0 || minVenuesForOutliers < 3) {
            throw new IllegalArgumentException("madMultiplier > 0, minDeviation >= 0, minVenuesForOutliers >= 3");
        }
    }
}
