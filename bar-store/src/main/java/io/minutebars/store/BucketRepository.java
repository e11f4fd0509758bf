package io.minutebars.store;

import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import io.minutebars.model.Bar;
import io.minutebars.model.Interval;
import io.quarkus.mongodb.panache.PanacheMongoRepositoryBase;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.bson.types.ObjectId;

/**
 * Bars in MongoDB, one document per market, interval and bucket (a UTC day; a year for 1d) under a unique index.
 * Reads are point reads by the flat-equality key. Writes merge under {@link BarMerge}'s rule through the
 * configured dialect ({@link StoreConfig#dialect()}) and retry when another writer got in between.
 */
@ApplicationScoped
public class BucketRepository implements PanacheMongoRepositoryBase<BucketDocument, ObjectId> {
    @Inject StoreConfig config;
    @Inject MarketRepository markets;

    private BucketWriter writer;

    @PostConstruct
    void dialect() {
        writer = config.dialect() == StoreConfig.Dialect.EMBEDDED ? new EmbeddedBucketWriter() : new MongoBucketWriter();
    }

    /** Raw documents: the codec, not a typed mapping, decides what a stored value means. */
    MongoCollection<Document> documents() {
        return mongoCollection().withDocumentClass(Document.class);
    }

    void indexes(@Observes StartupEvent ev) {
        if (config.createIndexes()) {
            documents().createIndex(BarCodec.keyIndex(), new IndexOptions().unique(true).name("bucket_key"));
            markets.createIndex();
        }
    }

    /** The bars of one bucket by openTime, one per minute (empty when the bucket does not exist). */
    public List<Bar> bucket(String exchange, String symbol, Interval interval, long bucketStart) {
        return read(exchange, symbol, interval, bucketStart, 0);
    }

    /**
     * As {@link #bucket}, the server giving up after {@code maxTimeMillis} (0: no limit) with a
     * MongoExecutionTimeoutException. A malformed document is a StoredDataException.
     */
    public List<Bar> read(String exchange, String symbol, Interval interval, long bucketStart, long maxTimeMillis) {
        FindIterable<Document> find = documents().find(BarCodec.key(exchange, symbol, interval.code(), bucketStart));
        Document doc = (maxTimeMillis > 0 ? find.maxTime(maxTimeMillis, TimeUnit.MILLISECONDS) : find).first();
        return doc == null ? List.of() : ordered(BarCodec.bars(doc));
    }

    /** Sorted by openTime, the highest revision of a minute stored twice (a bucket written by hand may be so). */
    static List<Bar> ordered(List<Bar> bars) {
        boolean increasing = true;
        for (int i = 1; i < bars.size() && increasing; i++) {
            increasing = bars.get(i - 1).openTime().isBefore(bars.get(i).openTime());
        }
        if (increasing) {
            return bars; // the embedded dialect writes buckets sorted; MongoDB's $push appends a late minute
        }
        List<Bar> sorted = new ArrayList<>(bars);
        sorted.sort(Comparator.comparing(Bar::openTime).thenComparing(Bar::revision, Comparator.reverseOrder()));
        List<Bar> out = new ArrayList<>(sorted.size());
        for (Bar b : sorted) {
            if (out.isEmpty() || !out.get(out.size() - 1).openTime().equals(b.openTime())) {
                out.add(b);
            }
        }
        return out;
    }

    /** Stores a batch (any markets and days) and widens each market's stored range to it. */
    public StoredBatch store(List<Bar> batch) {
        Map<Document, List<Bar>> byBucket = new LinkedHashMap<>();
        batch.forEach(b -> byBucket.computeIfAbsent(BarCodec.key(b), k -> new ArrayList<>()).add(b));
        List<Bar> held = new ArrayList<>();
        int written = 0;
        int duplicates = 0;
        int stale = 0;
        for (Map.Entry<Document, List<Bar>> e : byBucket.entrySet()) {
            BarMerge.Result r = storeBucket(e.getKey(), e.getValue());
            held.addAll(r.held());
            written += r.changed().size();
            duplicates += r.duplicates();
            stale += r.stale();
            // also when nothing changed: a batch redelivered after a crash between the bucket write and the ack
            // must still reach the market record (min/max, so idempotent)
            markets.touch(e.getValue());
        }
        return new StoredBatch(held, written, duplicates, stale);
    }

    private BarMerge.Result storeBucket(Document key, List<Bar> incoming) {
        for (int attempt = 1;; attempt++) {
            BarMerge.Result r = writer.write(documents(), key, incoming);
            if (r != null) {
                return r;
            }
            if (attempt >= config.writeAttempts()) {
                throw new BucketContention("bucket " + key.toJson() + " kept changing under us; gave up after "
                        + attempt + " attempts");
            }
        }
    }

    /** Removes the interval's buckets that start before {@code bucketStart}; returns how many. */
    public long deleteBefore(Interval interval, long bucketStart) {
        return delete("interval = ?1 and bucketStart < ?2", interval.code(), bucketStart);
    }

    /** Answers when the store answers; throws what a write would throw while it does not. */
    public void ping() {
        mongoDatabase().runCommand(new Document("ping", 1));
    }
}
