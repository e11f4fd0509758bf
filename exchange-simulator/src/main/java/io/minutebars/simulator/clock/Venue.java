package io.minutebars.simulator.clock;

import io.minutebars.simulator.market.ExchangeId;
import io.minutebars.simulator.market.ExchangeMarket;
import io.minutebars.simulator.store.TradeStore;
import java.util.List;
import java.util.Optional;

/** One simulated exchange: its markets and its own trade flow, on the shared clock. */
public record Venue(ExchangeId exchange, List<ExchangeMarket> markets, TradeStore store) {

    public Optional<ExchangeMarket> market(String symbol) {
        return markets.stream().filter(m -> m.symbol().equals(symbol)).findFirst();
    }

    public List<String> symbols() {
        return markets.stream().map(ExchangeMarket::symbol).toList();
    }
}
