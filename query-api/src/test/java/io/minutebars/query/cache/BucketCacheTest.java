package io.minutebars.query.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.benmanes.caffeine.cache.Ticker;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.minutebars.model.Bar;
import io.minutebars.model.Interval;
import io.minutebars.query.config.QueryConfig;
import io.minutebars.query.limits.Deadline;
import io.minutebars.query.problem.QueryProblemException;
import io.minutebars.query.support.TestBars;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class BucketCacheTest {
    private static final long JAN1 = 1704067200000L;
    private static final long DAY = 86_400_000L;
    /** "Now" is noon of Jan 10: the Jan 10 bucket is open, Jan 1 is closed. */
    private static final Clock CLOCK = Clock.fixed(Instant.ofEpochMilli(JAN1 + 9 * DAY + DAY / 2), ZoneOffset.UTC);
    private static final BucketKey CLOSED = new BucketKey("binance", "BTC-USDT", Interval.M1, JAN1);
    private static final BucketKey OPEN = new BucketKey("binance", "BTC-USDT", Interval.M1, JAN1 + 9 * DAY);

    private final AtomicLong nanos = new AtomicLong();
    private final Ticker ticker = nanos::get;
    private final Map<BucketKey, AtomicInteger> loads = new ConcurrentHashMap<>();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    private BucketCache cache(Function<BucketKey, List<Bar>> loader, long maxBytes) {
        return new BucketCache((k, deadline) -> {
            loads.computeIfAbsent(k, x -> new AtomicInteger()).incrementAndGet();
            return loader.apply(k);
        }, settings(maxBytes), CLOCK, ticker, Runnable::run, registry);
    }

    private static List<Bar> day(BucketKey k) {
        return TestBars.range(k.exchange(), k.symbol(), k.interval(), k.bucketStart(), k.bucketStart() + 30 * 60_000);
    }

    @Test
    void readsNothingOnceTheRequestsDeadlinePassed() {
        BucketCache cache = cache(BucketCacheTest::day, 1 << 24);
        long[] now = {0};
        Deadline spent = Deadline.after(Duration.ofMillis(10), () -> now[0]);
        now[0] = 10_000_000L;
        QueryProblemException e = assertThrows(QueryProblemException.class, () -> cache.get(CLOSED, spent));
        assertEquals(503, e.status());
        assertEquals(null, loads.get(CLOSED), "MongoDB is not read");
        BucketBars read = cache.get(CLOSED, Deadline.NONE);
        assertSame(read, cache.get(CLOSED, spent), "a cached bucket costs nothing: served even past the deadline");
    }

    @Test
    void servesFromCacheUntilInvalidatedAndCountsHitsAndMisses() {
        BucketCache cache = cache(BucketCacheTest::day, 1 << 24);
        BucketBars first = cache.get(CLOSED, Deadline.NONE);
        assertSame(first, cache.get(CLOSED, Deadline.NONE));
        assertEquals(1, loads.get(CLOSED).get());
        cache.invalidate(CLOSED);
        cache.get(CLOSED, Deadline.NONE);
        assertEquals(2, loads.get(CLOSED).get());
        assertEquals(1.0, registry.get("query.bucket.cache.requests").tag("result", "hit").counter().count());
        assertEquals(2.0, registry.get("query.bucket.cache.requests").tag("result", "miss").counter().count());
        assertEquals(1.0, registry.get("query.bucket.cache.invalidations").counter().count());
    }

    @Test
    void openBucketExpiresSoonClosedBucketLater() {
        BucketCache cache = cache(BucketCacheTest::day, 1 << 24);
        cache.get(OPEN, Deadline.NONE);
        cache.get(CLOSED, Deadline.NONE);
        nanos.addAndGet(Duration.ofSeconds(6).toNanos());
        cache.get(OPEN, Deadline.NONE);
        cache.get(CLOSED, Deadline.NONE);
        assertEquals(2, loads.get(OPEN).get(), "open bucket re-read after its max-age");
        assertEquals(1, loads.get(CLOSED).get(), "closed bucket still cached");
        nanos.addAndGet(Duration.ofMinutes(61).toNanos());
        cache.get(CLOSED, Deadline.NONE);
        assertEquals(2, loads.get(CLOSED).get(), "closed bucket re-read after its max-age");
    }

    @Test
    void invalidationDuringALoadIsNotLost() throws Exception {
        CountDownLatch loading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        BucketCache cache = cache(k -> {
            if (loads.get(k).get() == 1) {
                loading.countDown();
                await(release);
            }
            return day(k);
        }, 1 << 24);
        Thread reader = new Thread(() -> cache.get(CLOSED, Deadline.NONE));
        reader.start();
        assertTrue(loading.await(5, TimeUnit.SECONDS));
        Thread invalidator = new Thread(() -> cache.invalidate(CLOSED));
        invalidator.start();
        release.countDown();
        reader.join(5000);
        invalidator.join(5000);
        cache.get(CLOSED, Deadline.NONE);
        assertEquals(2, loads.get(CLOSED).get(), "the read that overlapped an invalidation was not kept");
    }

    @Test
    void boundedByBytes() {
        BucketCache cache = cache(BucketCacheTest::day, 50_000);
        for (int d = 0; d < 20; d++) {
            cache.get(new BucketKey("binance", "BTC-USDT", Interval.M1, JAN1 + d * DAY), Deadline.NONE);
        }
        double weight = registry.get("query.bucket.cache.weight").gauge().value();
        assertTrue(weight <= 50_000, "weight " + weight);
        assertTrue(registry.get("query.bucket.cache.entries").gauge().value() < 20);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static QueryConfig.Cache settings(long maxBytes) {
        return new QueryConfig.Cache() {
            @Override
            public long maxBytes() {
                return maxBytes;
            }

            @Override
            public Duration openBucketMaxAge() {
                return Duration.ofSeconds(5);
            }

            @Override
            public Duration openBucketGrace() {
                return Duration.ofMinutes(10);
            }

            @Override
            public Duration closedBucketMaxAge() {
                return Duration.ofHours(1);
            }
        };
    }
}
