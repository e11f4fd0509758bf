package io.minutebars.query.fuzz;

import com.mongodb.client.MongoDatabase;
import io.minutebars.model.BarBuckets;
import io.minutebars.model.Interval;
import io.minutebars.query.support.TestBars;
import io.minutebars.store.testing.StoredBuckets;

/**
 * The markets the OpenAPI examples name, so that valid values give 200s: three days of 1m bars (the longest
 * indicator windows are met on the second and third), a day of 1h.
 */
final class FuzzData {
    static final String DATABASE = "fuzzdb";
    static final long JAN1 = 1704067200000L;
    static final long DAY = 86_400_000L;

    private FuzzData() {
    }

    static void seed(MongoDatabase db) {
        if (StoredBuckets.markets(db).countDocuments() > 0) {
            return;
        }
        for (String[] m : new String[][] {{"binance", "BTC-USDT"}, {"bybit", "BTC-USDT"}, {"binance", "ETH-USDT"}}) {
            for (int d = 0; d < 3; d++) {
                bucket(db, m[0], m[1], Interval.M1, JAN1 + d * DAY, JAN1 + (d + 1) * DAY);
            }
            market(db, m[0], m[1], Interval.M1, JAN1, JAN1 + 3 * DAY - 60_000L);
        }
        bucket(db, "binance", "BTC-USDT", Interval.H1, JAN1, JAN1 + DAY);
        market(db, "binance", "BTC-USDT", Interval.H1, JAN1, JAN1 + 23 * 3_600_000L);
    }

    private static void bucket(MongoDatabase db, String exchange, String symbol, Interval interval, long from, long to) {
        StoredBuckets.buckets(db).insertOne(StoredBuckets.bucket(exchange, symbol, interval,
                BarBuckets.bucketStart(interval, from), TestBars.range(exchange, symbol, interval, from, to)));
    }

    private static void market(MongoDatabase db, String exchange, String symbol, Interval interval, long first,
            long last) {
        StoredBuckets.markets(db).insertOne(StoredBuckets.market(exchange, symbol, interval.code(), first, last));
    }
}
