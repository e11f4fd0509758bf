package io.minutebars.simulator.stream;

import io.micrometer.core.instrument.MeterRegistry;
import io.minutebars.simulator.market.ExchangeId;
import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.WebSocketConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every open stream connection of every endpoint of every exchange, so the emitter can feed them and
 * /sim/drop close them.
 */
@ApplicationScoped
public class StreamSessions {
    private final Map<String, StreamSession> sessions = new ConcurrentHashMap<>();
    public StreamSessions(MeterRegistry registry) {
        registry.gaugeMapSize("simulator.ws.connections", List.of(), sessions);
    }

    /** Makes a connection known to the emitter and to /sim/drop. */
    public void register(StreamSession session) {
        sessions.put(session.connection().id(), session);
    }

    public StreamSession session(WebSocketConnection connection) {
        return sessions.get(connection.id());
    }

    public void closed(WebSocketConnection connection) {
        sessions.remove(connection.id());
    }

    Collection<StreamSession> all() {
        return sessions.values();
    }

    /** Closes every open connection; returns how many were closed. */
    public int dropAll() {
        return drop(null);
    }

    /** Closes the open connections of one exchange (null: of all); returns how many were closed. */
    public int drop(ExchangeId exchange) {
        int n = 0;
        for (StreamSession s : List.copyOf(sessions.values())) {
            if (exchange != null && s.exchange() != exchange) {
                continue;
            }
            sessions.remove(s.connection().id());
            if (s.connection().isOpen()) {
                s.connection().close(new CloseReason(1001, "dropped by the simulator")).subscribe().with(x -> {
                }, e -> {
                });
                n++;
            }
        }
        return n;
    }
}
