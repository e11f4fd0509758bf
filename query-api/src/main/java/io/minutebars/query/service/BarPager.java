package io.minutebars.query.service;

import io.minutebars.model.BarBuckets;
import io.minutebars.model.Interval;
import io.minutebars.query.cache.BucketBars;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;

/**
 * Plans which buckets a half-open range touches and cuts one page out of them: whole buckets and
 * partial ones become slices of the cached bytes, in openTime order.
 */
public final class BarPager {

    /** A run of consecutive bars {@code [from, to)} of one bucket. */
    public record Slice(BucketBars bars, int from, int to) {
        public int count() {
            return to - from;
        }
    }

    /** One page: its slices, how many bars they hold, and the openTime the next page starts at (or null). */
    public record Page(List<Slice> slices, int count, Long next) {
    }

    private BarPager() {
    }

    /** Start of every bucket holding bars with {@code start <= openTime < end}, ascending. */
    public static List<Long> buckets(Interval interval, long start, long end) {
        List<Long> out = new ArrayList<>();
        for (long b = BarBuckets.bucketStart(interval, start); b < end; b = BarBuckets.nextBucket(interval, b)) {
            out.add(b);
        }
        return out;
    }

    /**
     * Cuts the page. When the limit is reached it keeps looking for the next stored bar (in later
     * buckets, which the next page needs anyway) so that a cursor is only given when bars remain.
     */
    public static Page page(Interval interval, long start, long end, int limit, LongFunction<BucketBars> loader) {
        List<Slice> slices = new ArrayList<>();
        int remaining = limit;
        for (long b = BarBuckets.bucketStart(interval, start); b < end; b = BarBuckets.nextBucket(interval, b)) {
            BucketBars bars = loader.apply(b);
            // clamp to the bucket too: a bar stored in the wrong bucket must not show up twice
            int from = bars.lowerBound(Math.max(start, b));
            int to = bars.lowerBound(Math.min(end, BarBuckets.nextBucket(interval, b)));
            if (from >= to) {
                continue;
            }
            if (remaining == 0) {
                return new Page(slices, limit, bars.openTime(from));
            }
            int take = Math.min(remaining, to - from);
            slices.add(new Slice(bars, from, from + take));
            remaining -= take;
            if (from + take < to) {
                return new Page(slices, limit, bars.openTime(from + take));
            }
        }
        return new Page(slices, limit - remaining, null);
    }
}
