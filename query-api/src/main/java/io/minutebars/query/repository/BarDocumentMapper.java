package io.minutebars.query.repository;

import io.minutebars.model.Bar;
import io.minutebars.model.BarSource;
import io.minutebars.model.BarStatus;
import io.minutebars.model.Decimals;
import io.minutebars.query.problem.StoredDataException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.types.Decimal128;

/**
 * Reads the bars of one bucket document back into canonical {@link Bar}s. Decimals may be stored as
 * exact strings or Decimal128 (both allowed by the storage rules); a binary double is refused
 * rather than silently rounded.
 */
public final class BarDocumentMapper {
    private BarDocumentMapper() {
    }

    public static List<Bar> bars(Document bucket) {
        String exchange = bucket.getString("exchange");
        String symbol = bucket.getString("symbol");
        String nativeSymbol = bucket.getString("nativeSymbol");
        String interval = bucket.getString("interval");
        Object raw = bucket.get("bars");
        if (raw == null) {
            return List.of();
        }
        if (!(raw instanceof List<?> list)) {
            throw new StoredDataException("bucket " + bucket.get("_id") + ": bars is not an array");
        }
        List<Bar> out = new ArrayList<>(list.size());
        for (Object o : list) {
            if (!(o instanceof Document d)) {
                throw new StoredDataException("bucket " + bucket.get("_id") + ": a bar is not a document");
            }
            try {
                out.add(bar(exchange, symbol, nativeSymbol, interval, d));
            } catch (RuntimeException e) {
                throw new StoredDataException("bucket " + bucket.get("_id") + ": malformed bar " + d.get("openTime")
                        + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    static Bar bar(String exchange, String symbol, String nativeSymbol, String interval, Document d) {
        return new Bar(exchange, symbol, nativeSymbol, interval, Instant.ofEpochMilli(millis(d.get("openTime"))), null,
                dec(d, "open"), dec(d, "high"), dec(d, "low"), dec(d, "close"), dec(d, "volume"),
                dec(d, "quoteVolume"), longOrNull(d.get("trades")), dec(d, "vwap"), dec(d, "takerBuyVolume"),
                dec(d, "takerBuyQuoteVolume"), dec(d, "takerSellVolume"), dec(d, "takerSellQuoteVolume"),
                str(d.get("firstTradeId")), str(d.get("lastTradeId")),
                BarStatus.valueOf(d.getString("status")), intOrZero(d.get("revision")),
                BarSource.valueOf(d.getString("source")));
    }

    private static long millis(Object v) {
        if (v instanceof Number n) {
            return n.longValue();
        }
        if (v instanceof Date date) {
            return date.getTime();
        }
        throw new IllegalArgumentException("openTime is " + v);
    }

    private static BigDecimal dec(Document d, String field) {
        Object v = d.get(field);
        if (v == null) {
            return null;
        }
        if (v instanceof String s) {
            return Decimals.parse(s);
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
