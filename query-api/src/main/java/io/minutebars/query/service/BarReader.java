package io.minutebars.query.service;

import io.minutebars.model.Bar;
import io.minutebars.model.Interval;
import io.minutebars.query.cache.BucketCache;
import io.minutebars.query.cache.BucketKey;
import io.minutebars.query.limits.Deadline;
import io.minutebars.store.MarketRecord;
import io.minutebars.query.stats.MarketBars;
import io.minutebars.query.stats.MarketId;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * Stored bars as objects for the statistics, read through the bucket cache: a bar revised by the
 * aggregator drops its bucket on {@code market.stored}, so the next statistic is computed from it.
 */
@ApplicationScoped
public class BarReader {
    private final BucketCache cache;

    public BarReader(BucketCache cache) {
        this.cache = cache;
    }

    /** The bars with {@code from <= openTime < to}, ordered by openTime; stops at the deadline (503). */
    public List<Bar> read(String exchange, String symbol, Interval interval, long from, long to, Deadline deadline) {
        List<Bar> out = new ArrayList<>();
        for (long b : BarPager.buckets(interval, Math.max(0, from), to)) {
            deadline.check();
            for (Bar bar : cache.get(new BucketKey(exchange, symbol, interval, b), deadline).bars()) {
                long t = bar.openTime().toEpochMilli();
                if (t >= from && t < to) {
                    out.add(bar);
                }
            }
        }
        return out;
    }

    /** A market's bars with its stored history start (unknown history: everything before counts as missing). */
    public MarketBars market(MarketRecord m, Interval interval, long from, long to, Deadline deadline) {
        return new MarketBars(new MarketId(m.exchange(), m.symbol()), historyStart(m),
                read(m.exchange(), m.symbol(), interval, from, to, deadline));
    }

    public static long historyStart(MarketRecord m) {
        return m.firstOpenTime() == null ? Long.MIN_VALUE : m.firstOpenTime();
    }
}
