package io.minutebars.simulator.binance;

import io.minutebars.simulator.market.SymbolSpec;
import io.minutebars.simulator.store.TradeStore;
import java.util.regex.Pattern;

/** Binance's parameter rules, taken as raw strings so a bad value gets Binance's error, not a 404. */
final class BinanceParams {
    static final int DEFAULT_LIMIT = 500;
    static final int MAX_LIMIT = 1000;
    private static final Pattern SYMBOL = Pattern.compile("^[A-Z0-9-_.]{1,20}$");
    private static final Pattern LONG = Pattern.compile("^-?[0-9]{1,20}$");

    private BinanceParams() {
    }

    static SymbolSpec symbol(TradeStore store, String symbol) {
        if (symbol == null || symbol.isEmpty()) {
            throw BinanceApiException.mandatory("symbol");
        }
        if (!SYMBOL.matcher(symbol).matches()) {
            throw BinanceApiException.badRequest(-1100,
                    "Illegal characters found in parameter 'symbol'; legal range is '" + SYMBOL.pattern() + "'.");
        }
        return store.market(symbol).orElseThrow(BinanceApiException::invalidSymbol);
    }

    /** An optional long parameter; null when absent. */
    static Long optionalLong(String name, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (!LONG.matcher(value).matches()) {
            throw BinanceApiException.badRequest(-1100,
                    "Illegal characters found in parameter '" + name + "'; legal range is '^[0-9]{1,20}$'.");
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw BinanceApiException.invalidValue(name);
        }
    }

    static int limit(String value) {
        Long limit = optionalLong("limit", value);
        if (limit == null) {
            return DEFAULT_LIMIT;
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw BinanceApiException.badRequest(-1130,
                    "Data sent for parameter 'limit' is not valid; legal range is 1 to " + MAX_LIMIT + ".");
        }
        return limit.intValue();
    }

    static void checkWindow(Long startTime, Long endTime) {
        if (startTime != null && endTime != null && startTime > endTime) {
            throw BinanceApiException.badRequest(-1023, "Start time is greater than end time.");
        }
    }
}
