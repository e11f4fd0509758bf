package io.minutebars.query.cache;

import io.minutebars.model.Bar;
import io.minutebars.model.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.ref.SoftReference;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The bars of one bucket serialised once in the wire form, joined by commas, with each bar's offset:
 * any run of consecutive bars is one contiguous slice of {@link #json()}, so pages are assembled from
 * cached bytes without re-serialising.
 */
public final class BucketBars {
    public static final BucketBars EMPTY = new BucketBars(new byte[0], new int[] {1}, new long[0]);
    private static final TypeReference<List<Bar>> BAR_LIST = new TypeReference<>() {
    };

    private final byte[] json;
    /** offsets[i] is where bar i starts; offsets[size] = json.length + 1 (just past a virtual trailing comma). */
    private final int[] offsets;
    private final long[] openTimes;
    /**
     * The bars as objects for the statistics, held softly: not counted in {@link #weight()}, dropped by the GC
     * under memory pressure and then re-read from {@link #json()}.
     */
    private volatile SoftReference<List<Bar>> bars;

    private BucketBars(byte[] json, int[] offsets, long[] openTimes) {
        this.json = json;
        this.offsets = offsets;
        this.openTimes = openTimes;
    }

    /** Serialises bars in openTime order; of two bars with the same openTime the higher revision wins. */
    public static BucketBars of(List<Bar> bars) {
        if (bars.isEmpty()) {
            return EMPTY;
        }
        List<Bar> sorted = new ArrayList<>(bars);
        sorted.sort(Comparator.comparing(Bar::openTime).thenComparing(Bar::revision, Comparator.reverseOrder()));
        ByteArrayOutputStream out = new ByteArrayOutputStream(sorted.size() * 400);
        int[] offsets = new int[sorted.size() + 1];
        long[] times = new long[sorted.size()];
        List<Bar> kept = new ArrayList<>(sorted.size());
        int n = 0;
        for (Bar bar : sorted) {
            long t = bar.openTime().toEpochMilli();
            if (n > 0 && times[n - 1] == t) {
                continue;
            }
            if (n > 0) {
                out.write(',');
            }
            offsets[n] = out.size();
            times[n] = t;
            out.writeBytes(serialise(bar));
            kept.add(bar);
            n++;
        }
        offsets[n] = out.size() + 1;
        BucketBars result = new BucketBars(out.toByteArray(), Arrays.copyOf(offsets, n + 1), Arrays.copyOf(times, n));
        result.bars = new SoftReference<>(List.copyOf(kept));
        return result;
    }

    /** The bars in openTime order (one per openTime, the highest revision), as the bytes describe them. */
    public List<Bar> bars() {
        SoftReference<List<Bar>> ref = bars;
        List<Bar> list = ref == null ? null : ref.get();
        if (list == null) {
            byte[] array = new byte[json.length + 2];
            array[0] = '[';
            System.arraycopy(json, 0, array, 1, json.length);
            array[array.length - 1] = ']';
            try {
                list = List.copyOf(Json.mapper().readValue(array, BAR_LIST));
            } catch (IOException e) {
                throw new IllegalStateException("cannot read back cached bars", e);
            }
            bars = new SoftReference<>(list);
        }
        return list;
    }

    private static byte[] serialise(Bar bar) {
        try {
            return Json.mapper().writeValueAsBytes(bar);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise bar " + bar.key(), e);
        }
    }

    public int size() {
        return openTimes.length;
    }

    public long openTime(int i) {
        return openTimes[i];
    }

    /** Index of the first bar with openTime >= t ({@link #size()} when none). */
    public int lowerBound(long t) {
        int lo = 0;
        int hi = openTimes.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (openTimes[mid] < t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The shared serialised bars; read-only by contract. */
    public byte[] json() {
        return json;
    }

    /** Offset in {@link #json()} where bar {@code from} starts. */
    public int offset(int from) {
        return offsets[from];
    }

    /** Length of bars {@code [from, to)} in {@link #json()}, commas between them included. */
    public int length(int from, int to) {
        return offsets[to] - 1 - offsets[from];
    }

    /** A copy of bars {@code [from, to)} as JSON text without brackets. */
    public byte[] copy(int from, int to) {
        return Arrays.copyOfRange(json, offset(from), offset(from) + length(from, to));
    }

    /** Approximate heap footprint, for the cache's byte bound. */
    public int weight() {
        return 64 + json.length + offsets.length * 4 + openTimes.length * 8;
    }
}
