package io.minutebars.model;

import java.util.regex.Pattern;

/** Exchange ids are lower-case words: {@code binance}, {@code bybit}, {@code bitmex}, {@code nomics}. */
public final class Exchanges {
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]{1,31}");

    private Exchanges() {
    }

    public static boolean isValid(String exchange) {
        return exchange != null && ID.matcher(exchange).matches();
    }
}
