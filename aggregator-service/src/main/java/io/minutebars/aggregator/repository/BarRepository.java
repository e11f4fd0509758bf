package io.minutebars.aggregator.repository;

import io.micrometer.core.instrument.MeterRegistry;
import io.minutebars.model.Bar;
import io.minutebars.model.Interval;
import io.minutebars.store.BucketRepository;
import io.minutebars.store.StoredBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** The aggregator's side of bar-store: stores through it and counts what each write did. */
@ApplicationScoped
public class BarRepository {
    @Inject BucketRepository buckets;
    @Inject MeterRegistry registry;

    /** The stored bars of one bucket, sorted by openTime (empty when the bucket does not exist). */
    public List<Bar> bucket(String exchange, String symbol, Interval interval, long bucketStart) {
        return buckets.bucket(exchange, symbol, interval, bucketStart);
    }

    /**
     * Stores a batch (any markets and days). Returns, for each bar of the batch whose content the store now holds
     * (just written, or already there from an earlier delivery), the bar as stored.
     */
    public List<Bar> store(List<Bar> batch) {
        StoredBatch r = buckets.store(batch);
        registry.counter("aggregator.bars.stored").increment(r.written());
        registry.counter("aggregator.bars.duplicates").increment(r.duplicates());
        registry.counter("aggregator.bars.stale").increment(r.stale());
        return r.held();
    }

    /** Answers when the store answers; throws what a write would throw while it does not. */
    public void ping() {
        buckets.ping();
    }
}
