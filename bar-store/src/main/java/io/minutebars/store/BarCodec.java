package io.minutebars.store;

import io.minutebars.model.Bar;
import io.minutebars.model.BarBuckets;
import io.minutebars.model.BarSource;
import io.minutebars.model.BarStatus;
import io.minutebars.model.Decimals;
import io.minutebars.model.Interval;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.types.Decimal128;

/**
 * The bucket document: one per market, interval and bucket ({@code bars}, under the unique {@code bucket_key}),
 * holding the bucket's bars as an array of sub-documents. Written with decimals as exact plain strings and times
 * as epoch ms; read leniently: Decimal128 and integers for decimals, Date for times, a missing revision as 0. A
 * binary double is refused rather than silently rounded (StoredDataException, a server-side fault).
 */
public final class BarCodec {
    public static final String COLLECTION = "bars";
    static final String BARS = "bars";
    static final String OPEN_TIME = "openTime";
    static final String VERSION = "version";
    static final String NATIVE_SYMBOL = "nativeSymbol";
    static final String UPDATED_AT = "updatedAt";

    private BarCodec() {
    }

    /** The bucket's unique key, in the field order of the index (a flat equality filter). */
    public static Document key(String exchange, String symbol, String interval, long bucketStart) {
        return new Document("exchange", exchange).append("symbol", symbol).append("interval", interval)
                .append("bucketStart", bucketStart);
    }

    /** The unique index on {@link #key}. */
    public static Document keyIndex() {
        return new Document("exchange", 1).append("symbol", 1).append("interval", 1).append("bucketStart", 1);
    }

    static Document key(Bar b) {
        Interval interval = Interval.fromCode(b.interval()).orElseThrow();
        return key(b.exchange(), b.symbol(), b.interval(),
                BarBuckets.bucketStart(interval, b.openTime().toEpochMilli()));
    }

    /** A whole bucket document, as an insert writes it. */
    public static Document bucket(Document key, String nativeSymbol, long version, List<Bar> bars) {
        return new Document(key).append(NATIVE_SYMBOL, nativeSymbol).append(VERSION, version)
                .append(UPDATED_AT, new Date()).append(BARS, bars.stream().map(BarCodec::encode).toList());
    }

    public static Document encode(Bar b) {
        return new Document(OPEN_TIME, b.openTime().toEpochMilli())
                .append("open", str(b.open())).append("high", str(b.high())).append("low", str(b.low()))
                .append("close", str(b.close())).append("volume", str(b.volume()))
                .append("quoteVolume", str(b.quoteVolume())).append("trades", b.trades())
                .append("vwap", str(b.vwap())).append("takerBuyVolume", str(b.takerBuyVolume()))
                .append("takerBuyQuoteVolume", str(b.takerBuyQuoteVolume()))
                .append("takerSellVolume", str(b.takerSellVolume()))
                .append("takerSellQuoteVolume", str(b.takerSellQuoteVolume()))
                .append("firstTradeId", b.firstTradeId()).append("lastTradeId", b.lastTradeId())
                .append("status", b.status().name()).append("revision", b.revision())
                .append("source", b.source().name());
    }

    /** The bars of a bucket document in stored order; none when it has no {@code bars}. */
    public static List<Bar> bars(Document bucket) {
        List<Bar> out = new ArrayList<>();
        for (Document d : elements(bucket)) {
            out.add(decode(bucket, d));
        }
        return out;
    }

    /** The raw bar sub-documents of a bucket document (what a conditional write compares against). */
    static List<Document> elements(Document bucket) {
        Object raw = bucket.get(BARS);
        if (raw == null) {
            return List.of();
        }
        if (!(raw instanceof List<?> list)) {
            throw new StoredDataException("bucket " + bucket.get("_id") + ": bars is not an array");
        }
        List<Document> out = new ArrayList<>(list.size());
        for (Object o : list) {
            if (!(o instanceof Document d)) {
                throw new StoredDataException("bucket " + bucket.get("_id") + ": a bar is not a document");
            }
            out.add(d);
        }
        return out;
    }

    /** One bar of {@code bucket}; StoredDataException names the bucket and the bar when it is malformed. */
    static Bar decode(Document bucket, Document d) {
        try {
            return bar(bucket.getString("exchange"), bucket.getString("symbol"), bucket.getString(NATIVE_SYMBOL),
                    bucket.getString("interval"), d);
        } catch (RuntimeException e) {
            throw new StoredDataException("bucket " + bucket.get("_id") + ": malformed bar " + d.get(OPEN_TIME)
                    + ": " + e.getMessage(), e);
        }
    }

    static Bar bar(String exchange, String symbol, String nativeSymbol, String interval, Document d) {
        return new Bar(exchange, symbol, nativeSymbol, interval, Instant.ofEpochMilli(openTime(d)), null,
                dec(d, "open"), dec(d, "high"), dec(d, "low"), dec(d, "close"), dec(d, "volume"),
                dec(d, "quoteVolume"), longOrNull(d.get("trades")), dec(d, "vwap"), dec(d, "takerBuyVolume"),
                dec(d, "takerBuyQuoteVolume"), dec(d, "takerSellVolume"), dec(d, "takerSellQuoteVolume"),
                str(d.get("firstTradeId")), str(d.get("lastTradeId")),
                BarStatus.valueOf(d.getString("status")), intOrZero(d.get("revision")),
                BarSource.valueOf(d.getString("source")));
    }

    static long openTime(Document d) {
        Long t = millis(d.get(OPEN_TIME));
        if (t == null) {
            throw new IllegalArgumentException("openTime is " + d.get(OPEN_TIME));
        }
        return t;
    }

    /** Epoch ms stored as a number or a Date; null for anything else. */
    static Long millis(Object v) {
        if (v instanceof Number n) {
            return n.longValue();
        }
        if (v instanceof Date date) {
            return date.getTime();
        }
        return null;
    }

    private static BigDecimal dec(Document d, String field) {
        Object v = d.get(field);
        if (v == null) {
            return null;
        }
        if (v instanceof String s) {
            return Decimals.parse(s); // what is stored is input too: bounded
        }
        if (v instanceof Decimal128 d128) {
            return Decimals.normalize(d128.bigDecimalValue()); // Decimal128 allows exponents up to 6144
        }
        if (v instanceof Integer || v instanceof Long) {
            return BigDecimal.valueOf(((Number) v).longValue());
        }
        throw new IllegalArgumentException(field + " is stored as " + v.getClass().getSimpleName()
                + ", not an exact decimal");
    }

    private static String str(BigDecimal v) {
        return v == null ? null : v.toPlainString();
    }

    private static Long longOrNull(Object v) {
        return v == null ? null : ((Number) v).longValue();
    }

    private static int intOrZero(Object v) {
        return v == null ? 0 : ((Number) v).intValue();
    }

    private static String str(Object v) {
        return v == null ? null : v.toString();
    }
}
