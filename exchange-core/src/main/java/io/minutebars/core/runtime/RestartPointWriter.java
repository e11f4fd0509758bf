package io.minutebars.core.runtime;

import io.minutebars.core.engine.Checkpoint;
import java.util.Map;
import java.util.TreeMap;
import org.jboss.logging.Logger;

/**
 * Keeps every market's restart point and writes them to the checkpoint file. It starts with a point for each
 * market (restored, or where it starts listening), taken before any bar; a market's point then moves only while
 * none of its bars awaits the broker's confirm, so a market with unconfirmed bars keeps its last point in the
 * file (never drops out of it) and never holds the other markets back.
 */
final class RestartPointWriter {
    private static final Logger LOG = Logger.getLogger(RestartPointWriter.class);

    private final CheckpointStore store;
    private final Map<String, Checkpoint> points;

    RestartPointWriter(CheckpointStore store, Map<String, Checkpoint> initial) {
        this.store = store;
        this.points = new TreeMap<>(initial);
    }

    /** Moves the points of the markets in {@code confirmed} (all their bars confirmed) and writes all points. */
    synchronized void save(Map<String, Checkpoint> confirmed) {
        try {
            if (confirmed.size() < points.size()) {
                LOG.debugf("%d market(s) keep their restart point: their bars await the broker's confirm",
                        points.size() - confirmed.size());
            }
            points.putAll(confirmed);
            store.save(points);
        } catch (RuntimeException e) {
            LOG.warnf(e, "checkpoint %s not taken", store.file());
        }
    }
}
