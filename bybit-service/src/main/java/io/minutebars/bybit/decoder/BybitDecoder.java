package io.minutebars.bybit.decoder;

import io.minutebars.bybit.dto.InstrumentDto;
import io.minutebars.bybit.dto.KlineDto;
import io.minutebars.bybit.dto.RecentTradeDto;
import io.minutebars.core.engine.Trade;
import io.minutebars.model.Bar;
import io.minutebars.model.BarSource;
import io.minutebars.model.BarStatus;
import io.minutebars.model.Instrument;
import io.minutebars.model.Interval;
import io.minutebars.model.Minutes;
import io.minutebars.model.Symbols;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Maps Bybit's REST DTOs into canonical trades, instruments and kline-repaired bars. */
public final class BybitDecoder {
    private BybitDecoder() {
    }

    /** Recent trades, oldest first (Bybit lists them newest first). Trade ids carry no order: seq -1. */
    public static List<Trade> trades(RecentTradeDto.Page page) {
        return page.list().stream()
                .map(r -> new Trade(r.symbol(), Long.parseLong(r.time()), -1, r.execId(), r.price(), r.size(), 1,
                        "Sell".equals(r.side())))
                .sorted(Comparator.comparingLong(Trade::time))
                .toList();
    }

    public static List<Instrument> instruments(String exchange, InstrumentDto.Page page, Instant seenAt) {
        List<Instrument> out = new ArrayList<>();
        for (InstrumentDto i : page.list()) {
            BigDecimal lot = i.lotSizeFilter() == null ? null
                    : i.lotSizeFilter().qtyStep() != null ? i.lotSizeFilter().qtyStep() : i.lotSizeFilter().basePrecision();
            String type = i.contractType() != null ? i.contractType() : page.category().toUpperCase();
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
        List<Bar> out = new ArrayList<>();
        for (List<String> row : k.list()) {
            long open = Long.parseLong(row.get(0));
            if (open + Minutes.MINUTE_MS > now) {
                continue; // the open minute's values still change
            }
            BigDecimal base = new BigDecimal(inverse ? row.get(6) : row.get(5));
            BigDecimal quote = new BigDecimal(inverse ? row.get(5) : row.get(6));
            boolean quiet = base.signum() == 0;
            out.add(new Bar(exchange, symbol, k.symbol(), Interval.M1.code(), Instant.ofEpochMilli(open), null,
                    quiet ? null : new BigDecimal(row.get(1)), quiet ? null : new BigDecimal(row.get(2)),
                    quiet ? null : new BigDecimal(row.get(3)), quiet ? null : new BigDecimal(row.get(4)), base, quote,
                    quiet ? 0L : null, quiet ? null : io.minutebars.model.Decimals.vwap(quote, base), null, null, null,
                    null, null, null, quiet ? BarStatus.EMPTY : BarStatus.FILLED, 0, BarSource.KLINES));
        }
        out.sort(Comparator.comparing(Bar::openTime));
        return out;
    }
}
