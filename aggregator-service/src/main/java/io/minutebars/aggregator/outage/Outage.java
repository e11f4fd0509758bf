package io.minutebars.aggregator.outage;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * The state of one store as its consumer sees it: failing since when, how often in a row, why, and how long to
 * wait before the next attempt (doubling from the initial backoff up to the maximum). Shared by the consumer's
 * worker thread, the probe and the readiness check, hence synchronized; a recovery wakes a waiting worker.
 */
public final class Outage {
    private static final Logger LOG = Logger.getLogger(Outage.class);

    private final String name;
    private final Duration initial;
    private final Duration max;
    private int failures;
    private Instant since;
    private String lastError;
    private boolean stopping;

    public Outage(String name, Duration initial, Duration max) {
        this.name = name;
        this.initial = initial;
        this.max = max;
    }

    public String name() {
        return name;
    }

    /** Records a transient failure; returns how long to wait before the message is tried again. */
    public synchronized Duration failed(Throwable e) {
        failures++;
        if (since == null) {
            since = Instant.now();
        }
        lastError = describe(e);
        return backoff(failures, initial, max);
    }

    /** The store answered again: the backoff starts over and a waiting worker retries at once. */
    public synchronized void recovered() {
        if (failures > 0) {
            LOG.infof("%s is back after %d failed attempt(s) since %s", name, failures, since);
        }
        failures = 0;
        since = null;
        lastError = null;
        notifyAll();
    }

    /** Notes a failed probe without lengthening the backoff (no message was tried). */
    public synchronized void stillFailing(Throwable e) {
        if (failures > 0) {
            lastError = describe(e);
        }
    }

    public synchronized boolean failing() {
        return failures > 0;
    }

    /** Waits up to {@code wait}, less if the store recovers or the service stops meanwhile. */
    public synchronized void await(Duration wait) throws InterruptedException {
        long end = System.nanoTime() + wait.toNanos();
        for (long left = wait.toNanos(); left > 0 && failures > 0 && !stopping; left = end - System.nanoTime()) {
            wait(Math.max(1, left / 1_000_000));
        }
    }

    public synchronized void stop() {
        stopping = true;
        notifyAll();
    }

    /** What the readiness check shows. */
    public synchronized Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("state", failures > 0 ? "failing" : "up");
        if (failures > 0) {
            m.put("since", since.toString());
            m.put("failedAttempts", failures);
            m.put("lastError", lastError);
        }
        return m;
    }

    /** {@code initial x 2^(failures - 1)}, at most {@code max}. */
    static Duration backoff(int failures, Duration initial, Duration max) {
        Duration d = initial;
        for (int i = 1; i < failures && d.compareTo(max) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(max) > 0 ? max : d;
    }

    /** Only the exception's class: the health answer is public, a driver's message may name hosts or users. */
    static String describe(Throwable e) {
        return e.getClass().getName();
    }
}
