package io.minutebars.query.support;

import io.minutebars.model.Bar;
import io.minutebars.model.BarSource;
import io.minutebars.model.BarStatus;
import io.minutebars.model.Interval;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;

/** Bars and bucket documents for tests, with prices derived from the open time so every bar differs. */
public final class TestBars {
    private TestBars() {
    }

    public static Bar bar(String exchange, String symbol, Interval interval, long openTime, int revision) {
        BigDecimal base = BigDecimal.valueOf(40000 + (openTime / interval.millis()) % 1000, 2);
        return new Bar(exchange, symbol, symbol.replace("-", ""), interval.code(), Instant.ofEpochMilli(openTime), null,
                base, base.add(new BigDecimal("1.5")), base.subtract(new BigDecimal("0.25")),
                base.add(BigDecimal.valueOf(revision)), new BigDecimal("1.00000"), base, 7L + revision, base,
                new BigDecimal("0.4"), new BigDecimal("16000.1"), new BigDecimal("0.6"), new BigDecimal("24000.2"),
                Long.toString(openTime), Long.toString(openTime + 6), BarStatus.COMPLETE, revision, BarSource.LIVE);
    }

    /** Bars every interval from {@code start} (inclusive) to {@code end} (exclusive). */
    public static List<Bar> range(String exchange, String symbol, Interval interval, long start, long end) {
        List<Bar> out = new ArrayList<>();
        for (long t = start; t < end; t += interval.millis()) {
            out.add(bar(exchange, symbol, interval, t, 0));
        }
        return out;
    }

    /** One bar as the aggregator stores it inside a bucket document (decimals as strings). */
    public static Document barDocument(Bar b) {
        return new Document("openTime", b.openTime().toEpochMilli())
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

    /** A bucket document in the aggregator's layout. */
    public static Document bucketDocument(String exchange, String symbol, Interval interval, long bucketStart,
            List<Bar> bars) {
        List<Document> docs = bars.stream().map(TestBars::barDocument).toList();
        return new Document("exchange", exchange).append("symbol", symbol)
                .append("nativeSymbol", symbol.replace("-", "")).append("interval", interval.code())
                .append("bucketStart", bucketStart).append("version", 1L).append("updatedAt", new java.util.Date())
                .append("bars", docs);
    }

    private static String str(BigDecimal v) {
        return v == null ? null : v.toPlainString();
    }
}
