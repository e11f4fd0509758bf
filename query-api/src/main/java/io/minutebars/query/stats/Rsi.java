package io.minutebars.query.stats;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Wilder's Relative Strength Index. Changes {@code d_i = c_i - c_(i-1)}; the averages of gains and losses
 * are seeded with the simple mean of the first {@code period} of them, then smoothed
 * {@code avg = (prev * (period - 1) + current) / period}; {@code RSI = 100 - 100 / (1 + avgGain / avgLoss)},
 * computed as the equal {@code 100 * avgGain / (avgGain + avgLoss)}: 100 when there is no loss, 50 when
 * there is neither gain nor loss. Averages in {@link MathContext#DECIMAL128}, RSI rounded half-even to
 * {@link #SCALE} places.
 */
public final class Rsi {
    public static final int SCALE = 8;
    private static final MathContext MC = MathContext.DECIMAL128;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal FIFTY = BigDecimal.valueOf(50);

    private Rsi() {
    }

    /** Closes a value needs: the seed's {@code period} changes, {@code warmup} smoothing steps, and one more close. */
    public static int barsNeeded(int period, int warmup) {
        return period + warmup + 1;
    }

    /**
     * The RSI at {@code closes[t]} from the fixed window {@code closes[t - period - warmup .. t]}: seeded with
     * the {@code period} changes ending {@code warmup} bars before {@code t}, then {@code warmup} Wilder steps.
     * With {@code warmup = 0} it is the seed itself. The value depends on nothing outside the window.
     */
    public static BigDecimal at(BigDecimal[] closes, int t, int period, int warmup) {
        if (period < 1 || warmup < 0) {
            throw new IllegalArgumentException("period must be >= 1 and warmup >= 0");
        }
        int first = t - period - warmup;
        if (first < 0 || t >= closes.length) {
            throw new IllegalArgumentException("closes[" + first + ".." + t + "] is outside the series");
        }
        BigDecimal p = BigDecimal.valueOf(period);
        BigDecimal sumGain = BigDecimal.ZERO;
        BigDecimal sumLoss = BigDecimal.ZERO;
        for (int i = first + 1; i <= first + period; i++) {
            BigDecimal d = closes[i].subtract(closes[i - 1]);
            sumGain = d.signum() > 0 ? sumGain.add(d) : sumGain;
            sumLoss = d.signum() < 0 ? sumLoss.subtract(d) : sumLoss;
        }
        BigDecimal gain = sumGain.divide(p, MC);
        BigDecimal loss = sumLoss.divide(p, MC);
        BigDecimal keep = BigDecimal.valueOf(period - 1L);
        for (int i = first + period + 1; i <= t; i++) {
            BigDecimal d = closes[i].subtract(closes[i - 1]);
            gain = gain.multiply(keep, MC).add(d.signum() > 0 ? d : BigDecimal.ZERO, MC).divide(p, MC);
            loss = loss.multiply(keep, MC).add(d.signum() < 0 ? d.negate() : BigDecimal.ZERO, MC).divide(p, MC);
        }
        return fromAverages(gain, loss);
    }

    /** RSI from the average gain and loss, rounded half-even to {@link #SCALE} places. */
    public static BigDecimal fromAverages(BigDecimal avgGain, BigDecimal avgLoss) {
        if (avgLoss.signum() == 0) {
            return avgGain.signum() == 0 ? FIFTY : HUNDRED;
        }
        return avgGain.multiply(HUNDRED).divide(avgGain.add(avgLoss), SCALE, RoundingMode.HALF_EVEN);
    }

    /**
     * The classic running RSI over a whole series (each value smoothed from the very first close), as
     * published worked examples compute it: null for the first {@code period} closes. Equal to
     * {@code at(closes, t, period, t - period)}.
     */
    public static List<BigDecimal> series(List<BigDecimal> closes, int period) {
        BigDecimal[] c = closes.toArray(new BigDecimal[0]);
        List<BigDecimal> out = new ArrayList<>(Collections.nCopies(Math.min(period, c.length), null));
        for (int t = period; t < c.length; t++) {
            out.add(at(c, t, period, t - period));
        }
        return out;
    }
}
