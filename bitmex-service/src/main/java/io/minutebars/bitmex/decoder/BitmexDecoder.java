package io.minutebars.bitmex.decoder;

import io.minutebars.bitmex.dto.BitmexInstrumentDto;
import io.minutebars.bitmex.dto.BitmexTradeDto;
import io.minutebars.core.engine.Trade;
import io.minutebars.core.stream.DecodeChecks;
import io.minutebars.core.stream.DecodeException;
import io.minutebars.model.Instrument;
import io.minutebars.model.Symbols;
import java.time.Instant;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Maps BitMEX rows into canonical trades and instruments. A row that is not a valid trade (a missing field, a
 * timestamp that does not parse or lies outside 1970..9999, a non-positive price or notional, an overlong id) is
 * refused with a {@link DecodeException} before anything is computed from it; catalog entries that cannot be
 * named canonically are left out.
 */
public final class BitmexDecoder {
    private BitmexDecoder() {
    }

    /** BitMEX names bitcoin XBT (and satoshi-denominated settlement XBt); canonical symbols say BTC. */
    public static String asset(String code) {
        String upper = code.toUpperCase(Locale.ROOT);
        return "XBT".equals(upper) ? "BTC" : upper;
    }

    /**
     * A trade: base quantity = {@code homeNotional}, exact quote amount = {@code foreignNotional} (never
     * the contract count), taker side = {@code side}, id = {@code trdMatchID} (a GUID: no order, seq -1).
     * Index rows (size 0, no notionals) are not trades and are skipped.
     */
    public static void trade(BitmexTradeDto r, Consumer<Trade> out) {
        if (r == null) {
            throw new DecodeException("trade row is null", null);
        }
        if (r.homeNotional() == null || r.foreignNotional() == null || r.size() == null || r.size() == 0) {
            return;
        }
        if (r.timestamp() == null || r.symbol() == null || r.side() == null || r.price() == null
                || r.trdMatchID() == null) {
            throw new DecodeException("trade row lacks a required field", row(r));
        }
        Trade t = new Trade(r.symbol(), time(r.timestamp()), -1, r.trdMatchID(), r.price(), r.homeNotional(), 1,
                "Sell".equals(r.side()), r.foreignNotional());
        String defect = t.defect();
        if (defect != null) {
            throw new DecodeException(defect, row(r));
        }
        out.accept(t);
    }

    public static List<Trade> trades(Collection<BitmexTradeDto> rows) {
        if (rows == null) {
            throw new DecodeException("trade answer without rows", null);
        }
        List<Trade> out = new ArrayList<>(rows.size());
        rows.forEach(r -> trade(r, out::add));
        return out;
    }

    static long time(String iso) {
        try {
            return IsoMillis.parse(iso);
        } catch (DateTimeException | ArithmeticException e) {
            // Instant.parse reads years up to +1000000000, whose epoch milliseconds overflow a long
            throw new DecodeException("bad timestamp '" + DecodeChecks.excerpt(iso) + "'", DecodeChecks.excerpt(iso, 500), e);
        }
    }

    private static String row(BitmexTradeDto r) {
        return DecodeChecks.excerpt(String.valueOf(r), 500);
    }

    /** Active instruments of the given types; XBT becomes BTC in canonical symbols. */
    public static List<Instrument> instruments(String exchange, List<BitmexInstrumentDto> rows,
            Collection<String> types, Instant seenAt) {
        if (rows == null) {
            throw new DecodeException("instrument answer without rows", null);
        }
        List<Instrument> out = new ArrayList<>();
        for (BitmexInstrumentDto i : rows) {
            if (i == null || i.symbol() == null || i.symbol().startsWith(".") || i.symbol().isBlank()
                    || i.symbol().length() > 64 || i.typ() == null || !types.contains(i.typ())
                    || i.underlying() == null || i.quoteCurrency() == null
                    || !DecodeChecks.canonical(asset(i.underlying()), asset(i.quoteCurrency()))) {
                continue; // indices, other types, and names no canonical symbol can carry
            }
            String base = asset(i.underlying());
            String quote = asset(i.quoteCurrency());
            out.add(new Instrument(exchange, Symbols.canonical(base, quote), i.symbol(), base, quote, i.typ(),
                    i.state(), "Open".equals(i.state()), i.tickSize(), i.lotSize(), seenAt));
        }
        return out;
    }
}
