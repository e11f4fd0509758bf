package io.minutebars.query.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.minutebars.model.Bar;
import io.minutebars.model.Interval;
import io.minutebars.model.Json;
import io.minutebars.query.support.TestBars;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BucketBarsTest {
    private static final long T0 = 1704067200000L;

    @Test
    void anyRunOfBarsIsAValidJsonSliceInWireForm() {
        List<Bar> bars = TestBars.range("binance", "BTC-USDT", Interval.M1, T0, T0 + 10 * 60_000);
        BucketBars b = BucketBars.of(bars);
        assertEquals(10, b.size());
        for (int from = 0; from < 10; from++) {
            for (int to = from + 1; to <= 10; to++) {
                String json = "[" + new String(b.copy(from, to), StandardCharsets.UTF_8) + "]";
                assertEquals(bars.subList(from, to), Json.readBars(json.getBytes(StandardCharsets.UTF_8)));
            }
        }
        String all = new String(b.copy(0, 10), StandardCharsets.UTF_8);
        assertEquals(new String(Json.writeBars(bars), StandardCharsets.UTF_8), "[" + all + "]");
    }

    @Test
    void sortsAndKeepsTheHighestRevisionOfDuplicates() {
        Bar a = TestBars.bar("binance", "BTC-USDT", Interval.M1, T0 + 60_000, 0);
        Bar a2 = TestBars.bar("binance", "BTC-USDT", Interval.M1, T0 + 60_000, 2);
        Bar b = TestBars.bar("binance", "BTC-USDT", Interval.M1, T0, 0);
        BucketBars bb = BucketBars.of(new ArrayList<>(List.of(a, b, a2)));
        assertEquals(2, bb.size());
        assertEquals(List.of(b, a2), Json.readBars(("[" + new String(bb.copy(0, 2), StandardCharsets.UTF_8) + "]")
                .getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void lowerBoundFindsFirstBarAtOrAfter() {
        BucketBars b = BucketBars.of(TestBars.range("binance", "BTC-USDT", Interval.M1, T0, T0 + 5 * 60_000));
        assertEquals(0, b.lowerBound(T0 - 1));
        assertEquals(0, b.lowerBound(T0));
        assertEquals(1, b.lowerBound(T0 + 1));
        assertEquals(4, b.lowerBound(T0 + 4 * 60_000));
        assertEquals(5, b.lowerBound(T0 + 4 * 60_000 + 1));
        assertEquals(0, BucketBars.EMPTY.lowerBound(T0));
        assertEquals(0, BucketBars.EMPTY.size());
    }
}
