package io.minutebars.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The decimal rules every producer of bars shares, so independently built bars compare equal, and the
 * bound every boundary applies before it computes: a decimal such as {@code 1e999999999} is cheap to
 * parse but makes {@code setScale}, {@code toPlainString} or an addition allocate without end, so a value
 * with more significant digits than {@link #maxDigits()} or an exponent beyond {@link #maxExponent()} is
 * refused where it enters (WebSocket and REST decoders, CSV rows, bar messages, stored documents).
 */
public final class Decimals {
    /** Digits after the point kept for a VWAP (the only value that needs a division). */
    public static final int VWAP_SCALE = 12;
    /** Default bounds: far beyond any price or volume (Decimal128 holds 34 digits), far below harm. */
    public static final int DEFAULT_MAX_DIGITS = 50;
    public static final int DEFAULT_MAX_EXPONENT = 40;
    /** Longest decimal text parsed at all: parsing itself is quadratic in the length. */
    private static final int MAX_TEXT = 200;

    private static volatile int maxDigits = DEFAULT_MAX_DIGITS;
    private static volatile int maxExponent = DEFAULT_MAX_EXPONENT;

    private Decimals() {
    }

    /** Sets the bounds (a service does it once at start-up from its configuration). */
    public static void configure(int digits, int exponent) {
        if (digits < 20 || digits > 1000 || exponent < 20 || exponent > 1000) {
            throw new IllegalArgumentException("decimal bounds must lie within 20..1000 digits and 20..1000 for the"
                    + " exponent, were " + digits + " and " + exponent);
        }
        maxDigits = digits;
        maxExponent = exponent;
    }

    public static int maxDigits() {
        return maxDigits;
    }

    public static int maxExponent() {
        return maxExponent;
    }

    /**
     * The value itself when its significant digits and its decimal exponent (the power of ten of its
     * leading digit, as in {@code 1.5e-7}) lie within the bounds; else an IllegalArgumentException that
     * says which bound, without echoing the value. Null stays null.
     */
    public static BigDecimal bounded(BigDecimal v) {
        if (v == null || v.signum() == 0) {
            return v;
        }
        // precision() of a value within MAX_TEXT characters is cheap; scale() is a field
        int digits = v.precision();
        long exponent = (long) digits - 1 - v.scale();
        if (exponent > maxExponent || exponent < -maxExponent) {
            throw new IllegalArgumentException("decimal exponent " + exponent + " is beyond the bound of "
                    + maxExponent);
        }
        if (digits > maxDigits && v.stripTrailingZeros().precision() > maxDigits) {
            throw new IllegalArgumentException("decimal with more than " + maxDigits + " significant digits");
        }
        return v;
    }

    /** Canonical form: no trailing zeros, zero as plain 0. Null stays null. Refuses unbounded values. */
    public static BigDecimal normalize(BigDecimal v) {
        if (v == null) {
            return null;
        }
        if (v.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal s = bounded(v).stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    /** quoteVolume / volume rounded half-even to {@link #VWAP_SCALE} digits; null when volume is 0 or unknown. */
    public static BigDecimal vwap(BigDecimal quoteVolume, BigDecimal volume) {
        if (quoteVolume == null || volume == null || volume.signum() == 0) {
            return null;
        }
        return normalize(quoteVolume.divide(volume, VWAP_SCALE, RoundingMode.HALF_EVEN));
    }

    /** Parses and normalises decimal text within the bounds; IllegalArgumentException (no echo) otherwise. */
    public static BigDecimal parse(String s) {
        return normalize(parseBounded(s));
    }

    /** Parses decimal text within the bounds, keeping its scale; IllegalArgumentException (no echo) otherwise. */
    public static BigDecimal parseBounded(String s) {
        if (s == null) {
            throw new IllegalArgumentException("missing decimal");
        }
        if (s.length() > MAX_TEXT) {
            throw new IllegalArgumentException("decimal text longer than " + MAX_TEXT + " characters");
        }
        try {
            return bounded(new BigDecimal(s));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a decimal number");
        }
    }
}
