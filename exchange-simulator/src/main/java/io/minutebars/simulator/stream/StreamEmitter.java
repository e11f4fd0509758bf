package io.minutebars.simulator.stream;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.minutebars.simulator.clock.Simulation;
import io.minutebars.simulator.config.SimulatorConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * The stream scheduler: every tick (wall clock) it advances the simulation and sends each connection the
 * trades simNow has passed since the previous tick, so any speed works with a bounded number of wakeups.
 * One thread sends everything, which keeps each connection's frames in order.
 */
@ApplicationScoped
public class StreamEmitter {
    private static final Logger LOG = Logger.getLogger(StreamEmitter.class);
    private final Simulation simulation;
    private final StreamSessions sessions;
    private final SimulatorConfig config;
    private final Counter frames;
    private ScheduledExecutorService executor;

    public StreamEmitter(Simulation simulation, StreamSessions sessions, SimulatorConfig config,
            MeterRegistry registry) {
        this.simulation = simulation;
        this.sessions = sessions;
        this.config = config;
        this.frames = Counter.builder("simulator.ws.frames").description("trade frames sent, all exchanges").register(registry);
    }

    void start(@Observes StartupEvent event) {
        long tick = Math.max(1, config.ws().tickMillis());
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "sim-stream-emitter");
            t.setDaemon(true);
            return t;
        });
        executor.scheduleWithFixedDelay(this::tick, tick, tick, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    void tick() {
        try {
            long now = simulation.advance();
            for (StreamSession session : sessions.all()) {
                if (!session.connection().isOpen()) {
                    continue;
                }
                List<String> due = session.due(simulation.venue(session.exchange()).store(), now,
                        config.ws().maxFramesPerTick());
                for (String frame : due) {
                    session.connection().sendText(frame).subscribe().with(x -> {
                    }, e -> LOG.debugf("send to %s failed: %s", session.connection().id(), e.getMessage()));
                }
                frames.increment(due.size());
            }
        } catch (RuntimeException e) {
            // A failing tick must not kill the scheduler: the next tick resumes from the cursors.
            LOG.error("stream tick failed", e);
        }
    }
}
