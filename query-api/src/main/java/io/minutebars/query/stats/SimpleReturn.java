package io.minutebars.query.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The n-period simple return {@code c_t / c_(t-n) - 1}, computed exactly and rounded half-even once. */
public final class SimpleReturn {
    public static final int SCALE = 12;

    private SimpleReturn() {
    }

    /** Closes a value needs. */
    public static int barsNeeded(int n) {
        return n + 1;
    }

    public static BigDecimal of(BigDecimal now, BigDecimal then) {
        if (then.signum() == 0) {
            throw new ArithmeticException("return from a zero price");
        }
        return now.subtract(then).divide(then, SCALE, RoundingMode.HALF_EVEN);
    }

    /** The return at {@code closes[t]} over {@code n} periods. */
    public static BigDecimal at(BigDecimal[] closes, int t, int n) {
        return of(closes[t], closes[t - n]);
    }
}
