package io.minutebars.core.capability;

import io.minutebars.model.Bar;
import java.util.ArrayList;
import java.util.List;

/** The exchange's own 1m bars, for minutes trades cannot rebuild (and the backfill of sources without trades). */
public interface KlineHistory {

    /**
     * The closed 1m bars of {@code [start, end)} as FILLED (or EMPTY) bars with source KLINES; fields klines lack
     * stay null.
     */
    List<Bar> klines(String nativeSymbol, String symbol, long start, long end);

    /** One request of an exchange's klines: the bars of {@code [from, to)}. */
    interface Window {
        List<Bar> read(long from, long to);
    }

    /** {@code [start, end)} read in windows of at most {@code windowMs} (the exchange's cap per request), in order. */
    static List<Bar> inWindows(long start, long end, long windowMs, Window window) {
        List<Bar> out = new ArrayList<>();
        for (long from = start; from < end; from += windowMs) {
            out.addAll(window.read(from, Math.min(end, from + windowMs)));
        }
        return out;
    }
}
