package io.minutebars.query.stats;

import java.util.Comparator;

/** A market: exchange and canonical symbol. Ordered by exchange, then symbol (the tie-break everywhere). */
public record MarketId(String exchange, String symbol) implements Comparable<MarketId> {
    private static final Comparator<MarketId> ORDER = Comparator.comparing(MarketId::exchange)
            .thenComparing(MarketId::symbol);

    @Override
    public int compareTo(MarketId o) {
        return ORDER.compare(this, o);
    }
}
