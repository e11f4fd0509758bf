package io.minutebars.aggregator.messaging;

import io.minutebars.aggregator.config.AggregatorConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Default;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

/**
 * Readiness goes down while a store (MongoDB for bars, PostgreSQL for the ledger) fails with errors that pass,
 * and comes back by itself with the first write that succeeds. Also the backoff the consumers wait before they
 * hand a message back to the broker, so an outage slows consumption instead of spinning or dead-lettering.
 */
@Readiness
@Default // also injected as itself by the consumers
@ApplicationScoped
public class StorageHealth implements HealthCheck {
    private static final Logger LOG = Logger.getLogger(StorageHealth.class);

    @Inject AggregatorConfig config;

    private record Failing(String reason, long since, long backoffMs) {
    }

    private final Map<String, Failing> failing = new ConcurrentHashMap<>();

    /** Records a transient failure of {@code store}; returns how long to wait before retrying. */
    public long failed(String store, Throwable e) {
        Failing f = failing.compute(store, (k, old) -> new Failing(String.valueOf(e), old == null
                ? System.currentTimeMillis() : old.since(), old == null ? config.retry().initialBackoff().toMillis()
                : Math.min(old.backoffMs() * 2, config.retry().maxBackoff().toMillis())));
        LOG.warnf("%s unavailable (%s); the message goes back to the broker in %d ms", store, e, f.backoffMs());
        return f.backoffMs();
    }

    public void ok(String store) {
        if (failing.remove(store) != null) {
            LOG.infof("%s is back", store);
        }
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder b = HealthCheckResponse.named("storage").status(failing.isEmpty());
        failing.forEach((store, f) -> b.withData(store, f.reason() + " since " + java.time.Instant.ofEpochMilli(f.since())));
        return b.build();
    }
}
