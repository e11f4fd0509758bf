package io.minutebars.model;

/** The identity of a bar; {@code openTime} in epoch milliseconds. */
public record BarKey(String exchange, String symbol, String interval, long openTime) {
}
