package io.minutebars.simulator.store;

import io.minutebars.simulator.market.AggTrade;
import io.minutebars.simulator.market.SymbolSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/** Shared query side of both sources: one {@link TradeLog} per symbol. */
abstract class LogTradeStore implements TradeStore {
    private final List<SymbolSpec> markets;
    private final Map<String, TradeLog> logs = new LinkedHashMap<>();

    LogTradeStore(List<SymbolSpec> markets) {
        this.markets = List.copyOf(markets);
        for (SymbolSpec m : markets) {
            if (logs.put(m.symbol(), new TradeLog()) != null) {
                throw new IllegalArgumentException("symbol configured twice: " + m.symbol());
            }
        }
    }

    @Override
    public List<SymbolSpec> markets() {
        return markets;
    }

    @Override
    public List<AggTrade> fromId(String symbol, long fromId, long maxTime, int limit) {
        return log(symbol).byId(fromId, maxTime, limit);
    }

    @Override
    public List<AggTrade> range(String symbol, long startTime, long endTime, int limit) {
        return log(symbol).byTime(startTime, endTime, limit);
    }

    @Override
    public List<AggTrade> latest(String symbol, long endTime, int limit) {
        return log(symbol).latest(endTime, limit);
    }

    @Override
    public OptionalLong closeBefore(String symbol, long time) {
        return log(symbol).closeBefore(time);
    }

    TradeLog log(String symbol) {
        TradeLog log = logs.get(symbol);
        if (log == null) {
            throw new IllegalArgumentException("unknown symbol " + symbol);
        }
        return log;
    }
}
