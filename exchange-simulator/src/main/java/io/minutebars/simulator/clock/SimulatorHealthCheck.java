package io.minutebars.simulator.clock;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once the trade source is loaded (startup fails otherwise); reports the simulated clock. */
@Readiness
@ApplicationScoped
public class SimulatorHealthCheck implements HealthCheck {
    private final Simulation simulation;

    public SimulatorHealthCheck(Simulation simulation) {
        this.simulation = simulation;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("simulator").up()
                .withData("mode", simulation.mode().name())
                .withData("simNow", simulation.clock().now())
                .withData("markets", simulation.store().markets().size())
                .build();
    }
}
