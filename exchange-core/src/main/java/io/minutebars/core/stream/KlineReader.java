package io.minutebars.core.stream;

import io.minutebars.core.capability.KlineHistory;
import io.minutebars.core.ratelimit.GuardedCalls;
import io.minutebars.model.Bar;
import io.minutebars.model.Minutes;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.jboss.logging.Logger;

/**
 * Reads the exchange's klines for the minutes a resume repairs (see {@link Resumer}), only once they have closed
 * on the exchange's clock: a kline of a minute still open would be partial. None where the exchange has no klines.
 */
final class KlineReader {
    private static final Logger LOG = Logger.getLogger(KlineReader.class);

    private final Optional<KlineHistory> klines;
    private final GuardedCalls rest;
    private final LiveFeed feed;
    private final LongSupplier exchangeNow;
    private final long settleMs;

    /**
     * @param exchangeNow the exchange's clock: klines of a minute are asked only once it has closed
     * @param settleMs    how long after its close a minute's kline is taken as final (the grace)
     */
    KlineReader(Optional<KlineHistory> klines, GuardedCalls rest, LiveFeed feed, LongSupplier exchangeNow,
            long settleMs) {
        this.klines = klines;
        this.rest = rest;
        this.feed = feed;
        this.exchangeNow = exchangeNow;
        this.settleMs = settleMs;
    }

    /** The klines of the minutes of {@code [from, end)} already closed on the exchange's clock; none on failure. */
    List<Bar> closedNow(String market, long from, long end) {
        long closedEnd = Math.min(end, Minutes.floor(exchangeNow.getAsLong() - settleMs));
        if (closedEnd <= from) {
            return List.of();
        }
        try {
            return read(market, from, closedEnd);
        } catch (RuntimeException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            LOG.warnf("%s: klines for [%d, %d) unavailable (%s)", market, from, closedEnd, e.getMessage());
            return List.of();
        }
    }

    /**
     * The exchange's klines of {@code [from, end)}, asked once the last of those minutes has closed and settled
     * on the exchange's clock (waiting at most two minutes of wall time): a kline of a minute still open
     * would be partial.
     */
    List<Bar> onceClosed(String market, long from, long end) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (exchangeNow.getAsLong() < end + settleMs && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        return read(market, from, end);
    }

    /** The exchange's klines of {@code [from, end)}; none where it has no klines (BitMEX). */
    private List<Bar> read(String market, long from, long end) throws InterruptedException {
        if (klines.isEmpty()) {
            return List.of();
        }
        String symbol = feed.symbol(market);
        return rest.call("klines", market, 1, () -> klines.get().klines(market, symbol, from, end));
    }
}
