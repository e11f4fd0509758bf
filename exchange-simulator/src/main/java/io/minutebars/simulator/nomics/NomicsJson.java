package io.minutebars.simulator.nomics;

import io.minutebars.model.Bar;
import io.minutebars.simulator.api.IsoTimes;
import io.minutebars.simulator.market.AggTrade;
import io.minutebars.simulator.market.ExchangeMarket;
import io.minutebars.simulator.market.Seeds;
import java.util.List;

/** Nomics payloads: every value a string, times RFC 3339. */
final class NomicsJson {
    private NomicsJson() {
    }

    /** A candle labelled by its start, volume in base. */
    static void candle(StringBuilder sb, Bar b) {
        sb.append("{\"timestamp\":\"").append(IsoTimes.seconds(b.openTime().toEpochMilli()))
                .append("\",\"open\":\"").append(b.open().toPlainString())
                .append("\",\"high\":\"").append(b.high().toPlainString())
                .append("\",\"low\":\"").append(b.low().toPlainString())
                .append("\",\"close\":\"").append(b.close().toPlainString())
                .append("\",\"volume\":\"").append(b.volume().toPlainString()).append("\"}");
    }

    static String trades(ExchangeMarket m, List<AggTrade> trades) {
        StringBuilder sb = new StringBuilder(16 + trades.size() * 200).append('[');
        for (int i = 0; i < trades.size(); i++) {
            AggTrade t = trades.get(i);
            sb.append(i > 0 ? "," : "").append("{\"id\":\"").append(m.tradeId(t))
                    .append("\",\"timestamp\":\"").append(IsoTimes.millis(t.time()))
                    .append("\",\"price\":\"").append(m.price(t.priceE8()))
                    .append("\",\"amount\":\"").append(m.qty(t.qtyE8()))
                    // the taker order's id: deterministic, unrelated to the trade id
                    .append("\",\"order\":\"").append(Seeds.mix(m.idSalt() ^ t.id()) >>> 1)
                    .append("\",\"type\":\"market\",\"side\":\"").append(t.buyerMaker() ? "sell" : "buy")
                    .append("\"}");
        }
        return sb.append(']').toString();
    }
}
