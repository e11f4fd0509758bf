package io.minutebars.nomics.decoder;

import io.minutebars.core.engine.Trade;
import io.minutebars.core.stream.DecodeChecks;
import io.minutebars.model.Bar;
import io.minutebars.model.BarSource;
import io.minutebars.model.BarStatus;
import io.minutebars.model.Decimals;
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
     * A candle with a bad time or inconsistent prices is left out: its minute stays without data (UNAVAILABLE)
     * rather than stopping every later poll.
     */
    public static List<Bar> candles(String exchange, String symbol, String market, List<NomicsCandleDto> rows,
            long end, BarSource source) {
        if (rows == null) {
            throw new IllegalArgumentException("candle answer without candles");
        }
        List<Bar> out = new ArrayList<>();
        for (NomicsCandleDto c : rows) {
            if (c == null) {
                continue;
            }
            try {
                long open = time(c.timestamp());
                if (open % Minutes.MINUTE_MS != 0 || open + Minutes.MINUTE_MS > end) {
                    continue; // not a 1m candle, or its minute is still open
                }
                out.add(candle(exchange, symbol, market, open, c, source));
            } catch (IllegalArgumentException e) {
                continue;
            }
        }
        return out;
    }

    /** One 1m candle opening at {@code open} as a bar; refuses prices a candle cannot have. */
    public static Bar candle(String exchange, String symbol, String market, long open, NomicsCandleDto c,
            BarSource source) {
        if (c.volume() == null || c.volume().signum() == 0) {
            return Bar.empty(exchange, symbol, market, open, source);
        }
        if (c.open() == null || c.high() == null || c.low() == null || c.close() == null || c.low().signum() <= 0
                || c.volume().signum() < 0 || c.high().compareTo(c.low()) < 0 || outside(c.open(), c)
                || outside(c.close(), c)) {
            throw new IllegalArgumentException("the candle's prices are missing or inconsistent (need 0 < low <= "
                    + "open, close <= high and a volume of 0 or more)");
        }
        return new Bar(exchange, symbol, market, Interval.M1.code(), Instant.ofEpochMilli(open), null, c.open(),
                c.high(), c.low(), c.close(), c.volume(), null, null, null, null, null, null, null, null, null,
                BarStatus.FILLED, 0, source);
    }

    private static boolean outside(BigDecimal price, NomicsCandleDto c) {
        return price.compareTo(c.low()) < 0 || price.compareTo(c.high()) > 0;
    }

    /** Numeric ids are the sequence the cursor pages by; other ids carry no order (seq -1). */
    public static Trade trade(String market, NomicsTradeDto t) {
        if (t == null || t.id() == null || t.id().isBlank() || t.timestamp() == null || t.price() == null
                || t.amount() == null) {
            throw new IllegalArgumentException("trade lacks id, timestamp, price or amount");
        }
        if (t.id().length() > 64) {
            throw new IllegalArgumentException("trade id longer than 64 characters");
        }
        long seq = t.id().chars().allMatch(Character::isDigit) && t.id().length() < 19 ? Long.parseLong(t.id()) : -1;
        boolean sell = "sell".equalsIgnoreCase(t.side());
        return new Trade(market, time(t.timestamp()), seq, seq >= 0 ? null : t.id(), t.price(), t.amount(), 1, sell);
    }

    /** RFC 3339 / ISO-8601 instants, or epoch milliseconds (some exports write those), within 1970..9999. */
    public static long time(String text) {
        String v = text == null ? "" : text.trim();
        long t;
        try {
            t = !v.isEmpty() && v.length() < 19 && v.chars().allMatch(Character::isDigit) ? Long.parseLong(v)
                    : Instant.parse(v).toEpochMilli();
        } catch (DateTimeException | ArithmeticException | NumberFormatException e) {
            throw new IllegalArgumentException("timestamp is not an RFC 3339 time or epoch milliseconds", e);
        }
        if (!Minutes.inRange(t)) {
            throw new IllegalArgumentException("timestamp lies outside 1970..9999");
        }
        return t;
    }

    /** A decimal within the configured bounds; the message names the field, never the value. */
    public static BigDecimal decimal(String text, String field) {
        try {
            return Decimals.parseBounded(text == null ? null : text.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + ": " + e.getMessage(), e);
        }
    }
}
