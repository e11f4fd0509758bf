package io.minutebars.binance.decoder;

import io.minutebars.core.engine.Trade;
import io.minutebars.model.Decimals;
import io.minutebars.model.Minutes;
import java.math.BigDecimal;

/**
 * The hot path of the stream decoder: reads a plain {@code aggTrade}/{@code trade} event (combined or
 * raw) straight from the frame's characters into primitives, building exact decimals from scaled
 * longs. Anything it does not expect (escapes, nested values, missing fields, other events, and any value
 * that would make an invalid trade: a decimal that is not plain positive digits within the bounds, a time outside
 * 1970..9999, {@code l < f}, a blank symbol) makes it return null, and the caller falls back to the full
 * Jackson decoder, which also reports errors. So every trade it returns keeps the decoder contract
 * ({@code Trade.defect()} is null) at the cost of a few comparisons. The walk through the frame is
 * {@link FrameCursor}'s, the decimals {@link PlainDecimalReader}'s: both allocate nothing per frame.
 */
final class BinanceFrameScanner extends FrameCursor {
    private static final int HAS_A = 1, HAS_T_ID = 2, HAS_P = 4, HAS_Q = 8, HAS_F = 16, HAS_L = 32, HAS_TIME = 64,
            HAS_M = 128, HAS_S = 256, HAS_E = 512;

    private final PlainDecimalReader decimals = new PlainDecimalReader();
    private int fields;
    private boolean agg;
    private long aggId, tradeId, first, last, time;
    private boolean buyerMaker;
    private BigDecimal price, qty;
    /** Digits and scale of the price and quantity (for the bound of their product). */
    private int priceDigits, priceScale, qtyDigits, qtyScale;
    private String symbol;
    /** The last symbol read, never blank; null before the first. */
    private String lastSymbol;

    Trade scan(String frame) {
        if (frame.indexOf('\\') >= 0) {
            return null; // escaped strings are rare: Jackson reads them
        }
        s = frame;
        pos = 0;
        fields = 0;
        agg = false;
        boolean ok = object(true);
        if (!ok) {
            return null;
        }
        int needed = agg ? HAS_E | HAS_A | HAS_P | HAS_Q | HAS_F | HAS_L | HAS_TIME | HAS_M | HAS_S
                : HAS_E | HAS_T_ID | HAS_P | HAS_Q | HAS_TIME | HAS_M | HAS_S;
        if ((fields & needed) != needed || time < 0 || time > Minutes.MAX_TIME || (agg && last < first)) {
            return null; // incomplete, or an invalid trade: the full decoder says why
        }
        // price x quantity must stay within the decimal bounds too (a conservative test: digits before the point
        // bound the magnitude, digits after it the smallness); beyond it the full decoder decides exactly
        int maxExponent = Decimals.maxExponent();
        if (priceDigits - priceScale + qtyDigits - qtyScale >= maxExponent || priceScale + qtyScale > maxExponent
                || priceDigits + qtyDigits > Decimals.maxDigits()) {
            return null;
        }
        long id = agg ? aggId : tradeId;
        return new Trade(symbol, time, id, null, price, qty, agg ? last - first + 1 : 1, buyerMaker);
    }

    @Override
    boolean value(char key) {
        if (pos >= s.length()) {
            return false;
        }
        char c = s.charAt(pos);
        if (c == '"') {
            int start = ++pos;
            int end = s.indexOf('"', start);
            if (end < 0) {
                return false;
            }
            pos = end + 1;
            switch (key) {
                case 'e' -> {
                    agg = end - start == 8 && s.startsWith("aggTrade", start);
                    if (!agg && !(end - start == 5 && s.startsWith("trade", start))) {
                        return false; // not a trade event: the full decoder decides what it is
                    }
                    fields |= HAS_E;
                }
                case 's' -> {
                    symbol = symbol(start, end);
                    if (symbol == null) {
                        return false;
                    }
                    fields |= HAS_S;
                }
                case 'p' -> {
                    price = decimals.read(s, start, end);
                    if (price == null) {
                        return false;
                    }
                    priceDigits = decimals.digits;
                    priceScale = decimals.scale;
                    fields |= HAS_P;
                }
                case 'q' -> {
                    qty = decimals.read(s, start, end);
                    if (qty == null) {
                        return false;
                    }
                    qtyDigits = decimals.digits;
                    qtyScale = decimals.scale;
                    fields |= HAS_Q;
                }
                case 'a', 't', 'f', 'l', 'T', 'm' -> {
                    return false; // a field of the wrong type: Jackson reads (and refuses) it
                }
                default -> { }
            }
            return true;
        }
        if (c == 't' || c == 'f') {
            boolean v = c == 't';
            if (!s.startsWith(v ? "true" : "false", pos)) {
                return false;
            }
            pos += v ? 4 : 5;
            if (key == 'm') {
                buyerMaker = v;
                fields |= HAS_M;
            } else if (known(key)) {
                return false;
            }
            return true;
        }
        if (c == '-' || (c >= '0' && c <= '9')) {
            if (!integer()) {
                return false;
            }
            long v = number;
            switch (key) {
                case 'a' -> { aggId = v; fields |= HAS_A; }
                case 't' -> { tradeId = v; fields |= HAS_T_ID; }
                case 'f' -> { first = v; fields |= HAS_F; }
                case 'l' -> { last = v; fields |= HAS_L; }
                case 'T' -> { time = v; fields |= HAS_TIME; }
                case 'e', 's', 'p', 'q', 'm' -> {
                    return false;
                }
                default -> { }
            }
            return true;
        }
        if (c == 'n' && s.startsWith("null", pos)) {
            pos += 4;
            return !known(key);
        }
        return false; // nested values: leave them to Jackson
    }

    /** The fields the scanner reads: any of them with a value of another type sends the frame to Jackson. */
    private static boolean known(char key) {
        return switch (key) {
            case 'e', 's', 'p', 'q', 'a', 't', 'f', 'l', 'T', 'm' -> true;
            default -> false;
        };
    }

    /** Market symbols repeat: reuse the last String instead of allocating one per frame. Null when blank. */
    private String symbol(int start, int end) {
        String last = lastSymbol;
        if (last == null || last.length() != end - start || !s.startsWith(last, start)) {
            String sym = s.substring(start, end);
            if (sym.isBlank()) {
                return null;
            }
            lastSymbol = sym;
        }
        return lastSymbol;
    }
}
