package io.minutebars.binance.decoder;

/**
 * The walk through one frame for {@link BinanceFrameScanner}: objects, whitespace and plain integers read in place,
 * without allocating. A subclass reads the values it knows ({@link #value}); false anywhere means "not a frame this
 * walk reads", and the caller falls back to Jackson.
 */
abstract class FrameCursor {
    /** The frame being read. */
    String s;
    /** The reading position in {@link #s}. */
    int pos;
    /** The integer {@link #integer()} read last. */
    long number;

    /** Reads the value at {@link #pos} of the field {@code key} (its name when one character long, else '*' or '?'). */
    abstract boolean value(char key);

    /** Reads one object; at the top level a {@code data} object holds the event (combined streams). */
    final boolean object(boolean top) {
        if (!skipTo('{')) {
            return false;
        }
        while (true) {
            ws();
            if (pos >= s.length()) {
                return false;
            }
            char c = s.charAt(pos);
            if (c == '}') {
                pos++;
                return true;
            }
            if (c == ',') {
                pos++;
                continue;
            }
            if (c != '"') {
                return false;
            }
            int keyStart = ++pos;
            int keyEnd = s.indexOf('"', keyStart);
            if (keyEnd < 0) {
                return false;
            }
            pos = keyEnd + 1;
            if (!skipTo(':')) {
                return false;
            }
            ws();
            int len = keyEnd - keyStart;
            if (top && len == 4 && s.startsWith("data", keyStart)) {
                if (!object(false)) {
                    return false;
                }
            } else if (!value(len == 1 ? s.charAt(keyStart) : (len == 0 ? '?' : '*'))) {
                return false;
            }
        }
    }

    /**
     * A whole number of at most 18 digits (a long without overflow), optionally negative, at {@link #pos} into
     * {@link #number}; false for anything else (no digit, a fraction, an exponent).
     */
    final boolean integer() {
        char c = s.charAt(pos);
        long v = 0;
        boolean neg = c == '-';
        if (neg) {
            pos++;
        }
        int digits = 0;
        while (pos < s.length() && (c = s.charAt(pos)) >= '0' && c <= '9') {
            v = v * 10 + (c - '0');
            pos++;
            digits++;
        }
        if (digits == 0 || digits > 18 || (pos < s.length() && (c == '.' || c == 'e' || c == 'E'))) {
            return false;
        }
        number = neg ? -v : v;
        return true;
    }

    final void ws() {
        while (pos < s.length() && s.charAt(pos) <= ' ') {
            pos++;
        }
    }

    final boolean skipTo(char c) {
        ws();
        if (pos < s.length() && s.charAt(pos) == c) {
            pos++;
            return true;
        }
        return false;
    }
}
