package io.minutebars.simulator.bitmex;

import io.minutebars.model.Decimals;
import io.minutebars.simulator.api.IsoTimes;
import io.minutebars.simulator.market.AggTrade;
import io.minutebars.simulator.market.Contract;
import io.minutebars.simulator.market.ExchangeMarket;
import io.minutebars.simulator.market.SymbolSpec;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One {@code /instrument/active} row in BitMEX's shape: a perpetual swap ({@code FFWCSX}). */
final class BitmexInstruments {
    private BitmexInstruments() {
    }

    static Map<String, Object> row(ExchangeMarket m, List<AggTrade> last, long now) {
        SymbolSpec s = m.spec();
        boolean inverse = m.contract() == Contract.INVERSE;
        String root = BitmexCatalog.canonicalToBitmex(s.base());
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("symbol", s.symbol());
        row.put("rootSymbol", root);
        row.put("state", "Open");
        row.put("typ", "FFWCSX");
        row.put("listing", "2016-05-13T12:00:00.000Z");
        row.put("front", "2016-05-13T12:00:00.000Z");
        row.put("expiry", null);
        row.put("positionCurrency", inverse ? s.quote() : root);
        row.put("underlying", root);
        row.put("quoteCurrency", s.quote());
        row.put("underlyingSymbol", root + "=");
        row.put("reference", "BMEX");
        row.put("referenceSymbol", ".B" + root);
        row.put("maxOrderQty", 10_000_000);
        row.put("maxPrice", 1_000_000);
        row.put("lotSize", s.stepE8() / m.contractE8());
        row.put("tickSize", Decimals.normalize(s.tickSize()));
        row.put("multiplier", inverse ? -100_000_000L : 1L);
        row.put("settlCurrency", inverse ? "XBt" : "USDt");
        row.put("underlyingToPositionMultiplier", inverse ? null : BigDecimal.ONE.movePointRight(8)
                .divide(BigDecimal.valueOf(m.contractE8())).longValue());
        row.put("underlyingToSettleMultiplier", inverse ? -100_000_000L : null);
        row.put("quoteToSettleMultiplier", inverse ? null : 1_000_000L);
        row.put("isQuanto", false);
        row.put("isInverse", inverse);
        row.put("initMargin", new BigDecimal("0.01"));
        row.put("maintMargin", new BigDecimal("0.0035"));
        row.put("makerFee", new BigDecimal("-0.00025"));
        row.put("takerFee", new BigDecimal("0.00075"));
        row.put("fundingInterval", "2000-01-01T08:00:00.000Z");
        row.put("fundingRate", new BigDecimal("0.0001"));
        row.put("lastPrice", last.isEmpty() ? null : Decimals.normalize(last.get(0).price()));
        row.put("lastTickDirection", last.isEmpty() ? null : last.get(0).tick().wire());
        row.put("hasLiquidity", true);
        row.put("timestamp", IsoTimes.millis(now));
        return row;
    }
}
