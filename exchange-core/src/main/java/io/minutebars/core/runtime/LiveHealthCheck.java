package io.minutebars.core.runtime;

import io.minutebars.core.config.ExchangeConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once the live path has its catalog and streams (or when streaming is switched off). */
@Readiness
@ApplicationScoped
public class LiveHealthCheck implements HealthCheck {
    @Inject RuntimeState state;
    @Inject ExchangeConfig config;

    @Override
    public HealthCheckResponse call() {
        boolean up = !config.streaming() || state.started();
        return HealthCheckResponse.named("exchange-stream").status(up)
                .withData("markets", state.watched().size())
                .withData("failure", state.failure() == null ? "" : state.failure()).build();
    }
}
