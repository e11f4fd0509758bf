package io.minutebars.core.engine;

/** Where a restart resumes a market: the next minute to close and the last sequence in closed minutes. */
public record Checkpoint(long nextToClose, long closedSeq) {
}
