package io.minutebars.aggregator.store;

import io.minutebars.model.Bar;
import io.minutebars.model.BarSource;
import io.minutebars.model.BarStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The storage rule: per bar key keep the highest revision. At equal revision a repair (anything
 * observed or filled) replaces a GAP or UNAVAILABLE placeholder, and a bar read from the minute's full
 * trade history (a backfill) that differs from the stored one wins with {@code revision + 1} (the stored
 * one may have been made from part of the minute); otherwise an equal revision is a duplicate and a lower
 * one is stale. Both are ignored, which makes redelivery and replays harmless.
 */
public final class BarMerge {
    private BarMerge() {
    }

    public record Result(List<Bar> bars, List<Bar> changed, int duplicates, int stale) {
    }

    /** Merges incoming bars (one bucket) into the stored ones; {@code bars} comes back sorted by openTime. */
    public static Result merge(List<Bar> stored, List<Bar> incoming) {
        TreeMap<Long, Bar> byTime = new TreeMap<>();
        stored.forEach(b -> byTime.put(b.openTime().toEpochMilli(), b));
        TreeMap<Long, Bar> changed = new TreeMap<>();
        int duplicates = 0;
        int stale = 0;
        for (Bar in : incoming) {
            long t = in.openTime().toEpochMilli();
            Bar old = byTime.get(t);
            if (old == null || replaces(in, old)) {
                byTime.put(t, in);
                changed.put(t, in);
            } else if (correctsFromHistory(in, old)) {
                Bar bumped = in.withRevision(old.revision() + 1);
                byTime.put(t, bumped);
                changed.put(t, bumped);
            } else if (in.revision() < old.revision()) {
                stale++;
            } else {
                duplicates++;
            }
        }
        return new Result(new ArrayList<>(byTime.values()), new ArrayList<>(changed.values()), duplicates, stale);
    }

    static boolean replaces(Bar in, Bar old) {
        if (in.revision() != old.revision()) {
            return in.revision() > old.revision();
        }
        return isPlaceholder(old.status()) && !isPlaceholder(in.status());
    }

    /** A backfill read every trade of the minute: where it differs from the stored bar of its revision, it is right. */
    static boolean correctsFromHistory(Bar in, Bar old) {
        return in.revision() == old.revision() && in.source() == BarSource.BACKFILL
                && (in.status() == BarStatus.COMPLETE || in.status() == BarStatus.EMPTY) && !in.sameData(old);
    }

    private static boolean isPlaceholder(BarStatus s) {
        return s == BarStatus.GAP || s == BarStatus.UNAVAILABLE;
    }
}
