package io.minutebars.core.stream;

import io.minutebars.core.capability.KlineHistory;
import io.minutebars.core.capability.TradeHistory;
import io.minutebars.core.engine.Trade;
import io.minutebars.core.ratelimit.GuardedCalls;
import io.minutebars.model.Bar;
import io.minutebars.model.BarStatus;
import io.minutebars.model.Minutes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.jboss.logging.Logger;

/**
 * Brings one market from its last known trade up to the live stream over REST (see {@link LiveFeed}):
 * paging its history where the exchange keeps one, or, where it keeps only recent trades, repairing
 * the minutes they no longer reach from the exchange's klines.
 */
public final class Resumer {
    private static final Logger LOG = Logger.getLogger(Resumer.class);

    private final TradeHistory history;
    private final KlineReader repairs;
    private final GuardedCalls rest;
    private final LiveFeed feed;
    private final int pageSize;
    private final int maxAttempts;
    private final long retryDelayMs;

    /**
     * @param exchangeNow the exchange's clock: klines of a minute are asked only once it has closed
     * @param settleMs    how long after its close a minute's kline is taken as final (the grace)
     */
    public Resumer(TradeHistory history, Optional<KlineHistory> klines, GuardedCalls rest, LiveFeed feed, int pageSize,
            int maxAttempts, long retryDelayMs, LongSupplier exchangeNow, long settleMs) {
        this.history = history;
        this.repairs = new KlineReader(klines, rest, feed, exchangeNow, settleMs);
        this.rest = rest;
        this.feed = feed;
        this.pageSize = pageSize;
        this.maxAttempts = maxAttempts;
        this.retryDelayMs = retryDelayMs;
    }

    /** Runs until the market is in sync (or declared a gap). Returns the number of REST trades fed. */
    public long resume(String market) throws InterruptedException {
        if (!feed.isResuming(market)) {
            return 0;
        }
        return history instanceof TradeHistory.Paged paged ? paged(market, paged)
                : fromRecent(market, (TradeHistory.RecentOnly) history);
    }

    private long paged(String market, TradeHistory.Paged paged) throws InterruptedException {
        ResumePoint p = feed.resumePoint(market);
        TradePager pager = new TradePager(paged, rest, market, pageSize, p.nextToClose(), p.lastSeq());
        TradeHistory.BySequence contiguous = paged instanceof TradeHistory.BySequence s && s.contiguous() ? s : null;
        boolean startChecked = contiguous == null; // only contiguous sequences can prove where the history starts
        long fed = 0;
        int holes = 0;
        while (feed.isResuming(market)) {
            List<Trade> page = pager.next();
            if (!startChecked && !page.isEmpty()) {
                startChecked = true;
                checkStart(market, p, page.get(0), contiguous);
            }
            feed.feedHistory(page);
            fed += page.size();
            if (!pager.exhausted()) {
                continue;
            }
            if (feed.tryFinish(market, contiguous != null)) {
                break;
            }
            if (++holes >= maxAttempts) {
                repairHole(market, holes);
                break;
            }
            // waiting for REST to catch up with the stream, not retrying a failure: the pager goes on from where it
            // stopped and the last attempt ends in a kline repair. A plain loop: this class runs (and is tested)
            // without CDI, where Fault Tolerance has no implementation
            Thread.sleep(retryDelayMs);
        }
        return fed;
    }

    /**
     * A minute is COMPLETE only when every trade of it was seen, so the history must reach back to where this
     * market stands: right after the last trade seen, or (a first start) to the start of the minute in progress,
     * proven by the trade just before the first one REST returned lying before that minute. Where it does not
     * reach (retention, a history that starts later), the minutes up to the first trade REST has are repaired
     * from the exchange's klines where they are closed, and declared GAP otherwise: never closed from partial
     * trades.
     */
    private void checkStart(String market, ResumePoint p, Trade first, TradeHistory.BySequence sequence)
            throws InterruptedException {
        boolean reaches;
        if (p.lastSeq() >= 0) {
            reaches = first.seq() <= p.lastSeq() + 1;
        } else {
            List<Trade> before = rest.call("trade before the resume point", market, sequence.pageWeight(),
                    () -> sequence.tradesFromSeq(market, first.seq() - 1, 1));
            reaches = !before.isEmpty() && before.get(0).seq() == first.seq() - 1
                    && before.get(0).time() < p.nextToClose();
        }
        if (reaches) {
            return;
        }
        long end = Minutes.floor(first.time()) + Minutes.MINUTE_MS;
        List<Bar> klines = repairs.closedNow(market, p.nextToClose(), end);
        LOG.warnf("%s: REST history starts at trade %d (%d), after the resume point (trade %d, minute %d): [%d, %d) "
                + "repaired from %d kline(s), the rest GAP", market, first.seq(), first.time(), p.lastSeq(),
                p.nextToClose(), p.nextToClose(), end, klines.size());
        feed.repair(market, end, klines, BarStatus.GAP);
    }

    /**
     * The exchange keeps only recent trades: when they do not reach back to the first unclosed minute
     * (a full answer starting later), the minutes before the earliest trade's minute (inclusive, it is
     * partial) are repaired from klines, and the recent trades complete the rest.
     */
    private long fromRecent(String market, TradeHistory.RecentOnly source) throws InterruptedException {
        long from = feed.resumePoint(market).nextToClose();
        List<Trade> recent = new ArrayList<>(rest.call("recent trades", market, source.pageWeight(),
                () -> source.recentTrades(market, pageSize)));
        recent.sort(Comparator.comparingLong(Trade::time));
        boolean cut = recent.size() >= pageSize && recent.get(0).time() > from;
        if (cut) {
            long end = Minutes.floor(recent.get(0).time()) + Minutes.MINUTE_MS;
            List<Bar> klines = repairs.onceClosed(market, from, end);
            LOG.infof("%s: recent trades start at %d; repairing [%d, %d) from %d kline(s)", market,
                    recent.get(0).time(), from, end, klines.size());
            feed.repair(market, end, klines, BarStatus.UNAVAILABLE);
        }
        feed.feedHistory(recent);
        feed.tryFinish(market, false);
        return recent.size();
    }

    /**
     * REST never reached the live stream: the minutes in between are repaired from the exchange's klines
     * (FILLED), and declared GAP where it has none or the klines cannot be read.
     */
    private void repairHole(String market, int attempts) throws InterruptedException {
        long end = feed.holeEnd(market);
        long from = feed.resumePoint(market).nextToClose();
        List<Bar> klines = List.of();
        if (end > from) {
            try {
                klines = repairs.onceClosed(market, from, end);
            } catch (RuntimeException e) {
                LOG.warnf("%s: klines for the hole unavailable (%s)", market, e.getMessage());
            }
        }
        LOG.warnf("%s: REST history never reached the live stream after %d attempts; [%d, %d) repaired from %d "
                + "kline(s), the rest declared GAP", market, attempts, from, end, klines.size());
        feed.finishWithRepair(market, klines);
    }
}
