package io.minutebars.model;

import java.util.Locale;
import java.util.regex.Pattern;

/** Canonical symbols are {@code BASE-QUOTE} in upper case, e.g. {@code BTC-USDT}. */
public final class Symbols {
    private static final Pattern CANONICAL = Pattern.compile("[A-Z0-9]{1,20}-[A-Z0-9]{1,20}");

    private Symbols() {
    }

    public static String canonical(String base, String quote) {
        String s = base.toUpperCase(Locale.ROOT) + "-" + quote.toUpperCase(Locale.ROOT);
        if (!isCanonical(s)) {
            throw new IllegalArgumentException("not a valid market: " + base + "/" + quote);
        }
        return s;
    }

    public static boolean isCanonical(String symbol) {
        return symbol != null && CANONICAL.matcher(symbol).matches();
    }

    public static String base(String canonical) {
        return canonical.substring(0, canonical.indexOf('-'));
    }

    public static String quote(String canonical) {
        return canonical.substring(canonical.indexOf('-') + 1);
    }
}
