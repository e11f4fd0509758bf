package io.minutebars.store;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How bars reach the store. The database is Panache's: {@code quarkus.mongodb.database}. */
@ConfigMapping(prefix = "minutebars.store")
public interface StoreConfig {
    /**
     * {@code mongodb}: a write reads and writes only the minutes it changes. {@code embedded}: the MongoDB-wire
     * server (mongo-java-server) of the local stack and the tests, which answers only a flat equality on the whole
     * unique key from its index and scans the collection for anything else (the per-minute read and each
     * per-minute condition would), so a write there reads the whole bucket by its key and replaces it.
     */
    @WithDefault("mongodb")
    Dialect dialect();

    /** Attempts of a conditional bucket write before the batch is given up as contention (retried later). */
    @WithDefault("10")
    int writeAttempts();

    /** Whether this service creates the unique indexes at start-up (the writer does; a reader may lack the right). */
    @WithDefault("false")
    boolean createIndexes();

    enum Dialect {
        MONGODB,
        EMBEDDED
    }
}
