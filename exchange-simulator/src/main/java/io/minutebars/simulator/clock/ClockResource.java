package io.minutebars.simulator.clock;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

/** The simulated clock, read and re-speeded; not part of any exchange's API. */
@Path("/sim/clock")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Simulator control", description = "Clock, ground truth, connection drops and injected faults")
public class ClockResource {
    private final Simulation simulation;

    public ClockResource(Simulation simulation) {
        this.simulation = simulation;
    }

    @GET
    @Operation(summary = "Simulated now, start and speed (simNow = start + wallElapsed x speed)")
    public Map<String, Object> clock() {
        SimClock clock = simulation.clock();
        long now = clock.now();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("simNow", now);
        m.put("simNowIso", Instant.ofEpochMilli(now).toString());
        m.put("start", clock.start());
        m.put("startIso", Instant.ofEpochMilli(clock.start()).toString());
        m.put("speed", clock.speed());
        m.put("mode", simulation.mode().name());
        return m;
    }

    @POST
    @Operation(summary = "Changes the speed from now on (0 pauses); simulated time stays continuous")
    public Map<String, Object> setSpeed(@Parameter(description = "simulated ms per wall ms, 0..1000000")
            @RestQuery String speed) {
        double value;
        try {
            value = Double.parseDouble(speed == null ? "" : speed.trim());
        } catch (NumberFormatException e) {
            throw new BadRequestException("query parameter 'speed' must be a number, was '" + speed + "'");
        }
        try {
            simulation.clock().speed(value);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
        return clock();
    }
}
