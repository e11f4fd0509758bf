package io.minutebars.simulator.binance;

import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;
import io.smallrye.mutiny.Uni;

/** Binance combined streams: {@code /stream?streams=btcusdt@aggTrade/ethusdt@aggTrade}, frames wrapped. */
@WebSocket(path = "/stream")
public class CombinedStreamEndpoint extends BinanceEndpoint {

    public CombinedStreamEndpoint(BinanceStreamService streams) {
        super(streams);
    }

    @OnOpen
    public Uni<Void> open(WebSocketConnection connection) {
        return streams.open(connection, true, StreamNames.fromQuery(connection.handshakeRequest().query()));
    }
}
