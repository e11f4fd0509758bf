package io.minutebars.query.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.minutebars.model.Interval;
import io.minutebars.query.cache.BucketKey;
import io.minutebars.query.support.TestBars;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StoredBucketsTest {
    private static final long JAN1 = 1704067200000L;
    private static final long DAY = 86_400_000L;

    @Test
    void mapsBarsToTheirBuckets() {
        var bars = new java.util.ArrayList<>(TestBars.range("binance", "BTC-USDT", Interval.M1, JAN1 + DAY - 120_000,
                JAN1 + DAY + 60_000));
        bars.add(TestBars.bar("binance", "BTC-USDT", Interval.D1, JAN1 + 40 * DAY, 0));
        bars.add(TestBars.bar("bybit", "BTC-USDT", Interval.M1, JAN1, 1));
        Set<BucketKey> keys = StoredBuckets.of(bars);
        assertEquals(List.of(new BucketKey("binance", "BTC-USDT", Interval.M1, JAN1),
                new BucketKey("binance", "BTC-USDT", Interval.M1, JAN1 + DAY),
                new BucketKey("binance", "BTC-USDT", Interval.D1, JAN1),
                new BucketKey("bybit", "BTC-USDT", Interval.M1, JAN1)), List.copyOf(keys));
    }
}
