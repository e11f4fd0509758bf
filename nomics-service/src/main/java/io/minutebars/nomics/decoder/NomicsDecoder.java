package io.minutebars.nomics.decoder;

import io.minutebars.core.engine.Trade;
import io.minutebars.core.stream.DecodeChecks;
import io.minutebars.model.Bar;
import io.minutebars.model.BarSource;
import io.minutebars.model.BarStatus;
import io.minutebars.model.Instrument;
import io.minutebars.model.Interval;
import io.minutebars.model.Minutes;
import io.minutebars.model.Symbols;
import io.minutebars.nomics.dto.NomicsCandleDto;
import io.minutebars.nomics.dto.NomicsTickerDto;
import io.minutebars.nomics.dto.NomicsTradeDto;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Maps Nomics v1 answers (and CSV export rows) into canonical instruments, trades and candle bars. */
public final class NomicsDecoder {
    private NomicsDecoder() {
    }

    /** Every active ticker currency paired with each configured quote, spelled the source exchange's way. */
    public static List<Instrument> instruments(String exchange, List<NomicsTickerDto> tickers, List<String> quotes,
            String format, Instant seenAt) {
        if (tickers == null) {
            throw new IllegalArgumentException("ticker answer without currencies");
        }
        List<Instrument> out = new ArrayList<>();
        for (NomicsTickerDto t : tickers) {
            if (t == null || (t.id() == null && t.currency() == null)) {
                continue; // no currency to name a market by
            }
            String base = (t.id() != null ? t.id() : t.currency()).toUpperCase(Locale.ROOT);
            boolean active = t.status() == null || "active".equalsIgnoreCase(t.status());
            for (String q : quotes) {
                String quote = q.trim().toUpperCase(Locale.ROOT);
                if (!quote.equals(base) && DecodeChecks.canonical(base, quote)) {
                    out.add(new Instrument(exchange, Symbols.canonical(base, quote), market(format, base, quote), base,
                            quote, "SPOT", t.status(), active, null, null, seenAt));
                }
            }
        }
        return out;
    }

    public static String market(String format, String base, String quote) {
        return format.replace("{base}", base).replace("{quote}", quote);
    }

    /**
     * Candles of minutes closed by {@code end}, as FILLED bars (source as given): a candle has no trade
     * count, quote volume or taker split, so those stay null, never invented. Zero volume is an EMPTY minute.
     */
    public static List<Bar> candles(String exchange, String symbol, String market, List<NomicsCandleDto> rows,
            long end, BarSource source) {
        if (rows == null) {
            throw new IllegalArgumentException("candle answer without candles");
        }
        List<Bar> out = new ArrayList<>();
        for (NomicsCandleDto c : rows) {
            if (c == null) {
                throw new IllegalArgumentException("candle is null");
            }
            long open = time(c.timestamp());
            if (open % Minutes.MINUTE_MS != 0 || open + Minutes.MINUTE_MS > end) {
                continue; // not a 1m candle, or its minute is still open
            }
            if (c.volume() == null || c.volume().signum() == 0) {
                out.add(Bar.empty(exchange, symbol, market, open, source));
                continue;
            }
            out.add(new Bar(exchange, symbol, market, Interval.M1.code(), Instant.ofEpochMilli(open), null, c.open(),
                    c.high(), c.low(), c.close(), c.volume(), null, null, null, null, null, null, null, null, null,
                    BarStatus.FILLED, 0, source));
        }
        return out;
    }

    /** Numeric ids are the sequence the cursor pages by; other ids carry no order (seq -1). */
    public static Trade trade(String market, NomicsTradeDto t) {
        if (t == null || t.id() == null || t.id().isEmpty() || t.timestamp() == null || t.price() == null
                || t.amount() == null) {
            throw new IllegalArgumentException("trade lacks id, timestamp, price or amount: "
                    + DecodeChecks.excerpt(String.valueOf(t)));
        }
        long seq = t.id().chars().allMatch(Character::isDigit) && t.id().length() < 19 ? Long.parseLong(t.id()) : -1;
        boolean sell = "sell".equalsIgnoreCase(t.side());
        return new Trade(market, time(t.timestamp()), seq, seq >= 0 ? null : t.id(), t.price(), t.amount(), 1, sell);
    }

    /** RFC 3339 / ISO-8601 instants, or epoch milliseconds (some exports write those). */
    public static long time(String text) {
        String v = text == null ? "" : text.trim();
        try {
            return !v.isEmpty() && v.chars().allMatch(Character::isDigit) ? Long.parseLong(v)
                    : Instant.parse(v).toEpochMilli();
        } catch (DateTimeException | ArithmeticException | NumberFormatException e) {
            // a year up to +1000000000 parses, but its epoch milliseconds overflow a long
            throw new IllegalArgumentException("not an RFC 3339 time: '" + DecodeChecks.excerpt(text) + "'", e);
        }
    }

    public static BigDecimal decimal(String text, String field) {
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException | NullPointerException e) {
            throw new IllegalArgumentException(field + " is not a decimal: '" + text + "'", e);
        }
    }
}
