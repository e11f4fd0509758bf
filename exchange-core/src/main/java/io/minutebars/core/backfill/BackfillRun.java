package io.minutebars.core.backfill;

import io.minutebars.core.capability.KlineHistory;
import io.minutebars.core.capability.TradeHistory;
import io.minutebars.core.engine.MinuteBarEngine;
import io.minutebars.core.engine.Trade;
import io.minutebars.core.ratelimit.GuardedCalls;
import io.minutebars.core.stream.TradePager;
import io.minutebars.model.Bar;
import io.minutebars.model.BarSource;
import io.minutebars.model.BarStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads every trade of {@code [start, end)} over REST (first page by time, then by sequence where the
 * exchange has one: id paging is gap-free under equal timestamps) and turns them into bars,
 * handed out in batches of {@code batchSize}. Plain class: the engine closes each minute once REST
 * has moved past it, and every minute of the range ends up COMPLETE or EMPTY.
 */
public final class BackfillRun {
    private final String exchange;
    private final Optional<TradeHistory> trades;
    private final Optional<KlineHistory> klines;
    private final GuardedCalls rest;
    private final int pageSize;
    private final int batchSize;

    public BackfillRun(String exchange, Optional<TradeHistory> trades, Optional<KlineHistory> klines, GuardedCalls rest,
            int pageSize, int batchSize) {
        this.exchange = exchange;
        this.trades = trades;
        this.klines = klines;
        this.rest = rest;
        this.pageSize = pageSize;
        this.batchSize = batchSize;
    }

    public void run(BackfillJob job, String nativeSymbol, String symbol, Consumer<List<Bar>> batches)
            throws InterruptedException {
        long start = job.getStart().toEpochMilli();
        long end = job.getEnd().toEpochMilli();
        List<Bar> pending = new ArrayList<>();
        MinuteBarEngine engine = new MinuteBarEngine(exchange, 0, 0, BarSource.BACKFILL, bar -> {
            pending.add(bar);
            if (pending.size() >= batchSize) {
                flush(pending, batches, job);
            }
        });
        engine.watch(nativeSymbol, symbol, start);
        if (!(trades.orElse(null) instanceof TradeHistory.Paged paged)) {
            // no trade history to read: the exchange's klines are all there is (FILLED, or UNAVAILABLE)
            List<Bar> bars = klines.isEmpty() ? List.of() : rest.call("backfill klines", nativeSymbol, 1,
                    () -> klines.get().klines(nativeSymbol, symbol, start, end));
            engine.repair(nativeSymbol, end, bars, BarStatus.UNAVAILABLE);
            job.read(bars.size(), end);
            flush(pending, batches, job);
            return;
        }
        TradePager pager = new TradePager(paged, rest, nativeSymbol, pageSize, start, -1);
        boolean pastEnd = false;
        while (!pastEnd) {
            List<Trade> page = pager.next();
            long until = start;
            for (Trade t : page) {
                if (t.time() >= end) {
                    pastEnd = true;
                    break;
                }
                engine.onTrade(t);
                until = t.time();
            }
            job.read(page.size(), until);
            pastEnd |= pager.exhausted();
        }
        engine.closeBefore(nativeSymbol, end);
        flush(pending, batches, job);
    }

    private static void flush(List<Bar> pending, Consumer<List<Bar>> batches, BackfillJob job) {
        if (!pending.isEmpty()) {
            batches.accept(List.copyOf(pending));
            job.published(pending.size());
            pending.clear();
        }
    }
}
