package io.minutebars.aggregator.repository;

import io.micrometer.core.instrument.MeterRegistry;
import io.minutebars.aggregator.config.AggregatorConfig;
import io.minutebars.model.BarBuckets;
import io.minutebars.model.Interval;
import io.minutebars.store.BucketRepository;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Removes buckets older than each interval's retention. Whole buckets go, and only once their last
 * bar is past the age, so a reader never sees a half-trimmed day. The embedded MongoDB-wire server
 * ignores TTL indexes, so this job is the mechanism, not a backstop.
 */
@ApplicationScoped
public class RetentionJob {
    private static final Logger LOG = Logger.getLogger(RetentionJob.class);

    @Inject BucketRepository buckets;
    @Inject AggregatorConfig config;
    @Inject MeterRegistry registry;

    @Scheduled(cron = "${aggregator.retention.cron:0 17 * * * ?}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        purge(System.currentTimeMillis());
    }

    /** Deletes what is too old at {@code now}; returns the number of buckets removed per interval. */
    public Map<Interval, Long> purge(long now) {
        Map<Interval, Duration> ages = Map.of(Interval.M1, config.retention().m1(),
                Interval.M5, config.retention().minutes(), Interval.M15, config.retention().minutes(),
                Interval.H1, config.retention().hours(), Interval.H4, config.retention().hours(),
                Interval.D1, config.retention().hours());
        Map<Interval, Long> removed = new EnumMap<>(Interval.class);
        ages.forEach((interval, age) -> {
            long cutoff = now - age.toMillis();
            // buckets before the one holding the cutoff end at or before it: they go whole
            long firstKept = BarBuckets.bucketStart(interval, cutoff);
            long n = buckets.deleteBefore(interval, firstKept);
            removed.put(interval, n);
            if (n > 0) {
                registry.counter("aggregator.retention.buckets.removed", "interval", interval.code()).increment(n);
                LOG.infof("retention: removed %d %s bucket(s) older than %s", n, interval, age);
            }
        });
        return removed;
    }
}
