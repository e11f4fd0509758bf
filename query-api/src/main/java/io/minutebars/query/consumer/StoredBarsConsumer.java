package io.minutebars.query.consumer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.minutebars.model.Bar;
import io.minutebars.model.Json;
import io.minutebars.query.cache.BucketCache;
import io.minutebars.query.cache.BucketKey;
import io.minutebars.query.cache.MarketCatalog;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Drops the cached buckets the aggregator announces on {@code market.stored} (a queue of this
 * instance only: every instance must see every announcement).
 */
@ApplicationScoped
public class StoredBarsConsumer {
    private static final Logger LOG = Logger.getLogger(StoredBarsConsumer.class);

    private final BucketCache cache;
    private final MarketCatalog catalog;
    private final Counter applied;
    private final Counter malformed;

    public StoredBarsConsumer(BucketCache cache, MarketCatalog catalog, MeterRegistry registry) {
        this.cache = cache;
        this.catalog = catalog;
        this.applied = Counter.builder("query.stored.messages").tag("outcome", "applied")
                .description("market.stored messages handled").register(registry);
        this.malformed = Counter.builder("query.stored.messages").tag("outcome", "malformed")
                .description("market.stored messages handled").register(registry);
    }

    /** Blocking: an invalidation may wait for a load of the same bucket in progress. */
    @Incoming("stored-bars")
    @Blocking
    public void onStored(byte[] body) {
        List<Bar> bars;
        try {
            bars = Json.readBars(body);
        } catch (RuntimeException e) {
            // Dead-letter path of a transient invalidation queue: a malformed message is logged, counted
            // and dropped. Nothing to redeliver it for: it names no bucket, and the max-ages bound staleness.
            malformed.increment();
            LOG.warnf("dropped malformed market.stored message (%d bytes): %s", body == null ? 0 : body.length,
                    e.getMessage());
            return;
        }
        Set<BucketKey> keys = StoredBuckets.of(bars);
        for (BucketKey key : keys) {
            cache.invalidate(key);
            if (!catalog.knows(key.exchange(), key.symbol(), key.interval().code())) {
                catalog.markStale();
            }
        }
        applied.increment();
    }
}
