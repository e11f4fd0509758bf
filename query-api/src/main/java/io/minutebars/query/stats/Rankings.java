package io.minutebars.query.stats;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.minutebars.model.Interval;
import io.minutebars.model.PlainDecimalSerializer;
import io.minutebars.query.limits.Deadline;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Top and bottom markets by n-period simple return at each interval close. Ties are broken by exchange,
 * then symbol (in both lists); markets without a return are listed as unranked with the reason.
 */
public final class Rankings {
    private Rankings() {
    }

    /** A ranked market: 1-based rank within its list. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Entry(int rank, String exchange, String symbol,
            @JsonSerialize(using = PlainDecimalSerializer.class) BigDecimal value, String quality) {
    }

    /** A market without a value at this close, and why. */
    public record Unranked(String exchange, String symbol, String reason) {
    }

    /** The ranking at the close of the bar opening at {@code openTime}. */
    public record Snapshot(Instant openTime, Instant closeTime, int ranked, List<Entry> top, List<Entry> bottom,
            List<Unranked> unranked) {
    }

    /** Ranks one close: the top and bottom {@code n} of the markets with a value. */
    public static Snapshot rank(long openTime, Interval interval, Map<MarketId, StatValue> values, int n) {
        List<Map.Entry<MarketId, StatValue>> ranked = new ArrayList<>();
        List<Unranked> unranked = new ArrayList<>();
        for (Map.Entry<MarketId, StatValue> e : new TreeMap<>(values).entrySet()) {
            if (e.getValue().present()) {
                ranked.add(e);
            } else {
                unranked.add(new Unranked(e.getKey().exchange(), e.getKey().symbol(), e.getValue().reason()));
            }
        }
        Comparator<Map.Entry<MarketId, StatValue>> byValue = Comparator.comparing(e -> e.getValue().value());
        Comparator<Map.Entry<MarketId, StatValue>> byMarket = Map.Entry.comparingByKey();
        List<Entry> top = entries(ranked, byValue.reversed().thenComparing(byMarket), n);
        List<Entry> bottom = entries(ranked, byValue.thenComparing(byMarket), n);
        return new Snapshot(Instant.ofEpochMilli(openTime), Instant.ofEpochMilli(openTime + interval.millis()),
                ranked.size(), top, bottom, unranked);
    }

    private static List<Entry> entries(List<Map.Entry<MarketId, StatValue>> ranked,
            Comparator<Map.Entry<MarketId, StatValue>> order, int n) {
        List<Entry> out = new ArrayList<>();
        for (Map.Entry<MarketId, StatValue> e : ranked.stream().sorted(order).limit(n).toList()) {
            out.add(new Entry(out.size() + 1, e.getKey().exchange(), e.getKey().symbol(), e.getValue().value(),
                    e.getValue().quality()));
        }
        return out;
    }

    /**
     * Rankings at every slot of {@code [start, end)} over these markets' bars, by the {@code returnPeriods}-period
     * return (EMPTY bars carry at most {@code maxCarryBars} back). Stops at the deadline (503).
     */
    public static List<Snapshot> compute(List<MarketBars> markets, Interval interval, long start, long end, int n,
            int returnPeriods, int maxCarryBars, Deadline deadline) {
        long first = interval.floor(start + interval.millis() - 1);
        long from = Math.subtractExact(first, Math.multiplyExact((long) returnPeriods + maxCarryBars + 1,
                interval.millis()));
        long to = Math.max(first, interval.floor(end - 1) + interval.millis());
        Map<MarketId, PriceSeries> series = new TreeMap<>();
        for (MarketBars m : markets) {
            deadline.check();
            series.put(m.market(), PriceSeries.of(m.bars(), interval, from, to, m.historyStart(), maxCarryBars));
        }
        List<Snapshot> out = new ArrayList<>();
        for (long t = first; t < end; t += interval.millis()) {
            deadline.check(); // a slot ranks every market
            Map<MarketId, StatValue> values = new TreeMap<>();
            for (Map.Entry<MarketId, PriceSeries> e : series.entrySet()) {
                PriceSeries s = e.getValue();
                values.put(e.getKey(), Indicators.returnAt(s, s.indexOf(t), returnPeriods));
            }
            out.add(rank(t, interval, values, n));
        }
        return out;
    }
}
