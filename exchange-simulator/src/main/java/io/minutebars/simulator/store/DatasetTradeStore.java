package io.minutebars.simulator.store;

import io.minutebars.model.Minutes;
import io.minutebars.simulator.market.AggTrade;
import io.minutebars.simulator.market.SymbolSpec;
import java.util.List;

/** A recorded trade file replayed as the exchange's history: everything is loaded up front. */
public final class DatasetTradeStore extends LogTradeStore {
    private final long dataStart;

    public DatasetTradeStore(SymbolSpec market, List<AggTrade> trades) {
        super(List.of(market));
        if (trades.isEmpty()) {
            throw new IllegalArgumentException("the dataset holds no trade");
        }
        TradeLog log = log(market.symbol());
        trades.forEach(log::append);
        this.dataStart = Minutes.floor(trades.get(0).time());
    }

    @Override
    public long dataStart(String symbol) {
        log(symbol);
        return dataStart;
    }

    @Override
    public void advanceTo(long simNow) {
        // Everything is loaded; the callers' time bound hides the future.
    }
}
