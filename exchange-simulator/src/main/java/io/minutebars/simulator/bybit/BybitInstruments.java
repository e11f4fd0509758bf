package io.minutebars.simulator.bybit;

import io.minutebars.simulator.market.ExchangeMarket;
import io.minutebars.simulator.market.SymbolSpec;
import java.util.LinkedHashMap;
import java.util.Map;

/** One instruments-info row in the shape of Bybit's spot or linear listing. */
final class BybitInstruments {
    private static final String LAUNCH_TIME = "1585526400000";

    private BybitInstruments() {
    }

    static Map<String, Object> row(ExchangeMarket market, String category, int symbolId) {
        return "spot".equals(category) ? spot(market, symbolId) : linear(market, symbolId);
    }

    private static Map<String, Object> spot(ExchangeMarket m, int symbolId) {
        SymbolSpec s = m.spec();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("symbolId", symbolId); // spot lists it first
        row.putAll(head(symbolId, s));
        row.put("innovation", "0");
        row.put("status", "Trading");
        row.put("marginTrading", "utaOnly");
        row.put("stTag", "0");
        row.put("lotSizeFilter", map("basePrecision", m.qty(s.stepE8()), "quotePrecision", "0.0000001",
                "minOrderQty", m.qty(s.stepE8()), "maxOrderQty", "83", "minOrderAmt", "5", "maxOrderAmt", "8000000",
                "maxLimitOrderQty", "83", "maxMarketOrderQty", "41.5", "postOnlyMaxLimitOrderSize", "60000"));
        row.put("priceFilter", map("tickSize", m.price(s.tickE8())));
        row.put("riskParameters", map("priceLimitRatioX", "0.005", "priceLimitRatioY", "0.01"));
        row.put("symbolType", "");
        return row;
    }

    private static Map<String, Object> linear(ExchangeMarket m, int symbolId) {
        SymbolSpec s = m.spec();
        Map<String, Object> row = head(symbolId, s);
        row.put("contractType", "LinearPerpetual");
        row.put("status", "Trading");
        row.put("launchTime", LAUNCH_TIME);
        row.put("deliveryTime", "0");
        row.put("deliveryFeeRate", "");
        row.put("priceScale", Integer.toString(s.tickSize().stripTrailingZeros().scale()));
        row.put("leverageFilter", map("minLeverage", "1", "maxLeverage", "100.00", "leverageStep", "0.01"));
        row.put("priceFilter", map("minPrice", m.price(s.tickE8()), "maxPrice", "1999999.80",
                "tickSize", m.price(s.tickE8())));
        row.put("lotSizeFilter", map("maxOrderQty", "1190.000", "minOrderQty", m.qty(s.stepE8()),
                "qtyStep", m.qty(s.stepE8()), "postOnlyMaxOrderQty", "1190.000", "maxMktOrderQty", "500.000",
                "minNotionalValue", "5"));
        row.put("unifiedMarginTrade", true);
        row.put("fundingInterval", 480);
        row.put("settleCoin", s.quote());
        row.put("copyTrading", "both");
        row.put("upperFundingRate", "0.00375");
        row.put("lowerFundingRate", "-0.00375");
        row.put("isPreListing", false);
        row.put("preListingInfo", null);
        row.put("riskParameters", map("priceLimitRatioX", "0.01", "priceLimitRatioY", "0.02"));
        row.put("symbolType", "");
        return row;
    }

    private static Map<String, Object> head(int symbolId, SymbolSpec s) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("symbol", s.symbol());
        row.put("symbolId", symbolId);
        row.put("baseCoin", s.base());
        row.put("quoteCoin", s.quote());
        return row;
    }

    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
