package io.minutebars.aggregator.store;

import io.minutebars.model.Bar;
import io.minutebars.model.BarSource;
import io.minutebars.model.BarStatus;
import io.minutebars.model.Decimals;
import java.math.BigDecimal;
import java.time.Instant;
import org.bson.Document;

/** A bar inside a bucket document: decimals as exact plain strings, times as epoch ms (see query-api's reader). */
public final class BarCodec {
    private BarCodec() {
    }

    public static Document encode(Bar b) {
        Document d = new Document("openTime", b.openTime().toEpochMilli());
        d.append("open", str(b.open())).append("high", str(b.high())).append("low", str(b.low()))
                .append("close", str(b.close())).append("volume", str(b.volume()))
                .append("quoteVolume", str(b.quoteVolume())).append("trades", b.trades())
                .append("vwap", str(b.vwap())).append("takerBuyVolume", str(b.takerBuyVolume()))
                .append("takerBuyQuoteVolume", str(b.takerBuyQuoteVolume()))
                .append("takerSellVolume", str(b.takerSellVolume()))
                .append("takerSellQuoteVolume", str(b.takerSellQuoteVolume()))
                .append("firstTradeId", b.firstTradeId()).append("lastTradeId", b.lastTradeId())
                .append("status", b.status().name()).append("revision", b.revision())
                .append("source", b.source().name());
        return d;
    }

    public static Bar decode(Document bucket, Document d) {
        Number trades = (Number) d.get("trades");
        return new Bar(bucket.getString("exchange"), bucket.getString("symbol"), bucket.getString("nativeSymbol"),
                bucket.getString("interval"), Instant.ofEpochMilli(((Number) d.get("openTime")).longValue()), null,
                dec(d, "open"), dec(d, "high"), dec(d, "low"), dec(d, "close"), dec(d, "volume"),
                dec(d, "quoteVolume"), trades == null ? null : trades.longValue(), dec(d, "vwap"),
                dec(d, "takerBuyVolume"), dec(d, "takerBuyQuoteVolume"), dec(d, "takerSellVolume"),
                dec(d, "takerSellQuoteVolume"), d.getString("firstTradeId"), d.getString("lastTradeId"),
                BarStatus.valueOf(d.getString("status")), ((Number) d.get("revision")).intValue(),
                BarSource.valueOf(d.getString("source")));
    }

    private static String str(BigDecimal v) {
        return v == null ? null : v.toPlainString();
    }

    private static BigDecimal dec(Document d, String field) {
        String s = d.getString(field);
        return s == null ? null : Decimals.parseBounded(s); // what is stored is input too
    }
}
