package io.minutebars.simulator.bybit;

import io.minutebars.simulator.clock.Simulation;
import io.minutebars.simulator.config.SimulatorConfig;
import io.minutebars.simulator.market.ExchangeId;
import io.minutebars.simulator.stream.StreamSession;
import io.minutebars.simulator.stream.StreamSessions;
import io.quarkus.websockets.next.OnClose;
import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.OnTextMessage;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;
import io.smallrye.mutiny.Uni;

/** Bybit v5 public streams: {@code /bybit/v5/public/spot} and {@code /bybit/v5/public/linear}. */
@WebSocket(path = "/bybit/v5/public/{category}")
public class BybitStreamEndpoint {
    private final StreamSessions sessions;
    private final BybitControl control;

    public BybitStreamEndpoint(StreamSessions sessions, Simulation simulation, SimulatorConfig config) {
        this.sessions = sessions;
        this.control = new BybitControl(simulation, config.bybit().category());
    }

    @OnOpen
    public void open(WebSocketConnection connection) {
        sessions.register(new StreamSession(connection, ExchangeId.BYBIT, new BybitFrames()));
    }

    @OnTextMessage
    public Uni<Void> message(String message, WebSocketConnection connection) {
        StreamSession session = sessions.session(connection);
        return session == null ? Uni.createFrom().voidItem()
                : control.handle(session, connection.pathParam("category"), message);
    }

    @OnClose
    public void close(WebSocketConnection connection) {
        sessions.closed(connection);
    }
}
