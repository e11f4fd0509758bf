package io.minutebars.simulator.bitmex;

import io.minutebars.model.Decimals;
import io.minutebars.simulator.api.IsoTimes;
import io.minutebars.simulator.api.JsonText;
import io.minutebars.simulator.market.AggTrade;
import io.minutebars.simulator.market.Contract;
import io.minutebars.simulator.market.ExchangeMarket;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * BitMEX trade rows (REST and the {@code trade} table) written by hand: numbers are JSON numbers, the
 * notionals exactly the decimals the truth adds up.
 */
public final class BitmexJson {
    /** The column types of the trade table, as the partial message announces them. */
    public static final String TRADE_TYPES = "{\"timestamp\":\"timestamp\",\"symbol\":\"symbol\",\"side\":\"symbol\","
            + "\"size\":\"long\",\"price\":\"float\",\"tickDirection\":\"symbol\",\"trdMatchID\":\"guid\","
            + "\"grossValue\":\"long\",\"homeNotional\":\"float\",\"foreignNotional\":\"float\",\"trdType\":\"symbol\"}";

    private BitmexJson() {
    }

    public static StringBuilder trade(StringBuilder sb, ExchangeMarket m, AggTrade t) {
        BigDecimal home = m.home(t);
        BigDecimal foreign = m.foreign(t);
        // grossValue is in settlement units: satoshis for inverse contracts, micro-USDT for linear ones.
        long gross = m.contract() == Contract.INVERSE ? home.movePointRight(8).longValueExact()
                : foreign.movePointRight(6).setScale(0, RoundingMode.DOWN).longValueExact();
        return sb.append("{\"timestamp\":\"").append(IsoTimes.millis(t.time()))
                .append("\",\"symbol\":\"").append(m.symbol())
                .append("\",\"side\":\"").append(t.takerSide())
                .append("\",\"size\":").append(m.contracts(t))
                .append(",\"price\":").append(Decimals.normalize(t.price()).toPlainString())
                .append(",\"tickDirection\":\"").append(t.tick().wire())
                .append("\",\"trdMatchID\":\"").append(m.tradeId(t))
                .append("\",\"grossValue\":").append(gross)
                .append(",\"homeNotional\":").append(Decimals.normalize(home).toPlainString())
                .append(",\"foreignNotional\":").append(Decimals.normalize(foreign).toPlainString())
                .append(",\"trdType\":\"Regular\"}");
    }

    public static String trades(ExchangeMarket m, List<AggTrade> trades) {
        StringBuilder sb = new StringBuilder(16 + trades.size() * 300).append('[');
        for (int i = 0; i < trades.size(); i++) {
            trade(sb.append(i > 0 ? "," : ""), m, trades.get(i));
        }
        return sb.append(']').toString();
    }

    /** A {@code trade} table message: {@code insert} of new trades. */
    public static String insert(ExchangeMarket m, List<AggTrade> trades) {
        return "{\"table\":\"trade\",\"action\":\"insert\",\"data\":" + trades(m, trades) + "}";
    }

    /** The {@code partial} that opens a subscription, with the most recent trade (if any). */
    public static String partial(ExchangeMarket m, List<AggTrade> latest) {
        return "{\"table\":\"trade\",\"action\":\"partial\",\"keys\":[],\"types\":" + TRADE_TYPES
                + ",\"foreignKeys\":{\"symbol\":\"instrument\",\"side\":\"side\"},"
                + "\"attributes\":{\"timestamp\":\"sorted\",\"symbol\":\"grouped\"},\"filter\":{\"symbol\":\""
                + m.symbol() + "\"},\"data\":" + trades(m, latest) + "}";
    }

    public static String error(String message, String name) {
        return "{\"error\":{\"message\":\"" + JsonText.escape(message) + "\",\"name\":\"" + name + "\"}}";
    }
}
