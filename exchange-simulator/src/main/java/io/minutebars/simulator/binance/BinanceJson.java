package io.minutebars.simulator.binance;

import io.minutebars.model.Bar;
import io.minutebars.simulator.api.JsonText;
import io.minutebars.simulator.market.AggTrade;
import io.minutebars.simulator.market.Scaled;
import java.math.BigDecimal;
import java.util.List;

/**
 * Binance's payloads written by hand: field order and number formats exactly as the real API sends them
 * (decimals as 8-decimal strings, times as integers), and fast enough for high replay speeds.
 */
public final class BinanceJson {

    private BinanceJson() {
    }

    /** A REST aggTrades row {@code {a,p,q,f,l,T,m,M}}. */
    public static StringBuilder aggTradeRow(StringBuilder sb, AggTrade t) {
        return appendFields(sb.append('{'), t).append('}');
    }

    public static String aggTrades(List<AggTrade> trades) {
        StringBuilder sb = new StringBuilder(16 + trades.size() * 140).append('[');
        for (int i = 0; i < trades.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            aggTradeRow(sb, trades.get(i));
        }
        return sb.append(']').toString();
    }

    /**
     * The WebSocket aggTrade event. E (event time) is T + 1 ms, as in the recorded fixture: it follows
     * the trade times, so a consumer using it as a watermark never sees a minute close early.
     */
    public static String aggTradeEvent(String symbol, AggTrade t) {
        StringBuilder sb = new StringBuilder(200);
        appendEvent(sb, symbol, t);
        return sb.toString();
    }

    /** The combined-stream wrapper {@code {"stream":..,"data":{..}}}. */
    public static String combined(String stream, String symbol, AggTrade t) {
        StringBuilder sb = new StringBuilder(240).append("{\"stream\":\"").append(stream).append("\",\"data\":");
        appendEvent(sb, symbol, t);
        return sb.append('}').toString();
    }

    private static void appendEvent(StringBuilder sb, String symbol, AggTrade t) {
        sb.append("{\"e\":\"aggTrade\",\"E\":").append(t.time() + 1)
                .append(",\"s\":\"").append(symbol).append("\",");
        appendFields(sb, t).append('}');
    }

    /** The trade's fields as both the REST row and the stream event write them: {@code "a":..,"M":..}. */
    private static StringBuilder appendFields(StringBuilder sb, AggTrade t) {
        return sb.append("\"a\":").append(t.id())
                .append(",\"p\":\"").append(Scaled.format(t.priceE8()))
                .append("\",\"q\":\"").append(Scaled.format(t.qtyE8()))
                .append("\",\"f\":").append(t.firstId())
                .append(",\"l\":").append(t.lastId())
                .append(",\"T\":").append(t.time())
                .append(",\"m\":").append(t.buyerMaker())
                .append(",\"M\":").append(t.bestMatch());
    }

    /**
     * One 12-element kline. An EMPTY minute repeats the previous close as OHLC with zero volume, which is
     * Binance's rule; the caller passes that close.
     */
    public static void kline(StringBuilder sb, Bar bar, BigDecimal previousClose) {
        boolean empty = bar.trades() == null || bar.trades() == 0;
        BigDecimal o = empty ? previousClose : bar.open();
        BigDecimal h = empty ? previousClose : bar.high();
        BigDecimal l = empty ? previousClose : bar.low();
        BigDecimal c = empty ? previousClose : bar.close();
        long open = bar.openTime().toEpochMilli();
        sb.append('[').append(open)
                .append(",\"").append(Scaled.format(o))
                .append("\",\"").append(Scaled.format(h))
                .append("\",\"").append(Scaled.format(l))
                .append("\",\"").append(Scaled.format(c))
                .append("\",\"").append(Scaled.format(bar.volume()))
                .append("\",").append(bar.closeTime().toEpochMilli() - 1)
                .append(",\"").append(Scaled.format(bar.quoteVolume()))
                .append("\",").append(bar.trades())
                .append(",\"").append(Scaled.format(bar.takerBuyVolume()))
                .append("\",\"").append(Scaled.format(bar.takerBuyQuoteVolume()))
                .append("\",\"0\"]");
    }

    public static String error(int code, String msg) {
        return "{\"code\":" + code + ",\"msg\":\"" + JsonText.escape(msg) + "\"}";
    }
}
