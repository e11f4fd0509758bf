package io.minutebars.simulator.binance;

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
    private final BinanceStreams streams;

    public RawStreamEndpoint(BinanceStreams streams) {
        this.streams = streams;
    }

    @OnOpen
    public Uni<Void> open(WebSocketConnection connection) {
        return streams.open(connection, false, List.of(connection.pathParam("stream")));
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
