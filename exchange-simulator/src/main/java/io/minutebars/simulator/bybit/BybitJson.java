package io.minutebars.simulator.bybit;

import io.minutebars.model.Bar;
import io.minutebars.simulator.api.JsonText;
import io.minutebars.simulator.market.AggTrade;
import io.minutebars.simulator.market.ExchangeMarket;
import java.util.List;

/** Bybit v5 payloads written by hand, in the field order and string/number types of the real API. */
public final class BybitJson {
    /** Bybit pushes up to 1024 trades per publicTrade message. */
    public static final int MAX_TRADES_PER_PUSH = 1024;

    private BybitJson() {
    }

    /** The envelope {@code {"retCode":0,"retMsg":"OK","result":..,"retExtInfo":{},"time":..}}. */
    public static String ok(CharSequence result, long time) {
        return "{\"retCode\":0,\"retMsg\":\"OK\",\"result\":" + result + ",\"retExtInfo\":{},\"time\":" + time + "}";
    }

    public static String error(int retCode, String msg, long time) {
        return "{\"retCode\":" + retCode + ",\"retMsg\":\"" + JsonText.escape(msg)
                + "\",\"result\":{},\"retExtInfo\":{},\"time\":" + time + "}";
    }

    /** A recent-trade row. */
    static void tradeRow(StringBuilder sb, ExchangeMarket m, AggTrade t) {
        sb.append("{\"execId\":\"").append(m.tradeId(t))
                .append("\",\"symbol\":\"").append(m.symbol())
                .append("\",\"price\":\"").append(m.price(t.priceE8()))
                .append("\",\"size\":\"").append(m.qty(t.qtyE8()))
                .append("\",\"side\":\"").append(t.takerSide())
                .append("\",\"time\":\"").append(t.time())
                .append("\",\"isBlockTrade\":false,\"isRPITrade\":false,\"seq\":\"").append(t.id()).append("\"}");
    }

    /** A kline row: seven strings, start, open, high, low, close, volume (base), turnover (quote). */
    static void klineRow(StringBuilder sb, Bar b) {
        sb.append("[\"").append(b.openTime().toEpochMilli())
                .append("\",\"").append(b.open().toPlainString())
                .append("\",\"").append(b.high().toPlainString())
                .append("\",\"").append(b.low().toPlainString())
                .append("\",\"").append(b.close().toPlainString())
                .append("\",\"").append(b.volume().toPlainString())
                .append("\",\"").append(b.quoteVolume().toPlainString()).append("\"]");
    }

    /** A publicTrade push {@code {"topic","type":"snapshot","ts","data":[{T,s,S,v,p,L,i,BT,seq}]}}. */
    public static String publicTrade(ExchangeMarket m, List<AggTrade> trades) {
        StringBuilder sb = new StringBuilder(80 + trades.size() * 180).append("{\"topic\":\"publicTrade.")
                .append(m.symbol()).append("\",\"type\":\"snapshot\",\"ts\":")
                .append(trades.get(trades.size() - 1).time()).append(",\"data\":[");
        for (int i = 0; i < trades.size(); i++) {
            AggTrade t = trades.get(i);
            sb.append(i == 0 ? "" : ",").append("{\"T\":").append(t.time())
                    .append(",\"s\":\"").append(m.symbol())
                    .append("\",\"S\":\"").append(t.takerSide())
                    .append("\",\"v\":\"").append(m.qty(t.qtyE8()))
                    .append("\",\"p\":\"").append(m.price(t.priceE8()))
                    .append("\",\"L\":\"").append(t.tick().wire())
                    .append("\",\"i\":\"").append(m.tradeId(t))
                    .append("\",\"BT\":false,\"seq\":").append(t.id()).append('}');
        }
        return sb.append("]}").toString();
    }
}
