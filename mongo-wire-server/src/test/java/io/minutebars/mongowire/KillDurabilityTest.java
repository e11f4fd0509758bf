package io.minutebars.mongowire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A write the server acknowledged survives a {@code kill -9} of the server process. Three writers (single
 * inserts, bulk upserts, versioned replaces like the aggregator's) write as fast as they can over their own
 * connections; the server is killed while they write, restarted on the same file, and every write a
 * writer was told succeeded must be there, found through the unique index as well as by a scan. Three
 * rounds on the same file. {@code -Dstore.durability=BACKGROUND} runs it against mongo-java-server's default
 * (commit in the background once a second), which loses acknowledged writes.
 */
class KillDurabilityTest {
    static final String DURABILITY = System.getProperty("store.durability", "FSYNC");

    @Test
    void everyAcknowledgedWriteSurvivesAKillOfTheServerProcess(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("store/minutebars.mv");
        Files.createDirectories(file.getParent());
        Path log = dir.resolve("server.log");
        int port = ServerProcess.freePort();
        Random random = new Random(Long.getLong("store.seed", 9));
        /** the latest acknowledged value per key: inserts and upserts (value = round * 1e6 + sequence) */
        Map<String, Long> acked = new ConcurrentHashMap<>();
        List<String> lost = new ArrayList<>();
        long checked = 0;
        for (int round = 1; round <= 3; round++) {
            ServerProcess server = ServerProcess.start(file, port, DURABILITY, log);
            try {
                checked += acked.size();
                lost.addAll(verify(port, acked));
                AtomicBoolean stop = new AtomicBoolean();
                List<Thread> writers = new ArrayList<>();
                int r = round;
                writers.add(writer("insert", port, stop, c -> {
                    for (long i = 0; !stop.get(); i++) {
                        String key = "i-" + r + "-" + i;
                        c.insertOne(new Document("key", key).append("value", i));
                        acked.put(key, i);
                    }
                }));
                writers.add(writer("bulk", port, stop, c -> {
                    for (long i = 0; !stop.get(); i++) {
                        List<UpdateOneModel<Document>> batch = new ArrayList<>();
                        List<String> keys = new ArrayList<>();
                        for (int k = 0; k < 50; k++) {
                            String key = "b-" + (i * 50 + k) % 2000; // rewrites keys of earlier rounds too
                            keys.add(key);
                            batch.add(new UpdateOneModel<>(Filters.eq("key", key), Updates.set("value", r * 1_000_000L + i),
                                    new UpdateOptions().upsert(true)));
                        }
                        c.bulkWrite(batch);
                        for (String key : keys) {
                            acked.put(key, r * 1_000_000L + i);
                        }
                    }
                }));
                writers.add(writer("replace", port, stop, c -> {
                    for (long i = 0; !stop.get(); i++) {
                        String key = "r-" + i % 10;
                        c.replaceOne(Filters.eq("key", key), new Document("key", key).append("value", r * 1_000_000L + i)
                                .append("bars", java.util.Collections.nCopies(200, "60759.6")), new ReplaceOptions().upsert(true));
                        acked.put(key, r * 1_000_000L + i);
                    }
                }));
                writers.forEach(Thread::start);
                Thread.sleep(1500 + random.nextInt(1500));
                server.kill(); // kill -9 while the writers write
                stop.set(true);
                for (Thread t : writers) {
                    t.join(TimeUnit.SECONDS.toMillis(60));
                }
            } finally {
                server.close();
            }
        }
        ServerProcess server = ServerProcess.start(file, port, DURABILITY, log);
        try {
            checked += acked.size();
            lost.addAll(verify(port, acked));
        } finally {
            server.close();
        }
        System.out.printf("kill -9 durability (%s): %d acknowledged keys checked over 4 restarts, %d lost%n",
                DURABILITY, checked, lost.size());
        assertTrue(acked.size() > 100, "the writers wrote: " + acked.size());
        assertEquals(List.of(), lost.subList(0, Math.min(20, lost.size())),
                lost.size() + " acknowledged write(s) lost after kill -9");
    }

    interface Body {
        void run(MongoCollection<Document> c);
    }

    /** A writer on its own connection; stops quietly when the server dies under it. */
    static Thread writer(String name, int port, AtomicBoolean stop, Body body) {
        return new Thread(() -> {
            try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + port
                    + "/?serverSelectionTimeoutMS=2000&connectTimeoutMS=2000&socketTimeoutMS=10000")) {
                body.run(collection(client));
            } catch (RuntimeException e) {
                // the kill came while a write was in flight: that write was never acknowledged
            }
        }, "writer-" + name);
    }

    static MongoCollection<Document> collection(MongoClient client) {
        MongoCollection<Document> c = client.getDatabase("durability").getCollection("docs");
        c.createIndex(new Document("key", 1), new IndexOptions().unique(true));
        return c;
    }

    /**
     * The acknowledged keys that do not hold at least their acknowledged value, found by a scan and through
     * the unique index alike; they are forgotten so a later round counts only its own losses.
     */
    static List<String> verify(int port, Map<String, Long> acked) {
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + port)) {
            MongoCollection<Document> c = collection(client);
            Map<String, Long> scanned = new java.util.HashMap<>();
            for (Document d : c.find()) {
                Long before = scanned.put(d.getString("key"), d.getLong("value"));
                assertEquals(null, before, "one document per key: " + d.getString("key"));
            }
            List<String> lost = new ArrayList<>();
            for (Map.Entry<String, Long> e : acked.entrySet()) {
                Long stored = scanned.get(e.getKey());
                Document byIndex = c.find(Filters.eq("key", e.getKey())).first();
                if (stored == null || stored < e.getValue() || byIndex == null
                        || byIndex.getLong("value").longValue() != stored) {
                    lost.add(e.getKey() + " acknowledged " + e.getValue() + ", stored " + stored + ", by index "
                            + (byIndex == null ? null : byIndex.getLong("value")));
                }
            }
            lost.forEach(l -> acked.remove(l.substring(0, l.indexOf(' '))));
            return lost;
        }
    }
}
