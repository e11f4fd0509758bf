package io.minutebars.aggregator.repository;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.UpdateOptions;
import io.micrometer.core.instrument.MeterRegistry;
import io.minutebars.aggregator.config.AggregatorConfig;
import io.minutebars.aggregator.store.BarCodec;
import io.minutebars.aggregator.store.BarMerge;
import io.minutebars.model.Bar;
import io.minutebars.model.BarBuckets;
import io.minutebars.model.Interval;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;

/**
 * Bars in MongoDB, one document per market, interval and bucket (a UTC day; a year for 1d), under a
 * unique index. Writes read the bucket by its flat-equality key, merge in Java and write back with an
 * optimistic version check, so concurrent writers never lose an update and the embedded MongoDB-wire
 * server uses its unique index (it scans for anything but a flat equality filter).
 */
@ApplicationScoped
public class BarRepository {
    @Inject MongoClient mongo;
    @Inject AggregatorConfig config;
    @Inject MeterRegistry registry;

    MongoCollection<Document> bars() {
        return mongo.getDatabase(config.database()).getCollection("bars");
    }

    MongoCollection<Document> markets() {
        return mongo.getDatabase(config.database()).getCollection("markets");
    }

    void indexes(@Observes StartupEvent ev) {
        bars().createIndex(new Document("exchange", 1).append("symbol", 1).append("interval", 1).append("bucketStart", 1),
                new IndexOptions().unique(true).name("bucket_key"));
        markets().createIndex(new Document("exchange", 1).append("symbol", 1).append("interval", 1),
                new IndexOptions().unique(true).name("market_key"));
    }

    /** The stored bars of one bucket, sorted by openTime (empty when the bucket does not exist). */
    public List<Bar> bucket(String exchange, String symbol, Interval interval, long bucketStart) {
        Document key = new Document("exchange", exchange).append("symbol", symbol).append("interval", interval.code())
                .append("bucketStart", bucketStart);
        Document current = bars().find(key).first();
        if (current == null) {
            return List.of();
        }
        return current.getList("bars", Document.class).stream().map(d -> BarCodec.decode(current, d)).toList();
    }

    /**
     * Stores a batch (any markets and days). Returns, for each bar of the batch whose content the store now holds
     * (just written, or already there from an earlier delivery), the bar as stored.
     */
    public List<Bar> store(List<Bar> batch) {
        Map<Document, List<Bar>> byBucket = new LinkedHashMap<>();
        for (Bar b : batch) {
            Interval interval = Interval.fromCode(b.interval()).orElseThrow();
            long bucket = BarBuckets.bucketStart(interval, b.openTime().toEpochMilli());
            byBucket.computeIfAbsent(key(b, bucket), k -> new ArrayList<>()).add(b);
        }
        List<Bar> held = new ArrayList<>();
        for (Map.Entry<Document, List<Bar>> e : byBucket.entrySet()) {
            held.addAll(storeBucket(e.getKey(), e.getValue()));
        }
        return held;
    }

    /** Answers when the store answers; throws what a write would throw while it does not. */
    public void ping() {
        mongo.getDatabase(config.database()).runCommand(new Document("ping", 1));
    }

    private List<Bar> storeBucket(Document key, List<Bar> incoming) {
        for (int attempt = 1;; attempt++) {
            Document current = bars().find(key).first();
            List<Bar> stored = new ArrayList<>();
            long version = 0;
            if (current != null) {
                version = ((Number) current.get("version")).longValue();
                for (Document d : current.getList("bars", Document.class)) {
                    stored.add(BarCodec.decode(current, d));
                }
            }
            BarMerge.Result r = BarMerge.merge(stored, incoming);
            if (!r.changed().isEmpty()) {
                Document doc = new Document(key).append("nativeSymbol", incoming.get(0).nativeSymbol())
                        .append("version", version + 1).append("updatedAt", new Date())
                        .append("bars", r.bars().stream().map(BarCodec::encode).toList());
                if (!write(key, current == null ? null : version, doc)) {
                    if (attempt >= config.writeAttempts()) {
                        throw new BucketContention("bucket " + key.toJson() + " kept changing under us; gave up after "
                                + attempt + " attempts");
                    }
                    continue;
                }
                registry.counter("aggregator.bars.stored").increment(r.changed().size());
            }
            registry.counter("aggregator.bars.duplicates").increment(r.duplicates());
            registry.counter("aggregator.bars.stale").increment(r.stale());
            // also when nothing changed: a batch redelivered after a crash between the bucket write and the ack
            // must still reach the market record (min/max, so idempotent)
            touchMarket(key, incoming.get(0).nativeSymbol(), incoming);
            return r.held();
        }
    }

    /** Inserts a new bucket or replaces the one at {@code version}; false when another writer won. */
    private boolean write(Document key, Long version, Document doc) {
        if (version == null) {
            try {
                bars().insertOne(doc);
                return true;
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                    return false;
                }
                throw e;
            }
        }
        Document filter = new Document(key).append("version", version);
        return bars().replaceOne(filter, doc).getMatchedCount() == 1;
    }

    /** Every bar of {@code bars} is in the bucket after a merge (a merge never removes a key): min/max of them all. */
    private void touchMarket(Document bucketKey, String nativeSymbol, List<Bar> bars) {
        long first = bars.stream().mapToLong(b -> b.openTime().toEpochMilli()).min().orElseThrow();
        long last = bars.stream().mapToLong(b -> b.openTime().toEpochMilli()).max().orElseThrow();
        Document key = new Document("exchange", bucketKey.get("exchange")).append("symbol", bucketKey.get("symbol"))
                .append("interval", bucketKey.get("interval"));
        markets().updateOne(key, new Document("$min", new Document("firstOpenTime", first))
                .append("$max", new Document("lastOpenTime", last))
                .append("$set", new Document("nativeSymbol", nativeSymbol).append("updatedAt", new Date())),
                new UpdateOptions().upsert(true));
    }

    private static Document key(Bar b, long bucketStart) {
        return new Document("exchange", b.exchange()).append("symbol", b.symbol()).append("interval", b.interval())
                .append("bucketStart", bucketStart);
    }
}
