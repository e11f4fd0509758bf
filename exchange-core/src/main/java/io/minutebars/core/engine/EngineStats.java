package io.minutebars.core.engine;

/** Counters of what the engine did; read by metrics. */
public final class EngineStats {
    long trades;
    long duplicates;
    long refused;
    long beforeListen;
    long tooLate;
    long closed;
    long revisions;
    long gaps;
    long repaired;

    public long repaired() {
        return repaired;
    }

    public long trades() {
        return trades;
    }

    public long duplicates() {
        return duplicates;
    }

    public long refused() {
        return refused;
    }

    public long beforeListen() {
        return beforeListen;
    }

    public long tooLate() {
        return tooLate;
    }

    public long closed() {
        return closed;
    }

    public long revisions() {
        return revisions;
    }

    public long gaps() {
        return gaps;
    }
}
