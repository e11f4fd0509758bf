package io.minutebars.core.stream;

import com.fasterxml.jackson.databind.JsonNode;
import io.minutebars.core.engine.Trade;
import io.minutebars.model.Bar;
import io.minutebars.model.BarStatus;
import io.minutebars.model.Decimals;
import io.minutebars.model.Minutes;
import io.minutebars.model.Symbols;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * What every decoder checks before it computes or hands a value on, so that a bad payload becomes one
 * {@link DecodeException} (with a short message that never echoes the payload) instead of a NullPointerException,
 * a NumberFormatException, a hang on {@code 1e999999999}, a trade the engine cannot bin, or a bar the aggregator
 * refuses. The fuzz tests of the exchange services hold every decoder to this.
 */
public final class DecodeChecks {
    /** Longest excerpt of exchange text a message quotes. */
    public static final int EXCERPT = 120;

    private DecodeChecks() {
    }

    /** At most {@link #EXCERPT} characters of a text, with its length when cut: what a message may quote. */
    public static String excerpt(String text) {
        return excerpt(text, EXCERPT);
    }

    /** At most {@code max} characters of a text, with its length when cut. */
    public static String excerpt(String text, int max) {
        if (text == null) {
            return "null";
        }
        return text.length() <= max ? text : text.substring(0, max) + "... (" + text.length() + " chars)";
    }

    /** The trade itself when it keeps the decoder contract ({@link Trade#defect()} is null). */
    public static Trade trade(Trade t, String payload) {
        String defect = t.defect();
        if (defect != null) {
            throw new DecodeException(defect, payload);
        }
        return t;
    }

    /** A decimal written as text, within {@link Decimals}' bounds. */
    public static BigDecimal decimal(String text, String field, String payload) {
        try {
            return Decimals.parseBounded(text);
        } catch (IllegalArgumentException e) {
            throw new DecodeException(field + ": " + e.getMessage(), payload);
        }
    }

    /**
     * A decimal in a JSON node, written as a string or a number, within {@link Decimals}' bounds (a number node is
     * read from its text: {@code longValue()} or {@code setScale} of {@code 1e999999999} would never end).
     */
    public static BigDecimal decimal(JsonNode n, String field, String payload) {
        if (n == null || !(n.isTextual() || n.isNumber())) {
            throw new DecodeException(field + " is not a decimal", payload);
        }
        return decimal(n.asText(), field, payload);
    }

    /** A whole number in a JSON node (an integral number, or a string of digits) that fits a long. */
    public static long integer(JsonNode n, String field, String payload) {
        if (n != null && n.isIntegralNumber() && n.canConvertToLong()) {
            return n.longValue();
        }
        if (n != null && n.isTextual()) {
            return integer(n.asText(), field, payload);
        }
        throw new DecodeException(field + " is not a whole number", payload);
    }

    /** A whole number written as text (optional sign, ASCII digits only) that fits a long. */
    public static long integer(String text, String field, String payload) {
        if (text != null && !text.isEmpty() && text.length() <= 20) {
            int i = text.charAt(0) == '-' ? 1 : 0;
            boolean digits = i < text.length();
            for (; i < text.length() && digits; i++) {
                char c = text.charAt(i);
                digits = c >= '0' && c <= '9';
            }
            if (digits) {
                try {
                    return Long.parseLong(text);
                } catch (NumberFormatException e) {
                    // beyond a long: refused below
                }
            }
        }
        throw new DecodeException(field + " is not a whole number: '" + excerpt(text) + "'", payload);
    }

    /** An epoch-ms time within 1970..9999, where minute arithmetic holds. */
    public static long time(long epochMillis, String field, String payload) {
        if (!Minutes.inRange(epochMillis)) {
            throw new DecodeException(field + " " + epochMillis + " is outside 1970..9999", payload);
        }
        return epochMillis;
    }

    /** A market symbol as the exchange writes it: present, not blank, at most 64 characters. */
    public static String nativeSymbol(String s, String payload) {
        if (s == null || s.isBlank() || s.length() > 64) {
            throw new DecodeException("market symbol missing, blank or longer than 64 characters: '" + excerpt(s) + "'",
                    payload);
        }
        return s;
    }

    /** True when base and quote make a canonical symbol ({@link Symbols#canonical}); false for anything else. */
    public static boolean canonical(String base, String quote) {
        return base != null && quote != null && base.length() <= 20 && quote.length() <= 20
                && Symbols.isCanonical(base.toUpperCase(Locale.ROOT) + "-" + quote.toUpperCase(Locale.ROOT));
    }

    /**
     * A bar repaired from the exchange's klines or candles as the aggregator will store it: no negative count or
     * volume, and for a FILLED bar all four prices with low > 0 and open and close within [low, high]; an EMPTY
     * bar without prices or trades. Anything else is a bad answer, not a bar. (A kline whose open time is not on
     * a minute is left as the exchange states it: the engine repairs a minute only with the kline that opens it
     * exactly, so such a kline is never published.)
     */
    public static Bar kline(Bar b, String payload) {
        String why = null;
        if (b.trades() != null && b.trades() < 0) {
            why = "negative trade count";
        } else if (negative(b.volume()) || negative(b.quoteVolume()) || negative(b.takerBuyVolume())
                || negative(b.takerBuyQuoteVolume()) || negative(b.takerSellVolume()) || negative(b.takerSellQuoteVolume())) {
            why = "negative volume (taker volume above the total?)";
        } else if (b.status() == BarStatus.FILLED || b.status() == BarStatus.COMPLETE) {
            if (b.open() == null || b.high() == null || b.low() == null || b.close() == null || b.volume() == null) {
                why = "a price or the volume is missing";
            } else if (b.low().signum() <= 0) {
                why = "non-positive price";
            } else if (b.high().compareTo(b.low()) < 0 || outside(b.open(), b) || outside(b.close(), b)) {
                why = "prices out of order (low <= open, close <= high)";
            }
        } else if (b.status() == BarStatus.EMPTY && (b.open() != null || (b.trades() != null && b.trades() != 0))) {
            why = "an empty minute with trades";
        }
        if (why != null) {
            throw new DecodeException("kline of " + b.openTime() + ": " + why, payload);
        }
        return b;
    }

    private static boolean negative(BigDecimal v) {
        return v != null && v.signum() < 0;
    }

    private static boolean outside(BigDecimal p, Bar b) {
        return p.compareTo(b.low()) < 0 || p.compareTo(b.high()) > 0;
    }
}
