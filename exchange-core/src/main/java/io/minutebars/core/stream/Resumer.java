package io.minutebars.core.stream;

import io.minutebars.core.engine.Trade;
import io.minutebars.core.ratelimit.GuardedCalls;
import java.util.List;
import org.jboss.logging.Logger;

/** Brings one market from its last known trade up to the live stream over REST (see {@link LiveFeed}). */
public final class Resumer {
    private static final Logger LOG = Logger.getLogger(Resumer.class);

    private final ExchangeAdapter adapter;
    private final GuardedCalls rest;
    private final LiveFeed feed;
    private final int pageSize;
    private final int maxAttempts;
    private final long retryDelayMs;

    public Resumer(ExchangeAdapter adapter, GuardedCalls rest, LiveFeed feed, int pageSize, int maxAttempts,
            long retryDelayMs) {
        this.adapter = adapter;
        this.rest = rest;
        this.feed = feed;
        this.pageSize = pageSize;
        this.maxAttempts = maxAttempts;
        this.retryDelayMs = retryDelayMs;
    }

    /** Runs until the market is in sync (or declared a gap). Returns the number of REST trades fed. */
    public long resume(String market) throws InterruptedException {
        long fed = 0;
        int holes = 0;
        while (feed.isResuming(market)) {
            LiveFeed.ResumePoint p = feed.resumePoint(market);
            List<Trade> page = p.lastSeq() >= 0
                    ? rest.call("trades from id", market, adapter.tradePageWeight(),
                            () -> adapter.tradesFromSeq(market, p.lastSeq() + 1, pageSize))
                    : rest.call("trades from time", market, adapter.tradePageWeight(),
                            () -> adapter.tradesFromTime(market, p.nextToClose(), pageSize));
            feed.feedHistory(page);
            fed += page.size();
            if (page.size() >= pageSize) {
                continue;
            }
            if (feed.tryFinish(market, adapter.contiguousSequences())) {
                break;
            }
            if (++holes >= maxAttempts) {
                LOG.warnf("%s: REST history never reached the live stream after %d attempts; declaring a gap",
                        market, holes);
                feed.finishWithGap(market);
                break;
            }
            Thread.sleep(retryDelayMs);
        }
        return fed;
    }
}
