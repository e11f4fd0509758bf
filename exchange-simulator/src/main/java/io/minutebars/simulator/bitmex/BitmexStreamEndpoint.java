package io.minutebars.simulator.bitmex;

import io.minutebars.simulator.clock.Simulation;
import io.minutebars.simulator.market.ExchangeId;
import io.minutebars.simulator.stream.StreamSession;
import io.minutebars.simulator.stream.StreamSessions;
import io.quarkus.websockets.next.OnClose;
import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.OnTextMessage;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;
import io.smallrye.mutiny.Uni;

/** BitMEX realtime: {@code /bitmex/realtime}, the welcome on connect, subscriptions by op. */
@WebSocket(path = "/bitmex/realtime")
public class BitmexStreamEndpoint {
    private final StreamSessions sessions;
    private final BitmexControl control;

    public BitmexStreamEndpoint(StreamSessions sessions, Simulation simulation) {
        this.sessions = sessions;
        this.control = new BitmexControl(simulation);
    }

    @OnOpen
    public Uni<Void> open(WebSocketConnection connection) {
        sessions.register(new StreamSession(connection, ExchangeId.BITMEX, new BitmexFrames()));
        return connection.sendText(control.welcome());
    }

    @OnTextMessage
    public Uni<Void> message(String message, WebSocketConnection connection) {
        StreamSession session = sessions.session(connection);
        return session == null ? Uni.createFrom().voidItem() : control.handle(session, message);
    }

    @OnClose
    public void close(WebSocketConnection connection) {
        sessions.closed(connection);
    }
}
