package io.minutebars.mongowire;

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
import java.util.concurrent.atomic.AtomicLong;
import org.bson.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Bars per second the file-backed store takes in each durability mode, over the wire through the MongoDB
 * driver. Skipped unless {@code -Dstore.bench=true} (it runs about a minute):
 * {@code ./mvnw -o test -pl mongo-wire-server -Dtest=StoreThroughputBenchmark -Dstore.bench=true}.
 *
 * <ul>
 *   <li>bulk: one client, 500 bar upserts per bulkWrite (a backfill batch);</li>
 *   <li>single x4: four clients, one bar upsert per request (live bars, one per message);</li>
 *   <li>bucket: one client, the aggregator's pattern: read a market's day document, write it back with one
 *   more bar under a version check, upsert the market record (three commands per bar).</li>
 * </ul>
 */
class StoreThroughputBenchmark {
    static final long WARMUP_MS = Long.getLong("store.bench.warmup-ms", 2000);
    static final long MEASURE_MS = Long.getLong("store.bench.measure-ms", 5000);

    @Test
    void barsPerSecondByDurability() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("store.bench"), "-Dstore.bench=true runs the benchmark");
        StringBuilder table = new StringBuilder(String.format("%-10s %12s %12s %12s %10s%n", "durability", "bulk bars/s",
                "single x4", "bucket", "file MB"));
        for (DurableH2Backend.Durability d : DurableH2Backend.Durability.values()) {
            Path dir = Files.createTempDirectory(Path.of("target"), "bench-");
            Path file = dir.resolve("bench.mv");
            MongoWireServer server = new MongoWireServer();
            new CommandLine(server).parseArgs("--port", "0", "--file", file.toString(), "--durability", d.name());
            int port = server.start();
            try {
                double bulk = run(port, 1, (c, t, i) -> {
                    List<UpdateOneModel<Document>> batch = new ArrayList<>();
                    for (int k = 0; k < 500; k++) {
                        batch.add(upsert(t, i * 500 + k));
                    }
                    c.bulkWrite(batch);
                    return 500;
                });
                double single = run(port, 4, (c, t, i) -> {
                    c.updateOne(upsert(t, i).getFilter(), upsert(t, i).getUpdate(), new UpdateOptions().upsert(true));
                    return 1;
                });
                double bucket = run(port, 1, StoreThroughputBenchmark::bucketWrite);
                table.append(String.format("%-10s %12.0f %12.0f %12.0f %10.1f%n", d, bulk, single, bucket,
                        Files.size(file) / 1e6));
            } finally {
                server.stop();
                Files.deleteIfExists(file);
                Files.deleteIfExists(dir);
            }
        }
        System.out.print("store throughput (" + Runtime.getRuntime().availableProcessors() + " cores)\n" + table);
    }

    interface Op {
        /** Writes request {@code i} of client {@code t}; returns the bars it wrote. */
        int write(MongoCollection<Document> c, int t, long i);
    }

    static UpdateOneModel<Document> upsert(int t, long i) {
        long openTime = 1_709_251_200_000L + i * 60_000;
        return new UpdateOneModel<>(Filters.eq("key", "binance:M" + t + ":" + openTime),
                Updates.combine(Updates.set("open", "60759.6"), Updates.set("high", "60790.1"),
                        Updates.set("low", "60701.2"), Updates.set("close", "60760"), Updates.set("volume", "12.345"),
                        Updates.set("trades", 812), Updates.set("status", "COMPLETE"), Updates.inc("revision", 1)),
                new UpdateOptions().upsert(true));
    }

    /** The aggregator's write of one live bar: read the day bucket, replace it at its version, touch the market. */
    static int bucketWrite(MongoCollection<Document> c, int t, long i) {
        String market = "M" + i % 20;
        long minute = i / 20;
        Document key = new Document("market", market).append("day", minute / 1440);
        Document current = c.find(key).first();
        List<Document> bars = current == null ? new ArrayList<>() : new ArrayList<>(current.getList("bars", Document.class));
        bars.add(new Document("t", minute).append("open", "60759.6").append("high", "60790.1").append("low", "60701.2")
                .append("close", "60760").append("volume", "12.345").append("trades", 812));
        long version = current == null ? 0 : current.getLong("version");
        Document doc = new Document(key).append("version", version + 1).append("bars", bars);
        if (current == null) {
            c.insertOne(doc);
        } else {
            c.replaceOne(new Document(key).append("version", version), doc, new ReplaceOptions());
        }
        c.updateOne(Filters.eq("key", "market:" + market),
                Updates.max("last", minute), new UpdateOptions().upsert(true));
        return 1;
    }

    /** Bars per second of {@code clients} clients writing for MEASURE_MS after WARMUP_MS. */
    static double run(int port, int clients, Op op) throws InterruptedException {
        AtomicLong bars = new AtomicLong();
        long start = System.nanoTime();
        long measureFrom = start + WARMUP_MS * 1_000_000;
        long end = measureFrom + MEASURE_MS * 1_000_000;
        List<Thread> threads = new ArrayList<>();
        String collection = "c" + System.nanoTime();
        for (int t = 0; t < clients; t++) {
            int client = t;
            threads.add(new Thread(() -> {
                try (MongoClient mc = MongoClients.create("mongodb://127.0.0.1:" + port)) {
                    MongoCollection<Document> c = mc.getDatabase("bench").getCollection(collection);
                    c.createIndex(new Document("key", 1), new IndexOptions().unique(true).sparse(true));
                    c.createIndex(new Document("market", 1).append("day", 1), new IndexOptions().unique(true)
                            .sparse(true));
                    for (long i = 0; System.nanoTime() < end; i++) {
                        int n = op.write(c, client, i);
                        if (System.nanoTime() >= measureFrom) {
                            bars.addAndGet(n);
                        }
                    }
                }
            }));
        }
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            t.join();
        }
        return bars.get() * 1000.0 / MEASURE_MS;
    }
}
