package io.minutebars.simulator.bybit;

import io.minutebars.model.Bar;
import io.minutebars.model.Json;
import io.minutebars.model.Minutes;
import io.minutebars.simulator.clock.Simulation;
import io.minutebars.simulator.clock.Venue;
import io.minutebars.simulator.config.SimulatorConfig;
import io.minutebars.simulator.market.AggTrade;
import io.minutebars.simulator.market.ExchangeId;
import io.minutebars.simulator.market.ExchangeMarket;
import io.minutebars.simulator.truth.TruthCalculator;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Bybit v5 market endpoints over the Bybit trade flow. The markets are listed in the configured category
 * only; the other categories answer with an empty listing and "Not supported symbols".
 */
@ApplicationScoped
public class BybitMarketService {
    private static final Set<String> CATEGORIES = Set.of("spot", "linear", "inverse", "option");
    private final Simulation simulation;
    private final String category;

    public BybitMarketService(Simulation simulation, SimulatorConfig config) {
        this.simulation = simulation;
        this.category = config.bybit().category();
    }

    public String time() {
        long now = simulation.advance();
        return BybitJson.ok("{\"timeSecond\":\"" + now / 1000 + "\",\"timeNano\":\"" + now * 1_000_000L + "\"}", now);
    }

    /** Paged by an opaque cursor (the next row offset); {@code nextPageCursor} is "" on the last page. */
    public String instruments(String categoryParam, String symbol, String limitParam, String cursor) {
        long now = simulation.advance();
        String cat = category(categoryParam, null, now);
        List<ExchangeMarket> all = cat.equals(category) ? venue().markets() : List.of();
        int limit = BybitParams.integer("limit", limitParam, 1, 1000, 500, now);
        int offset = cursor == null || cursor.isEmpty() ? 0 : BybitParams.integer("cursor", cursor, 0,
                Integer.MAX_VALUE, 0, now);
        List<Map<String, Object>> rows = new ArrayList<>();
        int next = -1;
        for (int i = offset; i < all.size(); i++) {
            ExchangeMarket m = all.get(i);
            if (symbol == null || symbol.isEmpty() || m.symbol().equalsIgnoreCase(symbol)) {
                if (rows.size() == limit) {
                    next = i;
                    break;
                }
                rows.add(BybitInstruments.row(m, cat, i + 1));
            }
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("category", cat);
        result.put("list", rows);
        result.put("nextPageCursor", next < 0 ? "" : Integer.toString(next));
        return BybitJson.ok(Json.write(result), now);
    }

    /** The most recent trades up to simNow, newest first: no time or id paging, as on Bybit. */
    public String recentTrades(String categoryParam, String symbol, String limitParam) {
        long now = simulation.advance();
        String cat = category(categoryParam, null, now);
        ExchangeMarket market = market(cat, symbol, now);
        boolean spot = cat.equals("spot");
        int limit = BybitParams.integer("limit", limitParam, 1, spot ? 60 : 1000, spot ? 60 : 500, now);
        List<AggTrade> trades = venue().store().latest(market.symbol(), now, limit);
        StringBuilder sb = new StringBuilder(64 + trades.size() * 220).append("{\"category\":\"").append(cat)
                .append("\",\"list\":[");
        for (int i = trades.size() - 1; i >= 0; i--) {
            BybitJson.tradeRow(sb, market, trades.get(i));
            sb.append(i > 0 ? "," : "");
        }
        return BybitJson.ok(sb.append("]}"), now);
    }

    /**
     * 1-minute candles with start <= candle start <= end, the newest {@code limit} first, the still-open
     * minute included; minutes without a trade have no candle.
     */
    public String klines(String categoryParam, String symbol, String interval, String startParam, String endParam,
            String limitParam) {
        long now = simulation.advance();
        String cat = category(categoryParam, "linear", now);
        ExchangeMarket market = market(cat, symbol, now);
        if (!"1".equals(interval)) {
            throw BybitApiException.params("Invalid period! only interval=1 is simulated", now);
        }
        Long start = BybitParams.optionalLong("start", startParam, now);
        Long end = BybitParams.optionalLong("end", endParam, now);
        int limit = BybitParams.integer("limit", limitParam, 1, 1000, 200, now);
        long lo = venue().store().dataStart(market.symbol());
        if (start != null) {
            lo = Math.max(lo, Minutes.floor(start + Minutes.MINUTE_MS - 1));
        }
        long hi = Math.min(Minutes.floor(now), end == null ? Long.MAX_VALUE : Minutes.floor(end));
        StringBuilder sb = new StringBuilder(4096).append("{\"symbol\":\"").append(market.symbol())
                .append("\",\"category\":\"").append(cat).append("\",\"list\":[");
        if (lo <= hi) {
            List<AggTrade> trades = venue().store().range(market.symbol(), lo, Math.min(hi + Minutes.MINUTE_MS - 1,
                    now), Integer.MAX_VALUE);
            List<Bar> bars = TruthCalculator.bars(market, trades, lo, hi + Minutes.MINUTE_MS);
            int n = 0;
            for (int i = bars.size() - 1; i >= 0 && n < limit; i--) {
                if (bars.get(i).trades() > 0) {
                    sb.append(n++ > 0 ? "," : "");
                    BybitJson.klineRow(sb, bars.get(i));
                }
            }
        }
        return BybitJson.ok(sb.append("]}"), now);
    }

    private String category(String value, String fallback, long now) {
        String cat = value == null || value.isEmpty() ? fallback : value;
        if (cat == null) {
            throw BybitApiException.params("params error: category is required", now);
        }
        if (!CATEGORIES.contains(cat)) {
            throw BybitApiException.params("Illegal category", now);
        }
        return cat;
    }

    private ExchangeMarket market(String cat, String symbol, long now) {
        if (symbol == null || symbol.isEmpty()) {
            throw BybitApiException.params("params error: symbol is required", now);
        }
        return venue().market(symbol.toUpperCase(Locale.ROOT)).filter(m -> cat.equals(category))
                .orElseThrow(() -> BybitApiException.params("Not supported symbols", now));
    }

    private Venue venue() {
        return simulation.venue(ExchangeId.BYBIT);
    }
}
