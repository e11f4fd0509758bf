package io.minutebars.query.service;

import io.minutebars.model.Interval;
import io.minutebars.query.cache.MarketCatalog;
import io.minutebars.query.cache.MarketIndex;
import io.minutebars.store.MarketRecord;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The market listing, grouped by exchange and symbol, read fresh from the markets collection. */
@ApplicationScoped
public class MarketsService {
    private final MarketCatalog catalog;

    public MarketsService(MarketCatalog catalog) {
        this.catalog = catalog;
    }

    /** Every market, or those of one exchange (a blank filter means all). */
    public MarketView.Listing list(ExchangeId exchangeParam) {
        String exchange = MarketParams.text(exchangeParam);
        MarketIndex index = catalog.reload();
        if (exchange != null && !index.hasExchange(exchange)) {
            throw index.unknownExchange(exchange);
        }
        return new MarketView.Listing(group(index.all(), exchange));
    }

    static List<MarketView> group(List<MarketRecord> records, String exchange) {
        Map<String, List<MarketRecord>> byMarket = new LinkedHashMap<>();
        for (MarketRecord r : records) {
            if (exchange == null || exchange.equals(r.exchange())) {
                byMarket.computeIfAbsent(r.exchange() + "|" + r.symbol(), k -> new ArrayList<>()).add(r);
            }
        }
        List<MarketView> out = new ArrayList<>(byMarket.size());
        for (List<MarketRecord> rs : byMarket.values()) {
            // intervals in their natural order (1m before 1h), unknown codes last
            rs.sort(Comparator.comparingInt(r -> Interval.fromCode(r.interval()).map(Enum::ordinal).orElse(99)));
            List<MarketView.IntervalRange> ranges = rs.stream().map(r -> new MarketView.IntervalRange(r.interval(),
                    instant(r.firstOpenTime()), instant(r.lastOpenTime()))).toList();
            MarketRecord first = rs.get(0);
            String nativeSymbol = rs.stream().map(MarketRecord::nativeSymbol).filter(s -> s != null).findFirst()
                    .orElse(null);
            out.add(new MarketView(first.exchange(), first.symbol(), nativeSymbol, ranges));
        }
        return out;
    }

    private static Instant instant(Long millis) {
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }
}
