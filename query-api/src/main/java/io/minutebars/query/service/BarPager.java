package io.minutebars.query.service;

import io.minutebars.model.BarBuckets;
import io.minutebars.model.Interval;
import io.minutebars.model.Minutes;
import io.minutebars.query.cache.BucketBars;
import io.minutebars.query.limits.Deadline;
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

    /**
     * Start of every bucket holding bars with {@code start <= openTime < end}, ascending. The range is cut to the
     * times buckets exist for ({@link Minutes#MIN_TIME} .. {@link Minutes#MAX_TIME}), so the loop always ends.
     */
    public static List<Long> buckets(Interval interval, long start, long end) {
        List<Long> out = new ArrayList<>();
        long stop = stop(end);
        for (long b = first(interval, start); b < stop; b = BarBuckets.nextBucket(interval, b)) {
            out.add(b);
        }
        return out;
    }

    /**
     * Cuts the page. When the limit is reached it keeps looking for the next stored bar (in later
     * buckets, which the next page needs anyway) so that a cursor is only given when bars remain.
     * Checks the deadline before each bucket: a page over budget stops reading (503).
     */
    public static Page page(Interval interval, long start, long end, int limit, LongFunction<BucketBars> loader,
            Deadline deadline) {
        List<Slice> slices = new ArrayList<>();
        int remaining = limit;
        long stop = stop(end);
        for (long b = first(interval, start); b < stop; b = BarBuckets.nextBucket(interval, b)) {
            deadline.check();
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

    private static long first(Interval interval, long start) {
        return BarBuckets.bucketStart(interval, Math.max(Minutes.MIN_TIME, Math.min(start, Minutes.MAX_TIME)));
    }

    private static long stop(long end) {
        return Math.min(end, Minutes.MAX_TIME + 1);
    }
}
