package io.minutebars.query.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.minutebars.model.Bar;
import io.minutebars.model.BarBuckets;
import io.minutebars.model.Interval;
import io.minutebars.model.Json;
import io.minutebars.query.cache.BucketBars;
import io.minutebars.query.limits.Deadline;
import io.minutebars.query.support.TestBars;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BarPagerTest {
    private static final long DAY = 86_400_000L;
    private static final long MIN = 60_000L;
    private static final long JAN1 = 1704067200000L;

    @Test
    void plansOneBucketPerUtcDayAndPerYearFor1d() {
        assertEquals(List.of(JAN1), BarPager.buckets(Interval.M1, JAN1, JAN1 + DAY));
        assertEquals(List.of(JAN1, JAN1 + DAY), BarPager.buckets(Interval.M1, JAN1 + DAY - MIN, JAN1 + DAY + 1));
        assertEquals(List.of(JAN1 - DAY, JAN1), BarPager.buckets(Interval.H1, JAN1 - 1, JAN1 + 1));
        long jan2025 = 1735689600000L;
        assertEquals(List.of(JAN1, jan2025), BarPager.buckets(Interval.D1, JAN1 + 5 * DAY, jan2025 + DAY));
        assertEquals(List.of(JAN1), BarPager.buckets(Interval.D1, JAN1 + 5 * DAY, jan2025));
    }

    @Test
    void halfOpenRangeAcrossTwoBuckets() {
        Store store = new Store(Interval.M1, JAN1, JAN1 + 2 * DAY);
        long start = JAN1 + DAY - 3 * MIN;
        long end = JAN1 + DAY + 2 * MIN;
        BarPager.Page page = BarPager.page(Interval.M1, start, end, 100, store::get, Deadline.NONE);
        assertEquals(5, page.count());
        assertEquals(2, page.slices().size());
        assertNull(page.next());
        List<Bar> bars = read(page);
        assertEquals(start, bars.get(0).openTime().toEpochMilli(), "bar at start included");
        assertEquals(end - MIN, bars.get(4).openTime().toEpochMilli(), "bar at end excluded");
    }

    @Test
    void pagingWithCursorsReproducesTheWholeRange() {
        Store store = new Store(Interval.M1, JAN1, JAN1 + 3 * DAY);
        List<Bar> expected = store.all(JAN1 + 100 * MIN, JAN1 + 3 * DAY - 7 * MIN);
        for (int limit : new int[] {1, 7, 1440, 1339, 5000}) {
            List<Bar> got = new ArrayList<>();
            long start = JAN1 + 100 * MIN;
            int pages = 0;
            while (true) {
                BarPager.Page page = BarPager.page(Interval.M1, start, JAN1 + 3 * DAY - 7 * MIN, limit, store::get, Deadline.NONE);
                got.addAll(read(page));
                pages++;
                if (page.next() == null) {
                    break;
                }
                assertEquals(limit, page.count());
                start = page.next();
            }
            assertEquals(expected, got, "limit " + limit);
            assertEquals((expected.size() + limit - 1) / limit, pages, "no empty last page, limit " + limit);
        }
    }

    @Test
    void cursorSkipsEmptyBucketsAndIsNullWhenNothingRemains() {
        Store store = new Store(Interval.M1, JAN1, JAN1 + 10 * MIN);
        store.add(Interval.M1, JAN1 + 5 * DAY, JAN1 + 5 * DAY + MIN);
        BarPager.Page first = BarPager.page(Interval.M1, JAN1, JAN1 + 10 * DAY, 10, store::get, Deadline.NONE);
        assertEquals(JAN1 + 5 * DAY, first.next());
        BarPager.Page exact = BarPager.page(Interval.M1, JAN1, JAN1 + 4 * DAY, 10, store::get, Deadline.NONE);
        assertNull(exact.next(), "limit reached exactly at the last bar: no cursor");
        BarPager.Page empty = BarPager.page(Interval.M1, JAN1 + DAY, JAN1 + 2 * DAY, 10, store::get, Deadline.NONE);
        assertEquals(0, empty.count());
        assertNull(empty.next());
    }

    @Test
    void ignoresBarsStoredInTheWrongBucket() {
        Map<Long, BucketBars> buckets = new HashMap<>();
        List<Bar> day1 = TestBars.range("binance", "BTC-USDT", Interval.M1, JAN1, JAN1 + DAY + 2 * MIN);
        buckets.put(JAN1, BucketBars.of(day1));
        buckets.put(JAN1 + DAY, BucketBars.of(TestBars.range("binance", "BTC-USDT", Interval.M1, JAN1 + DAY,
                JAN1 + DAY + 2 * MIN)));
        BarPager.Page page = BarPager.page(Interval.M1, JAN1, JAN1 + 2 * DAY, 10000,
                b -> buckets.getOrDefault(b, BucketBars.EMPTY), Deadline.NONE);
        assertEquals(1442, page.count());
    }

    private static List<Bar> read(BarPager.Page page) {
        StringBuilder sb = new StringBuilder("[");
        for (BarPager.Slice s : page.slices()) {
            if (sb.length() > 1) {
                sb.append(',');
            }
            sb.append(new String(s.bars().copy(s.from(), s.to()), StandardCharsets.UTF_8));
        }
        return Json.readBars(sb.append(']').toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Bars held per bucket, as the cache would hand them out. */
    private static final class Store {
        private final Map<Long, List<Bar>> bars = new HashMap<>();
        private final Map<Long, BucketBars> serialised = new HashMap<>();

        Store(Interval interval, long start, long end) {
            add(interval, start, end);
        }

        void add(Interval interval, long start, long end) {
            serialised.clear();
            for (Bar b : TestBars.range("binance", "BTC-USDT", interval, start, end)) {
                bars.computeIfAbsent(BarBuckets.bucketStart(interval, b.openTime().toEpochMilli()),
                        k -> new ArrayList<>()).add(b);
            }
        }

        BucketBars get(long bucketStart) {
            return serialised.computeIfAbsent(bucketStart, b -> BucketBars.of(bars.getOrDefault(b, List.of())));
        }

        List<Bar> all(long start, long end) {
            return bars.values().stream().flatMap(List::stream)
                    .filter(b -> b.openTime().toEpochMilli() >= start && b.openTime().toEpochMilli() < end)
                    .sorted(Comparator.comparing(Bar::openTime)).toList();
        }
    }
}
