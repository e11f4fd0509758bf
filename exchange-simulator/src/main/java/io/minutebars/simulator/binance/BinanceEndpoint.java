package io.minutebars.simulator.binance;

import io.quarkus.websockets.next.OnClose;
import io.quarkus.websockets.next.OnTextMessage;
import io.quarkus.websockets.next.WebSocketConnection;

/**
 * What Binance's three stream endpoints do alike: live control messages and the close. Each endpoint
 * only says how it opens (its URL names the streams differently).
 */
public abstract class BinanceEndpoint {
    protected final BinanceStreamService streams;

    protected BinanceEndpoint(BinanceStreamService streams) {
        this.streams = streams;
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
