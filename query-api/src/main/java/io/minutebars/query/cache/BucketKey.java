package io.minutebars.query.cache;

import io.minutebars.model.Interval;

/** One storage bucket: a market's bars of one interval from {@code bucketStart} to the next bucket. */
public record BucketKey(String exchange, String symbol, Interval interval, long bucketStart) {
}
