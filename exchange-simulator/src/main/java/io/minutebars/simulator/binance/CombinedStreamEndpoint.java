package io.minutebars.simulator.binance;

import io.quarkus.websockets.next.OnClose;
import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.OnTextMessage;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;
import io.smallrye.mutiny.Uni;

/** Binance combined streams: {@code /stream?streams=btcusdt@aggTrade/ethusdt@aggTrade}, frames wrapped. */
@WebSocket(path = "/stream")
public class CombinedStreamEndpoint {
    private final BinanceStreams streams;

    public CombinedStreamEndpoint(BinanceStreams streams) {
        this.streams = streams;
    }

    @OnOpen
    public Uni<Void> open(WebSocketConnection connection) {
        return streams.open(connection, true, StreamNames.fromQuery(connection.handshakeRequest().query()));
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
