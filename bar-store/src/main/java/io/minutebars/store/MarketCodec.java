package io.minutebars.store;

import java.util.Date;
import org.bson.Document;

/**
 * The market document ({@code markets}, unique {@code market_key}): a market's stored range for one interval,
 * kept by min/max so a redelivered batch updates it idempotently. Times are read as numbers or Dates.
 */
public final class MarketCodec {
    public static final String COLLECTION = "markets";
    static final String FIRST = "firstOpenTime";
    static final String LAST = "lastOpenTime";

    private MarketCodec() {
    }

    public static Document key(String exchange, String symbol, String interval) {
        return new Document("exchange", exchange).append("symbol", symbol).append("interval", interval);
    }

    /** The unique index on {@link #key}. */
    public static Document keyIndex() {
        return new Document("exchange", 1).append("symbol", 1).append("interval", 1);
    }

    /** Widens the stored range to {@code [first, last]} (an upsert creates it). */
    static Document touch(String nativeSymbol, long first, long last) {
        return new Document("$min", new Document(FIRST, first)).append("$max", new Document(LAST, last))
                .append("$set", new Document(BarCodec.NATIVE_SYMBOL, nativeSymbol)
                        .append(BarCodec.UPDATED_AT, new Date()));
    }

    /** A whole market document, for a store seeded without the aggregator (benchmarks, tests). */
    public static Document document(MarketRecord m) {
        return key(m.exchange(), m.symbol(), m.interval()).append(BarCodec.NATIVE_SYMBOL, m.nativeSymbol())
                .append(FIRST, m.firstOpenTime()).append(LAST, m.lastOpenTime()).append(BarCodec.UPDATED_AT, new Date());
    }

    /** The record, or null for a document without its key fields (skipping it keeps a listing usable). */
    public static MarketRecord record(Document d) {
        if (d.getString("exchange") == null || d.getString("symbol") == null || d.getString("interval") == null) {
            return null;
        }
        return new MarketRecord(d.getString("exchange"), d.getString("symbol"), d.getString(BarCodec.NATIVE_SYMBOL),
                d.getString("interval"), BarCodec.millis(d.get(FIRST)), BarCodec.millis(d.get(LAST)));
    }
}
