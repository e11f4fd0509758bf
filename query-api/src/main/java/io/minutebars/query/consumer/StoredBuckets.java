package io.minutebars.query.consumer;

import io.minutebars.model.Bar;
import io.minutebars.model.BarBuckets;
import io.minutebars.model.Interval;
import io.minutebars.query.cache.BucketKey;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The buckets a batch of stored bars touches (a backfill batch of a day is one bucket). */
public final class StoredBuckets {
    private StoredBuckets() {
    }

    public static Set<BucketKey> of(List<Bar> bars) {
        Set<BucketKey> keys = new LinkedHashSet<>();
        for (Bar bar : bars) {
            // Bar's constructor already refused unknown intervals
            Interval interval = Interval.fromCode(bar.interval()).orElseThrow();
            keys.add(new BucketKey(bar.exchange(), bar.symbol(), interval,
                    BarBuckets.bucketStart(interval, bar.openTime().toEpochMilli())));
        }
        return keys;
    }
}
