package io.minutebars.core.stream;

import io.minutebars.core.capability.TradeHistory;
import io.minutebars.core.engine.Trade;
import io.minutebars.core.ratelimit.GuardedCalls;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Pages an exchange's REST trade history forward from a time or a sequence: by sequence where the
 * exchange has one (gap-free under equal timestamps), else by time, where the next page starts at the
 * last trade's time (the overlap is dropped by trade id downstream).
 */
public final class TradePager {
    private static final Logger LOG = Logger.getLogger(TradePager.class);

    private final TradeHistory.Paged history;
    private final GuardedCalls rest;
    private final String market;
    private final int pageSize;
    private long fromTime;
    private long nextSeq;
    private boolean exhausted;

    /** @param lastSeq the last sequence already seen, or -1 to start from {@code fromTime} */
    public TradePager(TradeHistory.Paged history, GuardedCalls rest, String market, int pageSize, long fromTime,
            long lastSeq) {
        this.history = history;
        this.rest = rest;
        this.market = market;
        this.pageSize = pageSize;
        this.fromTime = fromTime;
        this.nextSeq = lastSeq >= 0 ? lastSeq + 1 : -1;
    }

    /** The next page, oldest first; after an exhausted page it asks again from the same point. */
    public List<Trade> next() throws InterruptedException {
        boolean bySeq = history instanceof TradeHistory.BySequence && nextSeq >= 0;
        long seq = nextSeq;
        long time = fromTime;
        List<Trade> page = history instanceof TradeHistory.BySequence s && bySeq
                ? rest.call("trades from id", market, history.pageWeight(), () -> s.tradesFromSeq(market, seq, pageSize))
                : rest.call("trades from time", market, history.pageWeight(),
                        () -> history.tradesFromTime(market, time, pageSize));
        exhausted = page.size() < pageSize;
        if (!page.isEmpty()) {
            Trade last = page.get(page.size() - 1);
            if (last.seq() >= 0) {
                nextSeq = last.seq() + 1;
            }
            if (last.time() > fromTime) {
                fromTime = last.time();
            } else if (!exhausted && !bySeq) {
                // a whole page inside one millisecond: step past it rather than loop forever
                LOG.warnf("%s: %d trades share %d ms; paging past them", market, page.size(), fromTime);
                fromTime++;
            }
        }
        return page;
    }

    public boolean exhausted() {
        return exhausted;
    }
}
