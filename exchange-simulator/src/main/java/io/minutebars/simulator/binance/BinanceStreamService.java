package io.minutebars.simulator.binance;

import io.minutebars.simulator.clock.Simulation;
import io.minutebars.simulator.clock.Venue;
import io.minutebars.simulator.market.ExchangeId;
import io.minutebars.simulator.market.ExchangeMarket;
import io.minutebars.simulator.stream.StreamSession;
import io.minutebars.simulator.stream.StreamSessions;
import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.WebSocketConnection;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * What Binance's three stream endpoints share: the streams named in the URL are subscribed on open, live
 * control messages (SUBSCRIBE and friends) come later, on any of them.
 */
@ApplicationScoped
public class BinanceStreamService {
    /** 1008 policy violation: Binance refuses a stream it does not have. */
    private static final int POLICY_VIOLATION = 1008;
    private final StreamSessions sessions;
    private final Simulation simulation;

    public BinanceStreamService(StreamSessions sessions, Simulation simulation) {
        this.sessions = sessions;
        this.simulation = simulation;
    }

    /** Registers a connection with the streams of its URL; an unknown stream gets an error and a close. */
    Uni<Void> open(WebSocketConnection connection, boolean combined, List<String> streams) {
        StreamSession session = new StreamSession(connection, ExchangeId.BINANCE, new BinanceFrames(combined));
        Venue binance = simulation.venue(ExchangeId.BINANCE);
        for (String stream : streams) {
            if (StreamNames.market(binance, stream).isEmpty()) {
                return connection.sendText(BinanceControl.error(2, "Invalid request: unknown stream '" + stream
                        + "'", null))
                        .chain(() -> connection.close(new CloseReason(POLICY_VIOLATION, "unknown stream")));
            }
        }
        long now = simulation.advance();
        for (String stream : streams) {
            ExchangeMarket market = StreamNames.market(binance, stream).orElseThrow();
            session.subscribe(stream, market, StreamSession.lastId(binance.store(), market.symbol(), now));
        }
        sessions.register(session);
        return Uni.createFrom().voidItem();
    }

    /** Answers a live control message (SUBSCRIBE and friends) of a connection. */
    String control(WebSocketConnection connection, String message) {
        StreamSession session = sessions.session(connection);
        if (session == null) {
            return BinanceControl.error(2, "Invalid request: connection is closing", null);
        }
        return new BinanceControl(simulation).handle(session, message);
    }

    void closed(WebSocketConnection connection) {
        sessions.closed(connection);
    }
}
