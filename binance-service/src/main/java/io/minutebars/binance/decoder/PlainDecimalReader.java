package io.minutebars.binance.decoder;

import io.minutebars.model.Decimals;
import java.math.BigDecimal;

/**
 * Exact positive decimals written plainly ("123.45600000"), read from a frame's characters for
 * {@link BinanceFrameScanner}: eighteen digits or fewer as an unscaled long and a scale, no String in between. One
 * reader per scanner; {@link #digits} and {@link #scale} describe the decimal read last.
 */
final class PlainDecimalReader {
    /** Digits and scale of the decimal just read (for the bound of a product). */
    int digits;
    int scale;

    /**
     * The decimal of {@code s[start, end)}; longer plain decimals through {@link Decimals#parseBounded}. Null for
     * anything else (no digit, a second point, a sign, an exponent, zero, a value beyond the bounds): the full decoder
     * judges those.
     */
    BigDecimal read(String s, int start, int end) {
        long unscaled = 0;
        int pointScale = -1;
        int count = 0;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c == '.' && pointScale < 0) {
                pointScale = 0;
            } else if (c >= '0' && c <= '9') {
                if (count == 18) {
                    return readLong(s, i, pointScale >= 0, start, end);
                }
                unscaled = unscaled * 10 + (c - '0');
                count++;
                if (pointScale >= 0) {
                    pointScale++;
                }
            } else {
                return null;
            }
        }
        if (unscaled == 0) {
            return null; // no digit, or zero: not a price or a quantity
        }
        digits = count;
        scale = Math.max(pointScale, 0);
        return BigDecimal.valueOf(unscaled, scale);
    }

    /** The rare plain decimal of more than 18 digits: still only digits and one point, then bounded. */
    private BigDecimal readLong(String s, int from, boolean point, int start, int end) {
        for (int i = from; i < end; i++) {
            char c = s.charAt(i);
            if (c == '.' && !point) {
                point = true;
            } else if (c < '0' || c > '9') {
                return null;
            }
        }
        try {
            BigDecimal v = Decimals.parseBounded(s.substring(start, end));
            digits = v.precision();
            scale = v.scale();
            return v.signum() > 0 ? v : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
