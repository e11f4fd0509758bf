package io.minutebars.simulator.store;

import io.minutebars.model.Minutes;
import io.minutebars.simulator.engine.SyntheticMarket;
import io.minutebars.simulator.engine.SyntheticParams;
import io.minutebars.simulator.market.AggTrade;
import io.minutebars.simulator.market.SymbolSpec;
import java.util.List;

/**
 * Seeded synthetic trades from {@code origin} on, generated lazily one minute ahead of the clock (a whole
 * minute at a time; trades after simNow stay hidden by the callers' time bound) and dropped after the
 * retention.
 */
public final class SyntheticTradeStore extends LogTradeStore {
    private final List<SyntheticMarket> generators;
    private final long origin;
    private final long retentionMs;
    private final boolean singleTrades;
    private long nextMinute;
    private volatile long cutoff;

    public SyntheticTradeStore(List<SymbolSpec> markets, SyntheticParams params, long origin, long retentionMs) {
        this(markets, params, origin, retentionMs, false);
    }

    /** {@code singleTrades}: an exchange without aggregate trades, each trade stands alone (f = l = a). */
    public SyntheticTradeStore(List<SymbolSpec> markets, SyntheticParams params, long origin, long retentionMs,
            boolean singleTrades) {
        super(markets);
        this.singleTrades = singleTrades;
        if (retentionMs < Minutes.MINUTE_MS) {
            throw new IllegalArgumentException("simulator.retention must be at least one minute");
        }
        this.generators = markets.stream().map(m -> new SyntheticMarket(m, params)).toList();
        this.origin = Minutes.floor(origin);
        this.retentionMs = retentionMs;
        this.nextMinute = this.origin;
        this.cutoff = this.origin;
    }

    public long origin() {
        return origin;
    }

    @Override
    public long dataStart(String symbol) {
        log(symbol);
        return cutoff;
    }

    @Override
    public synchronized void advanceTo(long simNow) {
        long target = Minutes.floor(simNow);
        long newCutoff = Math.max(origin, Minutes.floor(simNow - retentionMs));
        int generated = 0;
        while (nextMinute <= target) {
            for (SyntheticMarket g : generators) {
                TradeLog log = log(g.spec().symbol());
                for (AggTrade t : g.nextMinute(nextMinute)) {
                    log.append(singleTrades ? t.single() : t);
                }
            }
            nextMinute += Minutes.MINUTE_MS;
            // A long catch-up (large history, clock far ahead) must not hold more than the retention.
            if (++generated % 60 == 0) {
                prune(Math.min(newCutoff, nextMinute));
            }
        }
        prune(newCutoff);
    }

    private void prune(long newCutoff) {
        if (newCutoff > cutoff) {
            for (SyntheticMarket g : generators) {
                log(g.spec().symbol()).dropBefore(newCutoff);
            }
            cutoff = newCutoff;
        }
    }
}
