package io.minutebars.core.runtime;

import io.micrometer.core.instrument.MeterRegistry;
import io.minutebars.core.engine.MinuteBarEngine;
import io.minutebars.core.stream.LiveFeed;

/** The live engine's counters and the feed's suspended markets as Micrometer gauges. */
final class EngineMetrics {
    private EngineMetrics() {
    }

    static void register(MeterRegistry registry, MinuteBarEngine engine, LiveFeed feed) {
        registry.gauge("minutebars.engine.trades", engine, e -> e.stats().trades());
        registry.gauge("minutebars.engine.duplicates", engine, e -> e.stats().duplicates());
        registry.gauge("minutebars.engine.refused", engine, e -> e.stats().refused());
        registry.gauge("minutebars.engine.before.listen", engine, e -> e.stats().beforeListen());
        registry.gauge("minutebars.engine.bars.closed", engine, e -> e.stats().closed());
        registry.gauge("minutebars.engine.revisions", engine, e -> e.stats().revisions());
        registry.gauge("minutebars.engine.too.late", engine, e -> e.stats().tooLate());
        registry.gauge("minutebars.engine.gaps", engine, e -> e.stats().gaps());
        registry.gauge("minutebars.engine.repaired", engine, e -> e.stats().repaired());
        registry.gauge("minutebars.live.suspended.markets", feed, LiveFeed::suspendedCount);
    }
}
