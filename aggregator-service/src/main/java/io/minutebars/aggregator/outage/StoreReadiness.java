package io.minutebars.aggregator.outage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready while a store the consumers write to is failing (as the last write or probe found it): the service
 * takes no work then, and says so. It turns ready again by itself with the first write or probe that succeeds.
 */
@Readiness
@ApplicationScoped
public class StoreReadiness implements HealthCheck {
    @Inject Outages outages;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("aggregator stores")
                .status(!outages.bars().failing() && !outages.ledger().failing())
                .withData("bars", outages.bars().describe().toString())
                .withData("ledger", outages.ledger().describe().toString())
                .build();
    }
}
