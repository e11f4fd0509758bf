package io.minutebars.simulator.ws;

import io.quarkus.websockets.next.OnClose;
import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.OnTextMessage;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;
import io.smallrye.mutiny.Uni;

/** Binance combined streams: {@code /stream?streams=btcusdt@aggTrade/ethusdt@aggTrade}, frames wrapped. */
@WebSocket(path = "/stream")
public class CombinedStreamEndpoint {
    private final StreamSessions sessions;

    public CombinedStreamEndpoint(StreamSessions sessions) {
        this.sessions = sessions;
    }

    @OnOpen
    public Uni<Void> open(WebSocketConnection connection) {
        return sessions.open(connection, true, StreamNames.fromQuery(connection.handshakeRequest().query()));
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
