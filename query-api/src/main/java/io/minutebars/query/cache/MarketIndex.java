package io.minutebars.query.cache;

import io.minutebars.query.problem.QueryProblemException;
import io.minutebars.store.MarketRecord;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** An immutable view of the {@code markets} collection: exchange -> symbol -> interval -> market. */
public final class MarketIndex {
    private static final int MAX_LISTED = 20;

    private final Map<String, Map<String, Map<String, MarketRecord>>> markets;
    private final List<MarketRecord> all;

    private MarketIndex(Map<String, Map<String, Map<String, MarketRecord>>> markets, List<MarketRecord> all) {
        this.markets = markets;
        this.all = all;
    }

    public static MarketIndex of(List<MarketRecord> records) {
        Map<String, Map<String, Map<String, MarketRecord>>> m = new TreeMap<>();
        for (MarketRecord r : records) {
            m.computeIfAbsent(r.exchange(), k -> new TreeMap<>())
                    .computeIfAbsent(r.symbol(), k -> new TreeMap<>())
                    .put(r.interval(), r);
        }
        List<MarketRecord> all = new ArrayList<>();
        m.values().forEach(bySymbol -> bySymbol.values().forEach(byInterval -> all.addAll(byInterval.values())));
        return new MarketIndex(m, Collections.unmodifiableList(all));
    }

    public Optional<MarketRecord> find(String exchange, String symbol, String interval) {
        return Optional.ofNullable(markets.getOrDefault(exchange, Map.of()).getOrDefault(symbol, Map.of()).get(interval));
    }

    public boolean hasExchange(String exchange) {
        return markets.containsKey(exchange);
    }

    /** Every market, ordered by exchange, symbol and interval code. */
    public List<MarketRecord> all() {
        return all;
    }

    /** The 404 that names exactly what is unknown: the exchange, the symbol on it, or the interval. */
    public QueryProblemException notFound(String exchange, String symbol, String interval) {
        Map<String, Map<String, MarketRecord>> symbols = markets.get(exchange);
        if (symbols == null) {
            return unknownExchange(exchange);
        }
        Map<String, MarketRecord> intervals = symbols.get(symbol);
        if (intervals == null) {
            return QueryProblemException.notFound("symbol", "unknown symbol '" + symbol + "' on exchange '"
                    + exchange + "'; see /api/v1/markets?exchange=" + exchange + " for the stored markets");
        }
        return QueryProblemException.notFound("interval", "no " + interval + " bars are stored for " + exchange
                + " " + symbol + "; stored intervals: " + String.join(", ", intervals.keySet()));
    }

    public QueryProblemException unknownExchange(String exchange) {
        List<String> known = new ArrayList<>(markets.keySet());
        String list = known.isEmpty() ? "none yet"
                : String.join(", ", known.subList(0, Math.min(MAX_LISTED, known.size())));
        return QueryProblemException.notFound("exchange", "unknown exchange '" + exchange
                + "'; exchanges with stored bars: " + list);
    }
}
