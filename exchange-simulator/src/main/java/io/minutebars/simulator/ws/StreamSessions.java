package io.minutebars.simulator.ws;

import io.micrometer.core.instrument.MeterRegistry;
import io.minutebars.simulator.market.ExchangeId;
import io.minutebars.simulator.market.ExchangeMarket;
import io.minutebars.simulator.service.Simulation;
import io.minutebars.simulator.service.Venue;
import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.WebSocketConnection;
import io.smallrye.mutiny.Uni;
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
    /** 1008 policy violation: Binance refuses a stream it does not have. */
    private static final int POLICY_VIOLATION = 1008;
    private final Map<String, StreamSession> sessions = new ConcurrentHashMap<>();
    private final Simulation simulation;

    public StreamSessions(Simulation simulation, MeterRegistry registry) {
        this.simulation = simulation;
        registry.gaugeMapSize("simulator.ws.connections", List.of(), sessions);
    }

    /** Registers a connection with the streams of its URL; an unknown stream gets an error and a close. */
    Uni<Void> open(WebSocketConnection connection, boolean combined, List<String> streams) {
        StreamSession session = new StreamSession(connection, ExchangeId.BINANCE, new BinanceFrames(combined));
        Venue binance = simulation.venue(ExchangeId.BINANCE);
        for (String stream : streams) {
            if (StreamNames.market(binance, stream).isEmpty()) {
                return connection.sendText(ControlMessages.error(2, "Invalid request: unknown stream '" + stream
                        + "'", null))
                        .chain(() -> connection.close(new CloseReason(POLICY_VIOLATION, "unknown stream")));
            }
        }
        long now = simulation.advance();
        for (String stream : streams) {
            ExchangeMarket market = StreamNames.market(binance, stream).orElseThrow();
            session.subscribe(stream, market, StreamSession.lastId(binance.store(), market.symbol(), now));
        }
        register(session);
        return Uni.createFrom().voidItem();
    }

    /** Makes a connection known to the emitter and to /sim/drop. */
    void register(StreamSession session) {
        sessions.put(session.connection().id(), session);
    }

    StreamSession session(WebSocketConnection connection) {
        return sessions.get(connection.id());
    }

    /** Answers a live control message (SUBSCRIBE and friends) of a connection. */
    String control(WebSocketConnection connection, String message) {
        StreamSession session = sessions.get(connection.id());
        if (session == null) {
            return ControlMessages.error(2, "Invalid request: connection is closing", null);
        }
        return new ControlMessages(simulation).handle(session, message);
    }

    void closed(WebSocketConnection connection) {
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
