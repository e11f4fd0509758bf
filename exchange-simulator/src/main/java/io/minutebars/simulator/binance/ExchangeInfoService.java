package io.minutebars.simulator.binance;

import com.fasterxml.jackson.core.type.TypeReference;
import io.minutebars.model.Json;
import io.minutebars.simulator.clock.Simulation;
import io.minutebars.simulator.market.Scaled;
import io.minutebars.simulator.market.SymbolSpec;
import io.minutebars.simulator.store.TradeStore;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code /api/v3/exchangeInfo} in the shape of the real response, with today's rate limits. */
@ApplicationScoped
public class ExchangeInfoService {
    private static final List<String> ORDER_TYPES = List.of("LIMIT", "LIMIT_MAKER", "MARKET", "STOP_LOSS_LIMIT",
            "TAKE_PROFIT_LIMIT");
    private final Simulation simulation;

    public ExchangeInfoService(Simulation simulation) {
        this.simulation = simulation;
    }

    public Map<String, Object> exchangeInfo(String symbol, String symbols) {
        TradeStore store = simulation.store();
        List<SymbolSpec> selected;
        if (symbol != null && symbols != null) {
            throw BinanceApiException.badRequest(-1128, "Combination of optional parameters invalid.");
        } else if (symbol != null) {
            selected = List.of(BinanceParams.symbol(store, symbol));
        } else if (symbols != null) {
            selected = new ArrayList<>();
            for (String s : parseArray(symbols)) {
                selected.add(BinanceParams.symbol(store, s));
            }
        } else {
            selected = store.markets();
        }
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("timezone", "UTC");
        info.put("serverTime", simulation.advance());
        info.put("rateLimits", List.of(
                limit("REQUEST_WEIGHT", "MINUTE", 1, BinanceRateLimit.LIMIT),
                limit("ORDERS", "SECOND", 10, 100),
                limit("ORDERS", "DAY", 1, 200000),
                limit("RAW_REQUESTS", "MINUTE", 5, 61000)));
        info.put("exchangeFilters", List.of());
        info.put("symbols", selected.stream().map(ExchangeInfoService::symbolInfo).toList());
        return info;
    }

    private static List<String> parseArray(String symbols) {
        try {
            List<String> list = Json.mapper().readValue(symbols, new TypeReference<List<String>>() {
            });
            if (list.isEmpty()) {
                throw BinanceApiException.invalidValue("symbols");
            }
            return list;
        } catch (IOException e) {
            throw BinanceApiException.badRequest(-1100,
                    "Illegal characters found in parameter 'symbols'; legal range is '^\\[(\"[A-Z0-9-_.]{1,20}\"(,\"[A-Z0-9-_.]{1,20}\"){0,}){0,1}\\]$'.");
        }
    }

    private static Map<String, Object> limit(String type, String interval, int num, int limit) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rateLimitType", type);
        m.put("interval", interval);
        m.put("intervalNum", num);
        m.put("limit", limit);
        return m;
    }

    private static Map<String, Object> symbolInfo(SymbolSpec s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("symbol", s.symbol());
        m.put("status", "TRADING");
        m.put("baseAsset", s.base());
        m.put("baseAssetPrecision", 8);
        m.put("quoteAsset", s.quote());
        m.put("quotePrecision", 8);
        m.put("quoteAssetPrecision", 8);
        m.put("baseCommissionPrecision", 8);
        m.put("quoteCommissionPrecision", 8);
        m.put("orderTypes", ORDER_TYPES);
        m.put("icebergAllowed", true);
        m.put("ocoAllowed", true);
        m.put("quoteOrderQtyMarketAllowed", true);
        m.put("isSpotTradingAllowed", true);
        m.put("isMarginTradingAllowed", false);
        m.put("filters", List.of(
                filter("PRICE_FILTER", "minPrice", Scaled.format(s.tickE8()), "maxPrice", "1000000.00000000",
                        "tickSize", Scaled.format(s.tickE8())),
                filter("LOT_SIZE", "minQty", Scaled.format(s.stepE8()), "maxQty", "9000000.00000000",
                        "stepSize", Scaled.format(s.stepE8())),
                filter("MARKET_LOT_SIZE", "minQty", "0.00000000", "maxQty", "9000000.00000000",
                        "stepSize", "0.00000000")));
        m.put("permissions", List.of("SPOT"));
        return m;
    }

    private static Map<String, Object> filter(String type, String k1, String v1, String k2, String v2, String k3,
            String v3) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("filterType", type);
        m.put(k1, v1);
        m.put(k2, v2);
        m.put(k3, v3);
        return m;
    }
}
