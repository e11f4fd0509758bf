package io.minutebars.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The decimal rules every producer of bars shares, so independently built bars compare equal. */
public final class Decimals {
    /** Digits after the point kept for a VWAP (the only value that needs a division). */
    public static final int VWAP_SCALE = 12;

    private Decimals() {
    }

    /** Canonical form: no trailing zeros, zero as plain 0. Null stays null. */
    public static BigDecimal normalize(BigDecimal v) {
        if (v == null) {
            return null;
        }
        if (v.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    /** quoteVolume / volume rounded half-even to {@link #VWAP_SCALE} digits; null when volume is 0 or unknown. */
    public static BigDecimal vwap(BigDecimal quoteVolume, BigDecimal volume) {
        if (quoteVolume == null || volume == null || volume.signum() == 0) {
            return null;
        }
        return normalize(quoteVolume.divide(volume, VWAP_SCALE, RoundingMode.HALF_EVEN));
    }

    public static BigDecimal parse(String s) {
        return normalize(new BigDecimal(s));
    }
}
