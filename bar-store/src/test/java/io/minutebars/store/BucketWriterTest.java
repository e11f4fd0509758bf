package io.minutebars.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.minutebars.model.Bar;
import io.minutebars.model.BarSource;
import io.minutebars.model.Interval;
import io.minutebars.store.testing.StoredBuckets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Both dialects against the embedded server (which answers MongoDB's per-minute updates too, only slowly): the
 * same merge outcome, nothing lost between concurrent writers, and the per-minute writer leaves other minutes be.
 */
class BucketWriterTest {
    static final long DAY = 1_709_337_600_000L; // 2024-03-02T00:00:00Z
    static MongoServer server;
    static MongoClient client;

    @BeforeAll
    static void start() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort());
    }

    @AfterAll
    static void stop() {
        client.close();
        server.shutdownNow();
    }

    static BucketWriter writer(StoreConfig.Dialect dialect) {
        return dialect == StoreConfig.Dialect.EMBEDDED ? new EmbeddedBucketWriter() : new MongoBucketWriter();
    }

    static MongoCollection<Document> collection(StoreConfig.Dialect dialect, String name) {
        MongoCollection<Document> c = client.getDatabase("writer-" + dialect).getCollection(name);
        c.createIndex(BarCodec.keyIndex(), new IndexOptions().unique(true));
        return c;
    }

    static Bar bar(long t, int revision) {
        return BarCodecTest.bar("BTC-USDT", Interval.M1, t, revision);
    }

    static List<Bar> stored(MongoCollection<Document> c) {
        return BucketRepository.ordered(StoredBuckets.bars(c.find(BarCodec.key(bar(DAY, 0))).first()));
    }

    @ParameterizedTest
    @EnumSource(StoreConfig.Dialect.class)
    void createsRevisesAndAddsMinutesAndARedeliveryChangesNothing(StoreConfig.Dialect dialect) {
        MongoCollection<Document> c = collection(dialect, "lifecycle");
        BucketWriter w = writer(dialect);
        Document key = BarCodec.key(bar(DAY, 0));
        List<Bar> first = List.of(bar(DAY + 120_000, 0), bar(DAY, 0), bar(DAY + 60_000, 0));
        assertEquals(3, w.write(c, key, first).changed().size());
        assertEquals(List.of(bar(DAY, 0), bar(DAY + 60_000, 0), bar(DAY + 120_000, 0)), stored(c));

        Document before = c.find(key).first();
        List<Bar> next = List.of(bar(DAY + 60_000, 1), bar(DAY + 180_000, 0), bar(DAY, 0));
        BarMerge.Result r = w.write(c, key, next);
        assertEquals(List.of(bar(DAY + 60_000, 1), bar(DAY + 180_000, 0)), r.changed());
        assertEquals(List.of(bar(DAY, 0), bar(DAY + 60_000, 1), bar(DAY + 120_000, 0), bar(DAY + 180_000, 0)), stored(c));
        assertTrue(StoredBuckets.version(c.find(key).first()) > StoredBuckets.version(before));

        BarMerge.Result again = w.write(c, key, next);
        assertTrue(again.changed().isEmpty());
        assertEquals(List.of(bar(DAY, 0), bar(DAY + 60_000, 1), bar(DAY + 180_000, 0)), again.held());
        Bar backfill = BarCodecTest.bar("BTC-USDT", Interval.M1, DAY, 0).withSource(BarSource.BACKFILL);
        assertTrue(w.write(c, key, List.of(backfill)).changed().isEmpty(), "the same content: a duplicate");
    }

    @ParameterizedTest
    @EnumSource(StoreConfig.Dialect.class)
    void concurrentWritersOfOneBucketLoseNothing(StoreConfig.Dialect dialect) throws Exception {
        MongoCollection<Document> c = collection(dialect, "concurrent");
        Document key = BarCodec.key(bar(DAY, 0));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> done = new ArrayList<>();
        for (int writer = 0; writer < 4; writer++) {
            int id = writer;
            done.add(pool.submit(() -> {
                BucketWriter w = writer(dialect);
                for (int rev = 0; rev < 3; rev++) {
                    // every writer writes minutes 0..9, and minutes of its own, at rising revisions
                    List<Bar> batch = new ArrayList<>();
                    for (int m = 0; m < 10; m++) {
                        batch.add(bar(DAY + m * 60_000L, rev));
                    }
                    batch.add(bar(DAY + (100 + id * 3 + rev) * 60_000L, 0));
                    while (w.write(c, key, batch) == null) {
                        Thread.onSpinWait();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        List<Bar> raw = StoredBuckets.bars(c.find(key).first());
        assertEquals(22, raw.size(), "each minute once");
        List<Bar> bars = stored(c);
        for (int m = 0; m < 10; m++) {
            assertEquals(bar(DAY + m * 60_000L, 2), bars.get(m));
        }
    }
}
