package io.minutebars.query.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.minutebars.model.Bar;
import io.minutebars.model.BarBuckets;
import io.minutebars.query.config.QueryConfig;
import io.minutebars.query.limits.Deadline;
import io.minutebars.store.BucketRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.BiFunction;

/**
 * Serialised bars per bucket, bounded by bytes. Entries are dropped when {@code market.stored} says a
 * bar of the bucket changed; max-ages (short for the bucket still being written) are the safety net
 * for a lost message.
 */
@ApplicationScoped
public class BucketCache {
    private static final int STRIPES = 64;

    /** Reads a bucket's bars within the request's deadline (MongoDB maxTime). */
    private final BiFunction<BucketKey, Deadline, List<Bar>> loader;
    private final Clock clock;
    private final Cache<BucketKey, BucketBars> cache;
    /** Bumped on every invalidation of a key in the stripe: a load that overlapped one is not kept. */
    private final AtomicLongArray stamps = new AtomicLongArray(STRIPES);
    private final Counter hits;
    private final Counter misses;
    private final Counter invalidations;

    @Inject
    public BucketCache(BucketRepository repository, QueryConfig config, Clock clock, MeterRegistry registry) {
        this((k, deadline) -> read(repository, k, deadline), config.cache(), clock, Ticker.systemTicker(),
                ForkJoinPool.commonPool(), registry);
    }

    /** A point read given the deadline's remaining time as MongoDB maxTime, so the server stops it too (503). */
    private static List<Bar> read(BucketRepository repository, BucketKey k, Deadline deadline) {
        deadline.check();
        return repository.read(k.exchange(), k.symbol(), k.interval(), k.bucketStart(), deadline.remainingMillis());
    }

    /** For tests: any loader, a ticker that drives expiry, an executor for eviction. */
    BucketCache(BiFunction<BucketKey, Deadline, List<Bar>> loader, QueryConfig.Cache c, Clock clock, Ticker ticker,
            Executor executor, MeterRegistry registry) {
        this.loader = loader;
        this.clock = clock;
        this.cache = Caffeine.newBuilder()
                .ticker(ticker)
                .executor(executor)
                .maximumWeight(c.maxBytes())
                .weigher((BucketKey k, BucketBars v) -> v.weight())
                .expireAfter(Expiry.creating((BucketKey k, BucketBars v) -> isOpen(k, c.openBucketGrace())
                        ? c.openBucketMaxAge() : c.closedBucketMaxAge()))
                .build();
        this.hits = Counter.builder("query.bucket.cache.requests").tag("result", "hit")
                .description("Bucket cache lookups").register(registry);
        this.misses = Counter.builder("query.bucket.cache.requests").tag("result", "miss")
                .description("Bucket cache lookups").register(registry);
        this.invalidations = Counter.builder("query.bucket.cache.invalidations")
                .description("Buckets dropped because market.stored announced a change").register(registry);
        Gauge.builder("query.bucket.cache.entries", cache, x -> x.estimatedSize()).register(registry);
        Gauge.builder("query.bucket.cache.weight", cache, BucketCache::weight).baseUnit("bytes").register(registry);
    }

    /** The bucket's bars; a miss reads them within the deadline (none is read once it has passed: 503). */
    public BucketBars get(BucketKey key, Deadline deadline) {
        BucketBars cached = cache.getIfPresent(key);
        if (cached != null) {
            hits.increment();
            return cached;
        }
        misses.increment();
        deadline.check();
        long[] stampBefore = {0};
        boolean[] loadedHere = {false};
        BucketBars bars = cache.get(key, k -> {
            stampBefore[0] = stamps.get(stripe(k));
            loadedHere[0] = true;
            return BucketBars.of(loader.apply(k, deadline));
        });
        // An invalidation that arrived while we read MongoDB may describe a write our read missed;
        // serve what we read, but do not keep it.
        if (loadedHere[0] && stamps.get(stripe(key)) != stampBefore[0]) {
            cache.asMap().remove(key, bars);
        }
        return bars;
    }

    public void invalidate(BucketKey key) {
        stamps.incrementAndGet(stripe(key));
        cache.invalidate(key);
        invalidations.increment();
    }

    private boolean isOpen(BucketKey key, Duration grace) {
        long end = BarBuckets.nextBucket(key.interval(), key.bucketStart());
        return end + grace.toMillis() > clock.millis();
    }

    private static int stripe(BucketKey key) {
        return (key.hashCode() & 0x7fffffff) % STRIPES;
    }

    private static double weight(Cache<BucketKey, BucketBars> cache) {
        return cache.policy().eviction().map(e -> e.weightedSize().orElse(0L)).orElse(0L);
    }
}
