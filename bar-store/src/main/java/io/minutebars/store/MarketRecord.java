package io.minutebars.store;

/** One document of the {@code markets} collection: a market's stored range for one interval. */
public record MarketRecord(String exchange, String symbol, String nativeSymbol, String interval, Long firstOpenTime,
        Long lastOpenTime) {
}
