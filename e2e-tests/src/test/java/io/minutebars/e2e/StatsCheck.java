package io.minutebars.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.minutebars.model.Bar;
import io.minutebars.model.Minutes;
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
}
