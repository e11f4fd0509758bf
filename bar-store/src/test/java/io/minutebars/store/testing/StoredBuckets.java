package io.minutebars.store.testing;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.ReplaceOptions;
import io.minutebars.model.Bar;
import io.minutebars.model.Interval;
import io.minutebars.store.BarCodec;
import io.minutebars.store.MarketCodec;
import io.minutebars.store.MarketRecord;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;

/**
 * The stored layout for the services' tests, which seed and inspect the store directly without naming its
 * collections or fields themselves: whole bucket and market documents, as bar-store writes them.
 */
public final class StoredBuckets {
    private StoredBuckets() {
    }

    public static MongoCollection<Document> buckets(MongoClient mongo, String database) {
        return buckets(mongo.getDatabase(database));
    }

    public static MongoCollection<Document> buckets(MongoDatabase db) {
        return db.getCollection(BarCodec.COLLECTION);
    }

    public static MongoCollection<Document> markets(MongoClient mongo, String database) {
        return markets(mongo.getDatabase(database));
    }

    public static MongoCollection<Document> markets(MongoDatabase db) {
        return db.getCollection(MarketCodec.COLLECTION);
    }

    /** The unique index bar-store's writer creates at start-up (a reader's test has no writer). */
    public static void index(MongoClient mongo, String database) {
        buckets(mongo, database).createIndex(BarCodec.keyIndex(), new IndexOptions().unique(true));
    }

    /** A bucket document at {@code version}, its native symbol the symbol without the dash. */
    public static Document bucket(String exchange, String symbol, Interval interval, long bucketStart, long version,
            List<Bar> bars) {
        return BarCodec.bucket(BarCodec.key(exchange, symbol, interval.code(), bucketStart), symbol.replace("-", ""),
                version, bars);
    }

    /** A bucket document at version 1. */
    public static Document bucket(String exchange, String symbol, Interval interval, long bucketStart, List<Bar> bars) {
        return bucket(exchange, symbol, interval, bucketStart, 1, bars);
    }

    /** The stored bucket document, or null. */
    public static Document find(MongoClient mongo, String database, String exchange, String symbol, Interval interval,
            long bucketStart) {
        return buckets(mongo, database).find(BarCodec.key(exchange, symbol, interval.code(), bucketStart)).first();
    }

    /** Replaces (or inserts) the bucket stored under the key of {@code bucket}. */
    public static void put(MongoClient mongo, String database, Document bucket) {
        Document key = BarCodec.key(bucket.getString("exchange"), bucket.getString("symbol"),
                bucket.getString("interval"), ((Number) bucket.get("bucketStart")).longValue());
        buckets(mongo, database).replaceOne(key, bucket, new ReplaceOptions().upsert(true));
    }

    /** The bars of a bucket document in stored order (none for a null document). */
    public static List<Bar> bars(Document bucket) {
        return bucket == null ? List.of() : BarCodec.bars(bucket);
    }

    /** The version of a bucket document: how often it was written. */
    public static long version(Document bucket) {
        return ((Number) bucket.get("version")).longValue();
    }

    /** The number of bars stored in the market's buckets of {@code interval}. */
    public static long count(MongoClient mongo, String database, String exchange, String symbol, Interval interval) {
        return bars(mongo.getDatabase(database), exchange, symbol, interval).size();
    }

    /** Every bar stored in the market's buckets of {@code interval}, bucket by bucket in stored order, duplicates kept. */
    public static List<Bar> bars(MongoDatabase db, String exchange, String symbol, Interval interval) {
        List<Bar> out = new ArrayList<>();
        for (Document d : buckets(db).find(MarketCodec.key(exchange, symbol, interval.code()))) {
            out.addAll(bars(d));
        }
        return out;
    }

    /** The market record, or null. */
    public static MarketRecord market(MongoDatabase db, String exchange, String symbol, Interval interval) {
        Document d = markets(db).find(MarketCodec.key(exchange, symbol, interval.code())).first();
        return d == null ? null : MarketCodec.record(d);
    }

    /** The bucket starts stored for a market and interval. */
    public static List<Long> bucketStarts(MongoClient mongo, String database, String exchange, Interval interval) {
        return buckets(mongo, database).find(new Document("exchange", exchange).append("interval", interval.code()))
                .map(d -> ((Number) d.get("bucketStart")).longValue()).into(new java.util.ArrayList<>());
    }

    /** A market document, its native symbol the symbol without the dash. */
    public static Document market(String exchange, String symbol, String interval, long first, long last) {
        return MarketCodec.document(new MarketRecord(exchange, symbol, symbol.replace("-", ""), interval, first, last));
    }
}
