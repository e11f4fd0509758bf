package io.minutebars.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.minutebars.model.Bar;
import io.minutebars.model.BarStatus;
import io.minutebars.model.Minutes;
import io.minutebars.testsupport.ServiceProcess;
import java.util.ArrayList;
import java.util.List;

/** The statistics the query API serves for a run equal what {@link ReferenceStats} computes from the same bars. */
final class StatsCheck {
    static final int P = 5;
    static final int W = 10;
    static final int VOL = 10;
    static final int N = 5;
    /** Bars before the first checked point: the largest warm-up (P + W + 1) fits. */
    static final int LEAD = 20;

    private StatsCheck() {
    }

    static void indicators(ServiceProcess query, String exchange, String symbol, List<Bar> bars) {
        long from = bars.get(LEAD).openTime().toEpochMilli();
        long to = bars.get(bars.size() - 1).closeTime().toEpochMilli();
        JsonNode points = Http.get(query.url("/api/v1/stats?exchange=" + exchange + "&symbol=" + symbol
                + "&interval=1m&start=" + from + "&end=" + to + "&rsiPeriod=" + P + "&rsiWarmup=" + W
                + "&volWindow=" + VOL + "&returnPeriods=" + N)).get("points");
        assertEquals(bars.size() - LEAD, points.size(), "one point per minute");
        double[] c = ReferenceStats.closes(bars);
        for (int i = 0; i < points.size(); i++) {
            int t = LEAD + i;
            JsonNode p = points.get(i);
            String at = symbol + " " + p.get("openTime").asText();
            near(ReferenceStats.rsi(c, t, P, W), p.get("rsi"), 1e-6, at + " rsi");
            near(ReferenceStats.simpleReturn(c, t, N), p.get("simpleReturn"), 1e-11, at + " return");
            near(ReferenceStats.logReturnStdev(c, t, VOL), p.get("logReturnStdev"), 1e-11, at + " stdev");
            assertEquals(P + W + 1, p.get("rsi").get("warmup").asInt(), at + " rsi warm-up");
        }
    }

    /** Each minute's composite close and volume over the venues' stored bars of that minute. */
    static void composite(ServiceProcess query, String base, List<List<Bar>> venues, long from, long to) {
        JsonNode bars = Http.get(query.url("/api/v1/composite?base=" + base + "&family=usd&interval=1m&start="
                + from + "&end=" + to)).get("bars");
        int minutes = (int) ((to - from) / Minutes.MINUTE_MS);
        assertEquals(minutes, bars.size());
        for (int m = 0; m < minutes; m++) {
            long open = from + m * Minutes.MINUTE_MS;
            List<Bar> atMinute = new ArrayList<>();
            venues.forEach(v -> v.stream().filter(b -> b.openTime().toEpochMilli() == open).forEach(atMinute::add));
            JsonNode got = bars.get(m);
            double[] ref = ReferenceStats.composite(atMinute);
            String at = base + " composite " + got.get("openTime").asText();
            assertEquals(ref[1], got.get("volume").asDouble(), 1e-9 * Math.max(1, ref[1]), at + " volume");
            assertEquals(ref[0], got.get("close").asDouble(), 1e-6 * ref[0], at + " close");
        }
    }

    private static void near(double expected, JsonNode stat, double tolerance, String what) {
        assertTrue(stat.get("value").isTextual(), what + " has a value: " + stat);
        double got = Double.parseDouble(stat.get("value").asText());
        assertEquals(expected, got, tolerance * Math.max(1, Math.abs(expected)), what);
        assertEquals("exact", stat.get("quality").asText(), what + " quality");
    }

    /**
     * The rankings at the last close of the run: every market's 5-period return equals the reference, the
     * ranked list is ordered by it, and a market whose window lacks a price is unranked.
     */
    static void rankings(ServiceProcess query, java.util.Map<String, List<Bar>> markets) {
        List<Bar> any = markets.values().iterator().next();
        long open = any.get(any.size() - 1).openTime().toEpochMilli();
        JsonNode snap = Http.get(query.url("/api/v1/rankings?interval=1m&start=" + open + "&end="
                + (open + Minutes.MINUTE_MS) + "&n=" + markets.size() + "&returnPeriods=" + N)).get("rankings").get(0);
        java.util.Map<String, Double> ranked = new java.util.LinkedHashMap<>();
        snap.get("top").forEach(e -> ranked.put(e.get("exchange").asText() + ":" + e.get("symbol").asText(),
                Double.parseDouble(e.get("value").asText())));
        List<Double> order = new ArrayList<>(ranked.values());
        for (int i = 1; i < order.size(); i++) {
            assertTrue(order.get(i - 1) >= order.get(i), "top is ordered by return: " + ranked);
        }
        int checked = 0;
        for (var m : markets.entrySet()) {
            List<Bar> bars = m.getValue();
            List<Bar> window = bars.subList(bars.size() - N - 1, bars.size());
            boolean noPrice = window.stream().anyMatch(b -> b.close() == null && b.status() != BarStatus.EMPTY);
            if (noPrice) {
                boolean unranked = false;
                for (JsonNode u : snap.get("unranked")) {
                    unranked |= m.getKey().equals(u.get("exchange").asText() + ":" + u.get("symbol").asText());
                }
                assertTrue(unranked, m.getKey() + " has a bar without a price in its window: unranked");
                continue;
            }
            double[] c = ReferenceStats.closes(bars);
            int t = bars.size() - 1;
            if (Double.isNaN(c[t - N])) {
                continue; // its price comes from before the bars read here
            }
            assertTrue(ranked.containsKey(m.getKey()), m.getKey() + " is ranked: " + snap);
            assertEquals(ReferenceStats.simpleReturn(c, t, N), ranked.get(m.getKey()), 1e-11, m.getKey() + " return");
            checked++;
        }
        assertTrue(checked >= 4, "at least the streamed markets were compared");
    }
}
