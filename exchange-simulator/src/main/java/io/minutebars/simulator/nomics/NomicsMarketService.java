package io.minutebars.simulator.nomics;

import io.minutebars.model.Bar;
import io.minutebars.model.Minutes;
import io.minutebars.simulator.api.IsoTimes;
import io.minutebars.simulator.clock.Simulation;
import io.minutebars.simulator.clock.Venue;
import io.minutebars.simulator.config.SimulatorConfig;
import io.minutebars.simulator.market.AggTrade;
import io.minutebars.simulator.market.ExchangeId;
import io.minutebars.simulator.market.ExchangeMarket;
import io.minutebars.simulator.truth.TruthCalculator;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Nomics v1 (documented shapes; the service shut down in 2023): currency ticker, raw exchange candles and
 * exchange trades paged by id, over the Nomics trade flow. Every call needs a non-blank {@code key}.
 */
@ApplicationScoped
public class NomicsMarketService {
    private final Simulation simulation;
    private final String sourceExchange;

    public NomicsMarketService(Simulation simulation, SimulatorConfig config) {
        this.simulation = simulation;
        this.sourceExchange = config.nomics().sourceExchange();
    }

    /** One row per base currency of the simulated markets, priced at its last trade. */
    public List<Map<String, Object>> ticker(String key, String ids, String perPage, String page) {
        checkKey(key);
        long now = simulation.advance();
        List<String> wanted = ids == null || ids.isBlank() ? null
                : Arrays.stream(ids.split(",")).map(s -> s.trim().toUpperCase(Locale.ROOT)).toList();
        int size = NomicsParams.integer("per-page", perPage, 1, 100, 100);
        int number = NomicsParams.integer("page", page, 1, Integer.MAX_VALUE, 1);
        Map<String, Map<String, Object>> rows = new LinkedHashMap<>();
        for (ExchangeMarket m : venue().markets()) {
            String base = m.spec().base();
            List<AggTrade> last = venue().store().latest(m.symbol(), now, 1);
            if ((wanted == null || wanted.contains(base)) && !rows.containsKey(base) && !last.isEmpty()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", base);
                row.put("currency", base);
                row.put("symbol", base);
                row.put("name", base);
                row.put("status", "active");
                row.put("price", last.get(0).price().stripTrailingZeros().toPlainString());
                row.put("price_timestamp", IsoTimes.seconds(last.get(0).time()));
                rows.put(base, row);
            }
        }
        List<Map<String, Object>> all = new ArrayList<>(rows.values());
        long from = Math.min(all.size(), (long) (number - 1) * size);
        return all.subList((int) from, (int) Math.min(all.size(), from + size));
    }

    /** Closed 1m candles with start <= timestamp < end, ascending; minutes without a trade are absent. */
    public String candles(String key, String exchange, String marketParam, String interval, String start,
            String end) {
        checkKey(key);
        ExchangeMarket market = market(exchange, marketParam);
        if (!"1m".equals(interval)) {
            throw NomicsApiException.badRequest("interval must be 1m (the only one simulated), was '" + interval + "'");
        }
        long now = simulation.advance();
        OptionalLong from = NomicsParams.time("start", start);
        OptionalLong to = NomicsParams.time("end", end);
        long lo = Math.max(venue().store().dataStart(market.symbol()),
                from.isPresent() ? Minutes.floor(from.getAsLong() + Minutes.MINUTE_MS - 1) : Long.MIN_VALUE);
        long stop = Math.min(Minutes.floor(now),
                to.isPresent() ? Minutes.floor(to.getAsLong() + Minutes.MINUTE_MS - 1) : Long.MAX_VALUE);
        StringBuilder sb = new StringBuilder(4096).append('[');
        if (lo < stop) {
            List<AggTrade> trades = venue().store().range(market.symbol(), lo, stop - 1, Integer.MAX_VALUE);
            for (Bar b : TruthCalculator.bars(market, trades, lo, stop)) {
                if (b.trades() > 0) {
                    NomicsJson.candle(sb.append(sb.length() > 1 ? "," : ""), b);
                }
            }
        }
        return sb.append(']').toString();
    }

    /** Trades with id > since (from the oldest kept without it) and T <= simNow, ascending, at most limit. */
    public String trades(String key, String exchange, String marketParam, String since, String limit) {
        checkKey(key);
        ExchangeMarket market = market(exchange, marketParam);
        Long after = NomicsParams.optionalLong("since", since);
        int n = NomicsParams.integer("limit", limit, 1, 1000, 100);
        long now = simulation.advance();
        List<AggTrade> trades = venue().store().fromId(market.symbol(), after == null ? Long.MIN_VALUE : after + 1,
                now, n);
        return NomicsJson.trades(market, trades);
    }

    private static void checkKey(String key) {
        if (key == null || key.isBlank()) {
            throw new NomicsApiException(401, "missing API key");
        }
    }

    private ExchangeMarket market(String exchange, String market) {
        if (!sourceExchange.equals(exchange)) {
            throw NomicsApiException.badRequest("unknown exchange '" + exchange + "'; simulated: " + sourceExchange);
        }
        return venue().market(market == null ? "" : market).orElseThrow(() -> NomicsApiException.badRequest(
                "unknown market '" + market + "' on " + sourceExchange + "; simulated: " + venue().symbols()));
    }

    private Venue venue() {
        return simulation.venue(ExchangeId.NOMICS);
    }
}
