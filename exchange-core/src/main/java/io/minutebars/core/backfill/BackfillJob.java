package io.minutebars.core.backfill;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/** A backfill of one market over {@code [start, end)} and its progress. */
public final class BackfillJob {
    public enum State { QUEUED, RUNNING, DONE, FAILED }

    private final String id;
    private final String symbol;
    private final Instant start;
    private final Instant end;
    private final Instant requestedAt = Instant.now();
    private volatile State state = State.QUEUED;
    private final AtomicLong tradesRead = new AtomicLong();
    private final AtomicLong barsPublished = new AtomicLong();
    private volatile long coveredUntil;
    private volatile String error;
    private volatile Instant finishedAt;

    BackfillJob(String id, String symbol, Instant start, Instant end) {
        this.id = id;
        this.symbol = symbol;
        this.start = start;
        this.end = end;
        this.coveredUntil = start.toEpochMilli();
    }

    public String getId() { return id; }
    public String getSymbol() { return symbol; }
    public Instant getStart() { return start; }
    public Instant getEnd() { return end; }
    public Instant getRequestedAt() { return requestedAt; }
    public State getState() { return state; }
    public long getTradesRead() { return tradesRead.get(); }
    public long getBarsPublished() { return barsPublished.get(); }
    public String getError() { return error; }
    public Instant getFinishedAt() { return finishedAt; }

    /** Share of the range read so far, 0..1. */
    public double getProgress() {
        long total = end.toEpochMilli() - start.toEpochMilli();
        return state == State.DONE ? 1.0 : Math.min(1.0, (coveredUntil - start.toEpochMilli()) / (double) total);
    }

    void running() { state = State.RUNNING; }
    void read(int trades, long until) { tradesRead.addAndGet(trades); coveredUntil = Math.max(coveredUntil, until); }
    void published(int bars) { barsPublished.addAndGet(bars); }

    void done() {
        state = State.DONE;
        finishedAt = Instant.now();
    }

    void failed(String reason) {
        error = reason;
        state = State.FAILED;
        finishedAt = Instant.now();
    }
}
