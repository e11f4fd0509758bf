package io.minutebars.bybit.decoder;

import io.minutebars.bybit.dto.InstrumentDto;
import io.minutebars.bybit.dto.KlineDto;
import io.minutebars.bybit.dto.RecentTradeDto;
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
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Maps Bybit's REST DTOs into canonical trades, instruments and kline-repaired bars. A bad answer (no result,
 * a missing field, a time or decimal that does not parse or lies beyond the bounds, a kline whose numbers
 * contradict each other) is refused with a {@link DecodeException} before anything is computed from it;
 * GuardedCalls records it and retries. Catalog entries that cannot be named canonically are left out.
 */
public final class BybitDecoder {
    private BybitDecoder() {
    }

    /** Recent trades, oldest first (Bybit lists them newest first). Trade ids carry no order: seq -1. */
    public static List<Trade> trades(RecentTradeDto.Page page) {
        if (page == null || page.list() == null) {
            throw new DecodeException("recent-trade answer without a list", null);
        }
        List<Trade> out = new ArrayList<>(page.list().size());
        // walked from the end: trades of the same millisecond must stay in execution order (oldest first), since
        // ids carry no order and the engine takes the first one added as a minute's first trade on a tie
        for (int i = page.list().size() - 1; i >= 0; i--) {
            RecentTradeDto r = page.list().get(i);
            if (r == null || r.price() == null || r.size() == null || r.time() == null) {
                throw new DecodeException("recent-trade row without price, size or time", null);
            }
            long time = DecodeChecks.integer(r.time(), "time", null);
            Trade t = new Trade(r.symbol(), time, -1, r.execId(), r.price(), r.size(), 1, "Sell".equals(r.side()));
            if (t.defect() != null) {
                throw new DecodeException(t.defect(), DecodeChecks.excerpt(String.valueOf(r), 500));
            }
            out.add(t);
        }
        out.sort(Comparator.comparingLong(Trade::time)); // stable: a list out of order is put right, ties kept
        return out;
    }

    public static List<Instrument> instruments(String exchange, InstrumentDto.Page page, Instant seenAt) {
        if (page == null || page.list() == null) {
            throw new DecodeException("instruments-info answer without a list", null);
        }
        List<Instrument> out = new ArrayList<>();
        for (InstrumentDto i : page.list()) {
            if (i == null || i.symbol() == null || i.symbol().isBlank() || i.symbol().length() > 64
                    || !DecodeChecks.canonical(i.baseCoin(), i.quoteCoin())) {
                continue; // no usable name: not a market this service can watch
            }
            BigDecimal lot = i.lotSizeFilter() == null ? null
                    : i.lotSizeFilter().qtyStep() != null ? i.lotSizeFilter().qtyStep() : i.lotSizeFilter().basePrecision();
            String type = i.contractType() != null ? i.contractType()
                    : page.category() != null ? page.category().toUpperCase(Locale.ROOT) : null;
            out.add(new Instrument(exchange, Symbols.canonical(i.baseCoin(), i.quoteCoin()), i.symbol(), i.baseCoin(),
                    i.quoteCoin(), type, i.status(), "Trading".equals(i.status()),
                    i.priceFilter() == null ? null : i.priceFilter().tickSize(), lot, seenAt));
        }
        return out;
    }

    /**
     * 1-minute klines that closed before {@code now}, oldest first, as FILLED bars: Bybit's klines carry no
     * trade count and no taker volumes, so those stay null. Spot and linear volume is base and turnover
     * quote; inverse swaps them (volume in USD contracts, turnover in coin).
     */
    public static List<Bar> klines(String exchange, String symbol, KlineDto k, boolean inverse, long now) {
        if (k == null || k.list() == null) {
            throw new DecodeException("kline answer without a list", null);
        }
        if (k.symbol() != null && (k.symbol().isBlank() || k.symbol().length() > 64)) {
            throw new DecodeException("kline answer for a blank or overlong symbol", DecodeChecks.excerpt(k.symbol()));
        }
        List<Bar> out = new ArrayList<>();
        for (List<String> row : k.list()) {
            try {
                kline(exchange, symbol, k.symbol(), row, inverse, now, out);
            } catch (DecodeException e) {
                throw new DecodeException(e.getMessage(), DecodeChecks.excerpt(String.valueOf(row), 500));
            }
        }
        out.sort(Comparator.comparing(Bar::openTime));
        return out;
    }

    /** One kline row (start, open, high, low, close, volume, turnover) into {@code out}. */
    private static void kline(String exchange, String symbol, String nativeSymbol, List<String> row, boolean inverse,
            long now, List<Bar> out) {
        if (row == null || row.size() < 7) {
            throw new DecodeException("kline row of fewer than 7 fields", null);
        }
        long open = DecodeChecks.time(DecodeChecks.integer(row.get(0), "kline start", null), "kline start", null);
        if (open + Minutes.MINUTE_MS > now) {
            return; // the open minute's values still change
        }
        BigDecimal base = DecodeChecks.decimal(inverse ? row.get(6) : row.get(5), "kline base volume", null);
        BigDecimal quote = DecodeChecks.decimal(inverse ? row.get(5) : row.get(6), "kline quote volume", null);
        boolean quiet = base.signum() == 0;
        Bar bar;
        try {
            bar = new Bar(exchange, symbol, nativeSymbol, Interval.M1.code(), Instant.ofEpochMilli(open), null,
                    quiet ? null : price(row, 1), quiet ? null : price(row, 2), quiet ? null : price(row, 3),
                    quiet ? null : price(row, 4), base, quote, quiet ? 0L : null,
                    quiet ? null : Decimals.vwap(quote, base), null, null, null, null, null, null,
                    quiet ? BarStatus.EMPTY : BarStatus.FILLED, 0, BarSource.KLINES);
        } catch (IllegalArgumentException e) {
            throw new DecodeException("kline beyond the bounds: " + e.getMessage(), null);
        }
        out.add(DecodeChecks.kline(bar, null));
    }

    private static BigDecimal price(List<String> row, int i) {
        return DecodeChecks.decimal(row.get(i), "kline field " + i, null);
    }
}
