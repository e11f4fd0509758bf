package io.minutebars.core.runtime;

import io.micrometer.core.instrument.MeterRegistry;
import io.minutebars.core.publish.BarPublisher;
import io.minutebars.core.stream.LiveFeed;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * A broker outage must not grow the buffer of unconfirmed bars without bound: once it is full the markets stop
 * taking live trades (no bar is made), and once it has drained they resume through REST history, as after a
 * reconnect, so nothing is lost. Checked on every clock tick.
 */
final class PublishBufferGuard {
    private static final Logger LOG = Logger.getLogger(PublishBufferGuard.class);

    private final String exchange;
    private final BarPublisher bars;
    private final LiveFeed feed;
    private final MeterRegistry registry;
    private final double resumeBelow;
    private final Consumer<String> resume;
    private long suspendedAt;

    PublishBufferGuard(String exchange, BarPublisher bars, LiveFeed feed, MeterRegistry registry, double resumeBelow,
            Consumer<String> resume) {
        this.exchange = exchange;
        this.bars = bars;
        this.feed = feed;
        this.registry = registry;
        this.resumeBelow = resumeBelow;
        this.resume = resume;
    }

    void check(List<String> markets) {
        double fill = bars.fill();
        if (fill >= 1.0) {
            if (feed.suspend(markets)) {
                suspendedAt = System.nanoTime();
                LOG.warnf("%s: %d bar(s) await the broker's confirm (buffer %.0f%% full); live trades paused, REST "
                        + "history brings them back once the broker confirms again", exchange, bars.pending(),
                        fill * 100);
            }
        } else if (fill < resumeBelow && feed.suspendedCount() > 0) {
            List<String> back = feed.resumeSuspended();
            registry.timer("minutebars.bars.publish.suspended").record(System.nanoTime() - suspendedAt,
                    TimeUnit.NANOSECONDS);
            LOG.infof("%s: the broker confirms again; %d market(s) resume through REST", exchange, back.size());
            back.forEach(resume);
        }
    }
}
