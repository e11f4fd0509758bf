package io.minutebars.model;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * The storage bucket rule the writer (aggregator) and the reader (query-api) share: bars are stored
 * one document per market, interval and bucket, so that a day of 1m bars is one point read by the
 * unique key instead of a range scan (see docs/architecture.md, Storage). Buckets are UTC days for every
 * interval but 1d, whose bucket is the UTC year. Times outside {@link Minutes#inRange} are refused, so a
 * loop over buckets always ends (the bucket after 9999 starts past {@link Minutes#MAX_TIME}).
 */
public final class BarBuckets {
    private BarBuckets() {
    }

    /** Start (epoch ms) of the bucket holding the bar that opens at {@code openTime}. */
    public static long bucketStart(Interval interval, long openTime) {
        Minutes.requireInRange(openTime, "bar time");
        if (interval == Interval.D1) {
            ZonedDateTime t = Instant.ofEpochMilli(openTime).atZone(ZoneOffset.UTC);
            return t.withDayOfYear(1).toLocalDate().atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        }
        return Minutes.dayStart(openTime);
    }

    /** Start (epoch ms) of the bucket after the one starting at {@code bucketStart}. */
    public static long nextBucket(Interval interval, long bucketStart) {
        Minutes.requireInRange(bucketStart, "bucket start");
        if (interval == Interval.D1) {
            return Instant.ofEpochMilli(bucketStart).atZone(ZoneOffset.UTC).plusYears(1).toInstant().toEpochMilli();
        }
        return bucketStart + Minutes.DAY_MS;
    }
}
