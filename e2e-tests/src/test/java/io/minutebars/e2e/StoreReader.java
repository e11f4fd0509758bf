package io.minutebars.e2e;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import io.minutebars.model.Bar;
import io.minutebars.model.BarSource;
import io.minutebars.model.BarStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;

/**
 * Reads the 1m bars the aggregator stored straight from the store (its bucket documents, as
 * aggregator-service's BarRepository and BarCodec write them), bypassing query-api and its cache: a bar
 * missing here was lost on the way in, a bar only query-api gets wrong is a stale read.
 */
final class StoreReader {
    private StoreReader() {
    }

    /** Every stored 1m bar of the market with {@code from <= openTime < to}, in stored order (duplicates kept). */
    static List<Bar> bars(int port, String exchange, String symbol, long from, long to) {
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + port
                + "/?serverSelectionTimeoutMS=5000&connectTimeoutMS=5000")) {
            List<Bar> out = new ArrayList<>();
            for (Document bucket : client.getDatabase("minutebars").getCollection("bars").find(Filters.and(
                    Filters.eq("exchange", exchange), Filters.eq("symbol", symbol), Filters.eq("interval", "1m")))) {
                for (Document d : bucket.getList("bars", Document.class)) {
                    long t = ((Number) d.get("openTime")).longValue();
                    if (t >= from && t < to) {
                        out.add(decode(bucket, d));
                    }
                }
            }
            out.sort(java.util.Comparator.comparing(Bar::openTime));
            return out;
        }
    }

    /** The market record of a 1m market ({firstOpenTime, lastOpenTime}), or null when there is none. */
    static long[] marketRange(int port, String exchange, String symbol) {
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + port
                + "/?serverSelectionTimeoutMS=5000&connectTimeoutMS=5000")) {
            Document d = client.getDatabase("minutebars").getCollection("markets").find(Filters.and(
                    Filters.eq("exchange", exchange), Filters.eq("symbol", symbol), Filters.eq("interval", "1m")))
                    .first();
            if (d == null || d.get("firstOpenTime") == null || d.get("lastOpenTime") == null) {
                return null;
            }
            return new long[] {((Number) d.get("firstOpenTime")).longValue(), ((Number) d.get("lastOpenTime")).longValue()};
        }
    }

    private static Bar decode(Document bucket, Document d) {
        Number trades = (Number) d.get("trades");
        return new Bar(bucket.getString("exchange"), bucket.getString("symbol"), bucket.getString("nativeSymbol"),
                bucket.getString("interval"), Instant.ofEpochMilli(((Number) d.get("openTime")).longValue()), null,
                dec(d, "open"), dec(d, "high"), dec(d, "low"), dec(d, "close"), dec(d, "volume"),
                dec(d, "quoteVolume"), trades == null ? null : trades.longValue(), dec(d, "vwap"),
                dec(d, "takerBuyVolume"), dec(d, "takerBuyQuoteVolume"), dec(d, "takerSellVolume"),
                dec(d, "takerSellQuoteVolume"), d.getString("firstTradeId"), d.getString("lastTradeId"),
                BarStatus.valueOf(d.getString("status")), ((Number) d.get("revision")).intValue(),
                BarSource.valueOf(d.getString("source")));
    }

    private static BigDecimal dec(Document d, String field) {
        String s = d.getString(field);
        return s == null ? null : new BigDecimal(s);
    }
}
