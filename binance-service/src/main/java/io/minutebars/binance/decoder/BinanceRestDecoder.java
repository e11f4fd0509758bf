package io.minutebars.binance.decoder;

import com.fasterxml.jackson.databind.JsonNode;
import io.minutebars.binance.dto.AggTradeDto;
import io.minutebars.binance.dto.ExchangeInfoDto;
import io.minutebars.binance.dto.TradeDto;
import io.minutebars.core.engine.Trade;
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

/** Maps Binance's REST DTOs into canonical trades, instruments and kline-repaired bars. */
public final class BinanceRestDecoder {
    private BinanceRestDecoder() {
    }

    /** Aggregate trades; Binance's invalidated records (p = 0, f = l = -1) are skipped. */
    public static List<Trade> aggTrades(String symbol, List<AggTradeDto> rows) {
        List<Trade> out = new ArrayList<>(rows.size());
        for (AggTradeDto r : rows) {
            if (r.firstId() < 0 || r.price().signum() <= 0) {
                continue;
            }
            out.add(new Trade(symbol, Minutes.toMillis(r.time()), r.aggId(), Long.toString(r.aggId()), r.price(),
                    r.qty(), r.lastId() - r.firstId() + 1, r.buyerMaker()));
        }
        return out;
    }

    /** Raw trades ({@code trades}, {@code historicalTrades}); the quote quantity is Binance's own. */
    public static List<Trade> trades(String symbol, List<TradeDto> rows) {
        return rows.stream().map(r -> new Trade(symbol, Minutes.toMillis(r.time()), r.id(), Long.toString(r.id()),
                r.price(), r.qty(), 1, r.isBuyerMaker(), r.quoteQty())).toList();
    }

    public static List<Instrument> instruments(String exchange, ExchangeInfoDto info, Instant seenAt) {
        List<Instrument> out = new ArrayList<>();
        for (ExchangeInfoDto.SymbolInfo s : info.symbols()) {
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
        return info.rateLimits() == null ? Optional.empty() : info.rateLimits().stream()
                .filter(r -> "REQUEST_WEIGHT".equals(r.rateLimitType()) && "MINUTE".equals(r.interval())
                        && r.intervalNum() == 1)
                .map(ExchangeInfoDto.RateLimit::limit).findFirst();
    }

    /**
     * 1m klines as FILLED bars (a repair when trades are unavailable). Klines that are not 1-minute or
     * whose minute is not over at {@code now} (Binance returns the still-open minute) are dropped. First
     * and last trade ids are unknown from klines and stay null.
     */
    public static List<Bar> klines(String exchange, String symbol, String nativeSymbol, List<JsonNode> rows,
            long now) {
        List<Bar> out = new ArrayList<>();
        for (JsonNode k : rows) {
            long open = k.get(0).asLong();
            long closeInclusive = k.get(6).asLong();
            if (closeInclusive - open != Minutes.MINUTE_MS - 1 || closeInclusive >= now) {
                continue;
            }
            long trades = k.get(8).asLong();
            BigDecimal volume = dec(k, 5);
            BigDecimal quote = dec(k, 7);
            BigDecimal buyV = dec(k, 9);
            BigDecimal buyQ = dec(k, 10);
            boolean empty = trades == 0;
            out.add(new Bar(exchange, symbol, nativeSymbol, Interval.M1.code(), Instant.ofEpochMilli(open), null,
                    empty ? null : dec(k, 1), empty ? null : dec(k, 2), empty ? null : dec(k, 3),
                    empty ? null : dec(k, 4), volume, quote, trades, Decimals.vwap(quote, volume), buyV, buyQ,
                    volume.subtract(buyV), quote.subtract(buyQ), null, null,
                    empty ? BarStatus.EMPTY : BarStatus.FILLED, 0, BarSource.KLINES));
        }
        return out;
    }

    private static BigDecimal dec(JsonNode k, int i) {
        return new BigDecimal(k.get(i).asText());
    }

    private static Optional<ExchangeInfoDto.Filter> filter(ExchangeInfoDto.SymbolInfo s, String type) {
        return s.filters() == null ? Optional.empty()
                : s.filters().stream().filter(f -> type.equals(f.filterType())).findFirst();
    }
}
