package io.minutebars.core.backfill;

import io.minutebars.core.engine.MinuteBarEngine;
import io.minutebars.core.engine.Trade;
import io.minutebars.core.ratelimit.GuardedCalls;
import io.minutebars.core.stream.ExchangeAdapter;
import io.minutebars.model.Bar;
import io.minutebars.model.BarSource;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads every trade of {@code [start, end)} over REST (first page by time, then by sequence, as the
 * exchanges recommend: id paging is gap-free under equal timestamps) and turns them into bars,
 * handed out in batches of {@code batchSize}. Plain class: the engine closes each minute once REST
 * has moved past it, and every minute of the range ends up COMPLETE or EMPTY.
 */
public final class BackfillRun {
    private final ExchangeAdapter adapter;
    private final GuardedCalls rest;
    private final int pageSize;
    private final int batchSize;

    public BackfillRun(ExchangeAdapter adapter, GuardedCalls rest, int pageSize, int batchSize) {
        this.adapter = adapter;
        this.rest = rest;
        this.pageSize = pageSize;
        this.batchSize = batchSize;
    }

    public void run(BackfillJob job, String nativeSymbol, String symbol, Consumer<List<Bar>> batches)
            throws InterruptedException {
        long start = job.getStart().toEpochMilli();
        long end = job.getEnd().toEpochMilli();
        List<Bar> pending = new ArrayList<>();
        MinuteBarEngine engine = new MinuteBarEngine(adapter.exchangeId(), 0, 0, BarSource.BACKFILL, bar -> {
            pending.add(bar);
            if (pending.size() >= batchSize) {
                flush(pending, batches, job);
            }
        });
        engine.watch(nativeSymbol, symbol, start);
        List<Trade> page = rest.call("backfill trades from time", nativeSymbol, adapter.tradePageWeight(),
                () -> adapter.tradesFromTime(nativeSymbol, start, pageSize));
        while (true) {
            boolean pastEnd = false;
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
            if (pastEnd || page.size() < pageSize) {
                break;
            }
            long next = page.get(page.size() - 1).seq() + 1;
            page = rest.call("backfill trades from id", nativeSymbol, adapter.tradePageWeight(),
                    () -> adapter.tradesFromSeq(nativeSymbol, next, pageSize));
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
