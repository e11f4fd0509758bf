package io.minutebars.binance.decoder;

import com.fasterxml.jackson.databind.JsonNode;
import io.minutebars.binance.dto.AggTradeDto;
import io.minutebars.binance.dto.ExchangeInfoDto;
import io.minutebars.binance.dto.TradeDto;
import io.minutebars.core.engine.Trade;
import io.minutebars.core.stream.DecodeChecks;
import io.minutebars.core.stream.DecodeException;
import io.minutebars.model.Bar;
import io.minutebars.model.BarSource;
import io.minutebars.model.BarStatus;
import io.minutebars.model.Decimals;
import io.minutebars.model.Instrument;
import io.minutebars.model.Interval;
import io.minutebars.model.Minutes;
import io.minutebars.model.Symbols;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Maps Binance's REST DTOs into canonical trades, instruments and kline-repaired bars. A bad answer (a missing
 * list or field, a value out of range, a kline whose numbers contradict each other) is refused with a
 * {@link DecodeException} before anything is computed from it; GuardedCalls records it and retries. Catalog
 * entries that cannot be named canonically are left out (such a market cannot be watched anyway).
 */
public final class BinanceRestDecoder {
    private BinanceRestDecoder() {
    }

    /** Aggregate trades; Binance's invalidated records (p = 0, f = l = -1) are skipped. */
    public static List<Trade> aggTrades(String symbol, List<AggTradeDto> rows) {
        if (rows == null) {
            throw new DecodeException("aggTrades answer without rows", null);
        }
        List<Trade> out = new ArrayList<>(rows.size());
        for (AggTradeDto r : rows) {
            if (r == null || r.price() == null || r.qty() == null) {
                throw new DecodeException("aggTrade row without p or q", DecodeChecks.excerpt(String.valueOf(r), 500));
            }
            if (r.firstId() < 0 || r.price().signum() == 0) {
                continue;
            }
            out.add(checked(new Trade(symbol, Minutes.toMillis(r.time()), r.aggId(), Long.toString(r.aggId()),
                    r.price(), r.qty(), r.lastId() - r.firstId() + 1, r.buyerMaker()), r));
        }
        return out;
    }

    /** Raw trades ({@code trades}, {@code historicalTrades}); the quote quantity is Binance's own. */
    public static List<Trade> trades(String symbol, List<TradeDto> rows) {
        if (rows == null) {
            throw new DecodeException("trades answer without rows", null);
        }
        List<Trade> out = new ArrayList<>(rows.size());
        for (TradeDto r : rows) {
            if (r == null || r.price() == null || r.qty() == null) {
                throw new DecodeException("trade row without price or qty", DecodeChecks.excerpt(String.valueOf(r), 500));
            }
            out.add(checked(new Trade(symbol, Minutes.toMillis(r.time()), r.id(), Long.toString(r.id()),
                    r.price(), r.qty(), 1, r.isBuyerMaker(), r.quoteQty()), r));
        }
        return out;
    }

    public static List<Instrument> instruments(String exchange, ExchangeInfoDto info, Instant seenAt) {
        if (info == null || info.symbols() == null) {
            throw new DecodeException("exchangeInfo without symbols", null);
        }
        List<Instrument> out = new ArrayList<>();
        for (ExchangeInfoDto.SymbolInfo s : info.symbols()) {
            if (s == null || s.symbol() == null || s.symbol().isBlank() || s.symbol().length() > 64
                    || !DecodeChecks.canonical(s.baseAsset(), s.quoteAsset())) {
                continue; // no usable name: not a market this service can watch
            }
            BigDecimal tick = filter(s, "PRICE_FILTER").map(ExchangeInfoDto.Filter::tickSize).orElse(null);
            BigDecimal lot = filter(s, "LOT_SIZE").map(ExchangeInfoDto.Filter::stepSize).orElse(null);
            out.add(new Instrument(exchange, Symbols.canonical(s.baseAsset(), s.quoteAsset()), s.symbol(),
                    s.baseAsset(), s.quoteAsset(), "SPOT", s.status(), "TRADING".equals(s.status()), tick, lot,
                    seenAt));
        }
        return out;
    }

    /** The exchange's request-weight limit per minute, when it states one. */
    public static Optional<Integer> weightPerMinute(ExchangeInfoDto info) {
        return info == null || info.rateLimits() == null ? Optional.empty() : info.rateLimits().stream()
                .filter(r -> r != null && "REQUEST_WEIGHT".equals(r.rateLimitType()) && "MINUTE".equals(r.interval())
                        && r.intervalNum() == 1 && r.limit() > 0)
                .map(ExchangeInfoDto.RateLimit::limit).findFirst();
    }

    /**
     * 1m klines as FILLED bars (a repair when trades are unavailable). Klines that are not 1-minute or
     * whose minute is not over at {@code now} (Binance returns the still-open minute) are dropped. First
     * and last trade ids are unknown from klines and stay null. A row that is not a kline (fewer than 11
     * fields, a time or count that is not a whole number, a decimal beyond the bounds, a taker volume above the
     * volume, prices out of order) refuses the answer.
     */
    public static List<Bar> klines(String exchange, String symbol, String nativeSymbol, List<JsonNode> rows,
            long now) {
        if (rows == null) {
            throw new DecodeException("klines answer without rows", null);
        }
        List<Bar> out = new ArrayList<>();
        for (JsonNode k : rows) {
            try {
                kline(exchange, symbol, nativeSymbol, k, now, out);
            } catch (DecodeException e) {
                throw new DecodeException(e.getMessage(), k == null ? "null" : DecodeChecks.excerpt(k.toString(), 500));
            }
        }
        return out;
    }

    /** One kline row into {@code out}; refusals quote nothing (the caller adds the row). */
    private static void kline(String exchange, String symbol, String nativeSymbol, JsonNode k, long now, List<Bar> out) {
        if (k == null || !k.isArray() || k.size() < 11) {
            throw new DecodeException("kline row is not an array of 11 or more fields", null);
        }
        long open = DecodeChecks.time(DecodeChecks.integer(k.get(0), "kline open time", null), "kline open time", null);
        long closeInclusive = DecodeChecks.integer(k.get(6), "kline close time", null);
        if (closeInclusive - open != Minutes.MINUTE_MS - 1 || closeInclusive >= now) {
            return;
        }
        long trades = DecodeChecks.integer(k.get(8), "kline trade count", null);
        BigDecimal volume = dec(k, 5, null);
        BigDecimal quote = dec(k, 7, null);
        BigDecimal buyV = dec(k, 9, null);
        BigDecimal buyQ = dec(k, 10, null);
        boolean empty = trades == 0;
        Bar bar;
        try {
            bar = new Bar(exchange, symbol, nativeSymbol, Interval.M1.code(), Instant.ofEpochMilli(open), null,
                    empty ? null : dec(k, 1, null), empty ? null : dec(k, 2, null), empty ? null : dec(k, 3, null),
                    empty ? null : dec(k, 4, null), volume, quote, trades, Decimals.vwap(quote, volume), buyV, buyQ,
                    volume.subtract(buyV), quote.subtract(buyQ), null, null,
                    empty ? BarStatus.EMPTY : BarStatus.FILLED, 0, BarSource.KLINES);
        } catch (IllegalArgumentException e) {
            throw new DecodeException("kline beyond the bounds: " + e.getMessage(), null);
        }
        out.add(DecodeChecks.kline(bar, null));
    }

    /** A trade that keeps the decoder contract, else the row is refused (quoted only then). */
    private static Trade checked(Trade t, Object row) {
        String defect = t.defect();
        if (defect != null) {
            throw new DecodeException(defect, DecodeChecks.excerpt(String.valueOf(row), 500));
        }
        return t;
    }

    private static BigDecimal dec(JsonNode k, int i, String payload) {
        return DecodeChecks.decimal(k.get(i), "kline field " + i, payload);
    }

    private static Optional<ExchangeInfoDto.Filter> filter(ExchangeInfoDto.SymbolInfo s, String type) {
        return s.filters() == null ? Optional.empty()
                : s.filters().stream().filter(f -> f != null && type.equals(f.filterType())).findFirst();
    }
}
