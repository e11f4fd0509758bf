package io.minutebars.query.service;

import io.minutebars.model.Exchanges;
import io.minutebars.model.Interval;
import io.minutebars.model.Symbols;
import io.minutebars.query.problem.QueryProblemException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Syntax checks of the market parameters shared by every endpoint. */
public final class MarketParams {
    private static final String INTERVALS = Arrays.stream(Interval.values()).map(Interval::code)
            .collect(Collectors.joining(", "));

    private MarketParams() {
    }

    public static String exchange(String raw) {
        if (raw == null || raw.isBlank()) {
            throw QueryProblemException.invalid("exchange", "exchange is required, e.g. exchange=binance");
        }
        String e = raw.trim().toLowerCase(Locale.ROOT);
        if (!Exchanges.isValid(e)) {
            throw QueryProblemException.invalid("exchange", "exchange " + QueryProblemException.echo(raw)
                    + " is malformed; exchange ids are lower-case words like binance");
        }
        return e;
    }

    /** Canonical symbol; lower case is accepted and upper-cased. */
    public static String symbol(String raw) {
        if (raw == null || raw.isBlank()) {
            throw QueryProblemException.invalid("symbol", "symbol is required, e.g. symbol=BTC-USDT");
        }
        String s = raw.trim().toUpperCase(Locale.ROOT);
        if (!Symbols.isCanonical(s)) {
            throw QueryProblemException.invalid("symbol", "symbol " + QueryProblemException.echo(raw)
                    + " is malformed; use the canonical BASE-QUOTE form like BTC-USDT");
        }
        return s;
    }

    /** The interval, 1m when absent. */
    public static Interval interval(String raw) {
        if (raw == null) {
            return Interval.M1;
        }
        return Interval.fromCode(raw.trim()).orElseThrow(() -> QueryProblemException.invalid("interval",
                "interval " + QueryProblemException.echo(raw) + " is unknown; use one of " + INTERVALS));
    }

    /** The canonical text of a parameter for the cursor, null when absent. */
    static String text(Object value) {
        return value == null ? null : value instanceof Interval i ? i.code() : value instanceof ExchangeId e
                ? e.value() : value instanceof MarketSymbol s ? s.value() : value.toString();
    }
}
