package io.minutebars.simulator.truth;

import io.minutebars.model.Bar;
import io.minutebars.model.BarSource;
import io.minutebars.model.BarStatus;
import io.minutebars.model.Decimals;
import io.minutebars.model.Interval;
import io.minutebars.model.Minutes;
import io.minutebars.simulator.market.AggTrade;
import io.minutebars.simulator.market.ExchangeMarket;
import io.minutebars.simulator.market.SymbolSpec;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The ground truth: canonical 1-minute bars computed straight from the trades, written independently of
 * any production engine so it can judge them. Minute of a trade = floor(T / 60 s); order inside a minute
 * by (T, a); trade count = sum of (l - f + 1); taker buy = m == false; volumes are the exchange's own base
 * and quote notionals (BitMEX home/foreign notional); trade ids as the exchange writes them. Binance's
 * invalid-record markers (p = q = 0, f = l = -1) are skipped, as consumers skip them.
 */
public final class TruthCalculator {
    public static final String EXCHANGE = "binance";

    private TruthCalculator() {
    }

    /**
     * One bar per minute with {@code fromMinute <= openTime < toMinute}: COMPLETE with trades, else EMPTY.
     * {@code trades} must hold every trade of those minutes (others are ignored).
     */
    public static List<Bar> bars(SymbolSpec market, List<AggTrade> trades, long fromMinute, long toMinute) {
        return bars(ExchangeMarket.binance(market), trades, fromMinute, toMinute);
    }

    /** The same for a market of any exchange. */
    public static List<Bar> bars(ExchangeMarket market, List<AggTrade> trades, long fromMinute, long toMinute) {
        if (!Minutes.isAligned(fromMinute) || !Minutes.isAligned(toMinute)) {
            throw new IllegalArgumentException("minute bounds must be aligned: " + fromMinute + ", " + toMinute);
        }
        List<AggTrade> sorted = new ArrayList<>(trades);
        sorted.sort(Comparator.comparingLong(AggTrade::time).thenComparingLong(AggTrade::id));
        List<Bar> out = new ArrayList<>((int) Minutes.count(fromMinute, toMinute));
        int i = 0;
        for (long minute = fromMinute; minute < toMinute; minute += Minutes.MINUTE_MS) {
            while (i < sorted.size() && sorted.get(i).time() < minute) {
                i++;
            }
            int j = i;
            while (j < sorted.size() && sorted.get(j).time() < minute + Minutes.MINUTE_MS) {
                j++;
            }
            out.add(bar(market, minute, sorted.subList(i, j)));
            i = j;
        }
        return out;
    }

    /** The bar of one minute from that minute's trades, already in (T, a) order. */
    static Bar bar(ExchangeMarket market, long minute, List<AggTrade> minuteTrades) {
        List<AggTrade> valid = minuteTrades.stream().filter(t -> !t.isInvalidMarker()).toList();
        String exchange = market.exchange().id();
        if (valid.isEmpty()) {
            return Bar.empty(exchange, market.canonical(), market.symbol(), minute, BarSource.LIVE);
        }
        BigDecimal high = null;
        BigDecimal low = null;
        BigDecimal volume = BigDecimal.ZERO;
        BigDecimal quote = BigDecimal.ZERO;
        BigDecimal buyVolume = BigDecimal.ZERO;
        BigDecimal buyQuote = BigDecimal.ZERO;
        BigDecimal sellVolume = BigDecimal.ZERO;
        BigDecimal sellQuote = BigDecimal.ZERO;
        long count = 0;
        for (AggTrade t : valid) {
            BigDecimal p = t.price();
            BigDecimal q = market.home(t);
            BigDecimal pq = market.foreign(t);
            high = high == null || p.compareTo(high) > 0 ? p : high;
            low = low == null || p.compareTo(low) < 0 ? p : low;
            volume = volume.add(q);
            quote = quote.add(pq);
            count += t.rawCount();
            if (t.buyerMaker()) {
                sellVolume = sellVolume.add(q);
                sellQuote = sellQuote.add(pq);
            } else {
                buyVolume = buyVolume.add(q);
                buyQuote = buyQuote.add(pq);
            }
        }
        AggTrade first = valid.get(0);
        AggTrade last = valid.get(valid.size() - 1);
        return new Bar(exchange, market.canonical(), market.symbol(), Interval.M1.code(), Instant.ofEpochMilli(minute),
                null, first.price(), high, low, last.price(), volume, quote, count, Decimals.vwap(quote, volume),
                buyVolume, buyQuote, sellVolume, sellQuote, market.tradeId(first), market.tradeId(last),
                BarStatus.COMPLETE, 0, BarSource.LIVE);
    }
}
