package io.minutebars.e2e;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.minutebars.model.Bar;
import io.minutebars.model.Interval;
import io.minutebars.store.MarketRecord;
import io.minutebars.store.testing.StoredBuckets;
import java.util.List;

/**
 * Reads the 1m bars the aggregator stored straight from the store (its bucket documents, read with bar-store's
 * codec), bypassing query-api and its cache: a bar missing here was lost on the way in, a bar only query-api gets
 * wrong is a stale read.
 */
final class StoreReader {
    private StoreReader() {
    }

    /** Every stored 1m bar of the market with {@code from <= openTime < to}, in stored order (duplicates kept). */
    static List<Bar> bars(int port, String exchange, String symbol, long from, long to) {
        try (MongoClient client = client(port)) {
            return StoredBuckets.bars(client.getDatabase("minutebars"), exchange, symbol, Interval.M1).stream()
                    .filter(b -> b.openTime().toEpochMilli() >= from && b.openTime().toEpochMilli() < to)
                    .sorted(java.util.Comparator.comparing(Bar::openTime)).toList();
        }
    }

    /** The market record of a 1m market ({firstOpenTime, lastOpenTime}), or null when there is none. */
    static long[] marketRange(int port, String exchange, String symbol) {
        try (MongoClient client = client(port)) {
            MarketRecord m = StoredBuckets.market(client.getDatabase("minutebars"), exchange, symbol, Interval.M1);
            if (m == null || m.firstOpenTime() == null || m.lastOpenTime() == null) {
                return null;
            }
            return new long[] {m.firstOpenTime(), m.lastOpenTime()};
        }
    }

    private static MongoClient client(int port) {
        return MongoClients.create("mongodb://127.0.0.1:" + port + "/?serverSelectionTimeoutMS=5000&connectTimeoutMS=5000");
    }
}
