package io.minutebars.bitmex.decoder;

import io.minutebars.bitmex.dto.BitmexInstrumentDto;
import io.minutebars.bitmex.dto.BitmexTradeDto;
import io.minutebars.core.engine.Trade;
import io.minutebars.core.stream.DecodeException;
import io.minutebars.model.Instrument;
import io.minutebars.model.Symbols;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/** Maps BitMEX rows into canonical trades and instruments. */
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
        if (r.homeNotional() == null || r.foreignNotional() == null || r.size() == null || r.size() == 0) {
            return;
        }
        if (r.timestamp() == null || r.symbol() == null || r.side() == null || r.price() == null
                || r.trdMatchID() == null) {
            throw new DecodeException("trade row lacks a required field", String.valueOf(r));
        }
        out.accept(new Trade(r.symbol(), time(r.timestamp()), -1, r.trdMatchID(), r.price(), r.homeNotional(), 1,
                "Sell".equals(r.side()), r.foreignNotional()));
    }

    public static List<Trade> trades(Collection<BitmexTradeDto> rows) {
        List<Trade> out = new ArrayList<>(rows.size());
        rows.forEach(r -> trade(r, out::add));
        return out;
    }

    static long time(String iso) {
        try {
            return IsoMillis.parse(iso);
        } catch (DateTimeParseException e) {
            throw new DecodeException("bad timestamp '" + iso + "'", iso, e);
        }
    }

    /** Active instruments of the given types; XBT becomes BTC in canonical symbols. */
    public static List<Instrument> instruments(String exchange, List<BitmexInstrumentDto> rows,
            Collection<String> types, Instant seenAt) {
        List<Instrument> out = new ArrayList<>();
        for (BitmexInstrumentDto i : rows) {
            if (i.symbol() == null || i.symbol().startsWith(".") || i.underlying() == null
                    || i.quoteCurrency() == null || !types.contains(i.typ())) {
                continue; // indices and other types
            }
            String base = asset(i.underlying());
            String quote = asset(i.quoteCurrency());
            out.add(new Instrument(exchange, Symbols.canonical(base, quote), i.symbol(), base, quote, i.typ(),
                    i.state(), "Open".equals(i.state()), i.tickSize(), i.lotSize(), seenAt));
        }
        return out;
    }
}
