package io.minutebars.store;

import io.minutebars.model.Bar;
import io.minutebars.model.BarSource;
import io.minutebars.model.BarStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The storage rule: per bar key keep the highest revision. At equal revision a repair (anything
 * observed or filled) replaces a GAP or UNAVAILABLE placeholder, and a bar built from the minute's full
 * trade history (a backfill) whose content differs replaces the stored one as
 * {@code revision + 1}: a live bar may have missed trades, the full history did not. Otherwise an equal
 * revision is a duplicate and a lower one is stale; both are ignored, which makes redelivery and replays
 * harmless.
 */
public final class BarMerge {
    private BarMerge() {
    }

    /**
     * @param bars     the bucket's bars after the merge, sorted by openTime
     * @param changed  the bars that changed what is stored
     * @param held     for each incoming bar whose content the store now holds (changed, or already stored),
     *                 the bar as stored: what a redelivered batch announces again
     */
    public record Result(List<Bar> bars, List<Bar> changed, List<Bar> held, int duplicates, int stale) {
    }

    /** Merges incoming bars (one bucket) into the stored ones. */
    public static Result merge(List<Bar> stored, List<Bar> incoming) {
        TreeMap<Long, Bar> byTime = new TreeMap<>();
        stored.forEach(b -> byTime.put(b.openTime().toEpochMilli(), b));
        TreeMap<Long, Bar> changed = new TreeMap<>();
        int duplicates = 0;
        int stale = 0;
        for (Bar in : incoming) {
            long t = in.openTime().toEpochMilli();
            Bar old = byTime.get(t);
            Bar kept = old == null ? in : winner(in, old);
            if (kept != old) {
                byTime.put(t, kept);
                changed.put(t, kept);
            } else if (in.revision() < old.revision()) {
                stale++;
            } else {
                duplicates++;
            }
        }
        TreeMap<Long, Bar> held = new TreeMap<>();
        for (Bar in : incoming) {
            Bar now = byTime.get(in.openTime().toEpochMilli());
            if (now.sameData(in)) {
                held.put(in.openTime().toEpochMilli(), now);
            }
        }
        return new Result(new ArrayList<>(byTime.values()), new ArrayList<>(changed.values()),
                new ArrayList<>(held.values()), duplicates, stale);
    }

    /** The bar to keep when {@code in} meets the stored {@code old} of the same key ({@code old} itself if it stays). */
    static Bar winner(Bar in, Bar old) {
        if (in.revision() != old.revision()) {
            return in.revision() > old.revision() ? in : old;
        }
        if (isPlaceholder(old.status()) && !isPlaceholder(in.status())) {
            return in;
        }
        if (readFullHistory(in) && !in.sameData(old) && old.revision() < Integer.MAX_VALUE) {
            return in.withRevision(old.revision() + 1);
        }
        return old;
    }

    /**
     * A bar built from every trade of its minute, read after the minute closed: a backfill's {@code COMPLETE} or
     * {@code EMPTY} bar (its kline-filled or unavailable minutes are not; nor are imports, whose first and last
     * minutes may be partial when the export did not cover them in full).
     */
    static boolean readFullHistory(Bar b) {
        return b.source() == BarSource.BACKFILL && (b.status() == BarStatus.COMPLETE || b.status() == BarStatus.EMPTY);
    }

    private static boolean isPlaceholder(BarStatus s) {
        return s == BarStatus.GAP || s == BarStatus.UNAVAILABLE;
    }
}
