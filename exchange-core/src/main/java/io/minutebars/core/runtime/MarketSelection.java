package io.minutebars.core.runtime;

import io.minutebars.model.Instrument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Which markets this replica watches: the configured list (or every trading market), split by shard. */
public final class MarketSelection {
    private MarketSelection() {
    }

    /**
     * @throws IllegalArgumentException naming every configured market the exchange does not list
     */
    public static List<Instrument> select(List<String> configured, List<Instrument> catalog, int shardIndex,
            int shardCount) {
        if (shardCount < 1 || shardIndex < 0 || shardIndex >= shardCount) {
            throw new IllegalArgumentException("shard index " + shardIndex + " is not within 0.." + (shardCount - 1));
        }
        Map<String, Instrument> byNative = new LinkedHashMap<>();
        catalog.forEach(i -> byNative.put(i.nativeSymbol().toUpperCase(Locale.ROOT), i));
        List<Instrument> chosen = new ArrayList<>();
        if (configured.size() == 1 && configured.get(0).trim().equals("*")) {
            catalog.stream().filter(Instrument::trading).forEach(chosen::add);
        } else {
            List<String> unknown = new ArrayList<>();
            for (String s : configured) {
                Instrument i = byNative.get(s.trim().toUpperCase(Locale.ROOT));
                if (i == null) {
                    unknown.add(s.trim());
                } else {
                    chosen.add(i);
                }
            }
            if (!unknown.isEmpty()) {
                throw new IllegalArgumentException("the exchange does not list " + unknown);
            }
        }
        // String.hashCode is specified by the JLS, so every replica agrees on the split
        return chosen.stream().filter(i -> Math.floorMod(i.nativeSymbol().hashCode(), shardCount) == shardIndex)
                .toList();
    }

    public static <T> List<List<T>> chunks(List<T> all, int size) {
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += size) {
            out.add(all.subList(i, Math.min(all.size(), i + size)));
        }
        return out;
    }
}
