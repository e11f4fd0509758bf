package io.minutebars.e2e;

import io.minutebars.model.Bar;
import io.minutebars.model.BarStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every minute of every market of a chaos run, stored (read from the store itself) and served (read
 * through query-api), against the simulator's truth. Each difference is one finding naming the market,
 * the minute, what differs and how (fields truth -> stored), so a failing run says which bars broke and
 * what happened around them.
 */
final class ChaosVerdict {
    enum Kind {
        /** the store has no bar for a minute the truth has */
        MISSING,
        /** the store holds a minute twice */
        DUPLICATE,
        /** the store holds a minute the truth does not */
        EXTRA,
        /** stored GAP (or UNAVAILABLE) for a minute with trades */
        GAP,
        /**
         * stored UNAVAILABLE for a quiet minute of a source that does not repair from candles (Bybit's and Nomics'
         * are accepted by {@link TruthCheck}: their candles do not exist for quiet minutes)
         */
        QUIET_UNAVAILABLE,
        /** COMPLETE for an EMPTY minute or the reverse, or FILLED for a quiet minute */
        WRONG_STATUS,
        /** the right status with wrong data */
        WRONG_FIELDS,
        /** FILLED with prices or volumes not the truth's, or with fields klines do not have */
        WRONG_FILLED,
        /** query-api serves something else than the store holds */
        SERVED_DIFFERS,
        /** the market record (first and last stored minute, what /api/v1/markets lists) disagrees with the bars */
        MARKET_RECORD
    }

    record Finding(Kind kind, String market, long minute, String detail) {
    }

    static final List<Map.Entry<String, Function<Bar, Object>>> FIELDS = List.of(
            Map.entry("status", Bar::status), Map.entry("open", Bar::open), Map.entry("high", Bar::high),
            Map.entry("low", Bar::low), Map.entry("close", Bar::close), Map.entry("volume", Bar::volume),
            Map.entry("quoteVolume", Bar::quoteVolume), Map.entry("trades", Bar::trades), Map.entry("vwap", Bar::vwap),
            Map.entry("takerBuyVolume", Bar::takerBuyVolume), Map.entry("takerBuyQuoteVolume", Bar::takerBuyQuoteVolume),
            Map.entry("takerSellVolume", Bar::takerSellVolume),
            Map.entry("takerSellQuoteVolume", Bar::takerSellQuoteVolume),
            Map.entry("firstTradeId", Bar::firstTradeId), Map.entry("lastTradeId", Bar::lastTradeId));

    final List<Finding> findings = new ArrayList<>();
    /** per market: stored status -> count, over the minutes compared */
    final Map<String, Map<BarStatus, Integer>> statuses = new LinkedHashMap<>();
    int compared;

    /** Keys of the maps are {@code exchange:symbol}; every list is sorted by openTime. */
    static ChaosVerdict of(Map<String, List<Bar>> truth, Map<String, List<Bar>> stored, Map<String, List<Bar>> served) {
        ChaosVerdict v = new ChaosVerdict();
        truth.forEach((market, t) -> v.market(market, t, stored.getOrDefault(market, List.of()),
                served.getOrDefault(market, List.of())));
        return v;
    }

    private void market(String market, List<Bar> truth, List<Bar> stored, List<Bar> served) {
        Map<Long, Bar> byMinute = new HashMap<>();
        for (Bar s : stored) {
            Bar before = byMinute.put(s.openTime().toEpochMilli(), s);
            if (before != null) {
                findings.add(new Finding(Kind.DUPLICATE, market, s.openTime().toEpochMilli(),
                        "stored twice: " + brief(before) + " and " + brief(s)));
            }
        }
        Map<Long, Bar> servedByMinute = new HashMap<>();
        served.forEach(s -> servedByMinute.put(s.openTime().toEpochMilli(), s));
        Map<Long, Bar> truthByMinute = new HashMap<>();
        truth.forEach(t -> truthByMinute.put(t.openTime().toEpochMilli(), t));
        Map<BarStatus, Integer> counts = statuses.computeIfAbsent(market, k -> new TreeMap<>());
        for (Bar t : truth) {
            compared++;
            long minute = t.openTime().toEpochMilli();
            Bar s = byMinute.get(minute);
            if (s == null) {
                findings.add(new Finding(Kind.MISSING, market, minute, "truth " + brief(t) + "; query-api serves "
                        + (servedByMinute.containsKey(minute) ? brief(servedByMinute.get(minute)) : "nothing")));
                continue;
            }
            counts.merge(s.status(), 1, Integer::sum);
            String why = TruthCheck.mismatch(t, s);
            if (why != null) {
                findings.add(new Finding(kind(t, s), market, minute, "truth " + t.status() + ", stored " + s.status()
                        + " rev " + s.revision() + " " + s.source() + ": " + diff(t, s)));
            }
            Bar q = servedByMinute.get(minute);
            if (q == null || !q.sameData(s) || q.revision() != s.revision()) {
                findings.add(new Finding(Kind.SERVED_DIFFERS, market, minute, "stored " + brief(s) + ", served "
                        + (q == null ? "nothing" : brief(q) + " (" + diff(s, q) + ")")));
            }
        }
        for (Bar s : stored) {
            if (!truthByMinute.containsKey(s.openTime().toEpochMilli())) {
                findings.add(new Finding(Kind.EXTRA, market, s.openTime().toEpochMilli(), "stored " + brief(s)));
            }
        }
    }

    /**
     * The market record must span every stored 1m bar of the market up to the run's end (later ones may still
     * be on their way to the record); {@code range} null: no record.
     */
    void marketRecord(String market, long[] range, long firstStored, long lastStored) {
        if (range == null) {
            findings.add(new Finding(Kind.MARKET_RECORD, market, lastStored, "no market record, bars stored "
                    + ChaosPlan.hhmmss(firstStored) + ".." + ChaosPlan.hhmmss(lastStored)));
        } else if (range[0] > firstStored || range[1] < lastStored) {
            findings.add(new Finding(Kind.MARKET_RECORD, market, range[1] < lastStored ? range[1] : range[0],
                    "market record " + ChaosPlan.hhmmss(range[0]) + ".." + ChaosPlan.hhmmss(range[1])
                    + ", bars stored " + ChaosPlan.hhmmss(firstStored) + ".." + ChaosPlan.hhmmss(lastStored)));
        }
    }

    private static Kind kind(Bar truth, Bar stored) {
        return switch (stored.status()) {
            case GAP -> Kind.GAP;
            case UNAVAILABLE -> truth.status() == BarStatus.EMPTY ? Kind.QUIET_UNAVAILABLE : Kind.GAP;
            case FILLED -> truth.status() == BarStatus.COMPLETE ? Kind.WRONG_FILLED : Kind.WRONG_STATUS;
            default -> stored.status() == truth.status() ? Kind.WRONG_FIELDS : Kind.WRONG_STATUS;
        };
    }

    /** The fields that differ, {@code name a -> b}. */
    static String diff(Bar a, Bar b) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Function<Bar, Object>> f : FIELDS) {
            Object x = f.getValue().apply(a);
            Object y = f.getValue().apply(b);
            boolean same = x instanceof BigDecimal bx && y instanceof BigDecimal by ? bx.compareTo(by) == 0
                    : Objects.equals(x, y);
            if (!same) {
                out.add(f.getKey() + " " + str(x) + " -> " + str(y));
            }
        }
        return out.isEmpty() ? "same data" : String.join(", ", out);
    }

    private static String str(Object o) {
        return o instanceof BigDecimal d ? d.toPlainString() : String.valueOf(o);
    }

    static String brief(Bar b) {
        return b.status() + (b.trades() == null ? "" : " " + b.trades() + " trades") + " rev " + b.revision() + " "
                + b.source() + (b.close() == null ? "" : " close " + b.close().toPlainString());
    }

    boolean clean() {
        return findings.isEmpty();
    }

    int count(BarStatus status) {
        return statuses.values().stream().mapToInt(m -> m.getOrDefault(status, 0)).sum();
    }

    Map<Kind, Long> byKind() {
        return findings.stream().collect(Collectors.groupingBy(Finding::kind, TreeMap::new, Collectors.counting()));
    }

    /** Every finding with the chaos events around its minute; {@code first} is the run's first minute. */
    String report(ChaosPlan plan, long first, int max) {
        StringBuilder sb = new StringBuilder();
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(java.util.Comparator.comparing(Finding::market).thenComparingLong(Finding::minute)
                .thenComparing(Finding::kind));
        int shown = 0;
        for (Finding f : sorted) {
            if (shown++ == max) {
                sb.append("  ... and ").append(sorted.size() - max).append(" more\n");
                break;
            }
            String near = plan.near(f.minute(), 2 * 60_000, 3 * 60_000).stream().map(ChaosPlan.Event::label)
                    .collect(Collectors.joining(", "));
            sb.append(String.format("  %-14s %-15s %s (run minute %3d) %s%n      near: %s%n", f.kind(), f.market(),
                    ChaosPlan.hhmmss(f.minute()).substring(0, 5), (f.minute() - first) / 60_000, f.detail(),
                    near.isEmpty() ? "no chaos event within 2 minutes before or 3 after" : near));
        }
        return sb.toString();
    }
}
