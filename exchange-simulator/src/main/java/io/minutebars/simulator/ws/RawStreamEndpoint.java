package io.minutebars.simulator.ws;

import io.quarkus.websockets.next.OnClose;
import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.OnTextMessage;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;
import io.smallrye.mutiny.Uni;
import java.util.List;

/** Binance raw stream: {@code /ws/btcusdt@aggTrade}, frames are the bare event objects. */
@WebSocket(path = "/ws/{stream}")
public class RawStreamEndpoint {
    private final StreamSessions sessions;

    public RawStreamEndpoint(StreamSessions sessions) {
        this.sessions = sessions;
    }

    @OnOpen
    public Uni<Void> open(WebSocketConnection connection) {
        return sessions.open(connection, false, List.of(connection.pathParam("stream")));
    }

    @OnTextMessage
    public String message(String message, WebSocketConnection connection) {
        return sessions.control(connection, message);
    }

    @OnClose
    public void close(WebSocketConnection connection) {
        sessions.closed(connection);
    }
}
