package io.minutebars.simulator.market;

import java.math.BigDecimal;

/**
 * Prices and quantities are kept as longs in units of 1e-8 (Binance's 8 decimals): exact, compact,
 * and no binary floating point ever touches them.
 */
public final class Scaled {
    public static final int SCALE = 8;
    public static final long ONE = 100_000_000L;

    private Scaled() {
    }

    public static BigDecimal toDecimal(long e8) {
        return BigDecimal.valueOf(e8, SCALE);
    }

    /** Binance wire form: a string with exactly 8 decimals, e.g. {@code "60759.60000000"}. */
    public static String format(long e8) {
        return toDecimal(e8).toPlainString();
    }

    /** At least 8 decimals, more only when the exact value needs them (e.g. a quote volume of p x q). */
    public static String format(BigDecimal v) {
        return v.setScale(Math.max(SCALE, v.scale())).toPlainString();
    }

    /** Parses a decimal with at most 8 decimals; throws IllegalArgumentException otherwise. */
    public static long parse(String s) {
        BigDecimal v;
        try {
            v = new BigDecimal(s.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a decimal: '" + s + "'");
        }
        try {
            return v.movePointRight(SCALE).longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("more than 8 decimals or out of range: '" + s + "'");
        }
    }
}
