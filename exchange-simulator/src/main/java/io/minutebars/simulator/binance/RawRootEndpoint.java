package io.minutebars.simulator.binance;

import io.quarkus.websockets.next.OnClose;
import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.OnTextMessage;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;
import io.smallrye.mutiny.Uni;
import java.util.List;

/** Binance raw endpoint without a stream in the URL: streams come later through SUBSCRIBE. */
@WebSocket(path = "/ws")
public class RawRootEndpoint {
    private final BinanceStreams streams;

    public RawRootEndpoint(BinanceStreams streams) {
        this.streams = streams;
    }

    @OnOpen
    public Uni<Void> open(WebSocketConnection connection) {
        return streams.open(connection, false, List.of());
    }

    @OnTextMessage
    public String message(String message, WebSocketConnection connection) {
        return streams.control(connection, message);
    }

    @OnClose
    public void close(WebSocketConnection connection) {
        streams.closed(connection);
    }
}
