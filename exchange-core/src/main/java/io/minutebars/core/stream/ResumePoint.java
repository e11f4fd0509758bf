package io.minutebars.core.stream;

/** Where REST history must continue a market from: the last sequence seen, and the first unclosed minute. */
public record ResumePoint(long lastSeq, long nextToClose) {
}
