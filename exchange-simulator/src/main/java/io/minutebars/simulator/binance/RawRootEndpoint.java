package io.minutebars.simulator.binance;

import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;
import io.smallrye.mutiny.Uni;
import java.util.List;

/** Binance raw endpoint without a stream in the URL: streams come later through SUBSCRIBE. */
@WebSocket(path = "/ws")
public class RawRootEndpoint extends BinanceEndpoint {

    public RawRootEndpoint(BinanceStreamService streams) {
        super(streams);
    }

    @OnOpen
    public Uni<Void> open(WebSocketConnection connection) {
        return streams.open(connection, false, List.of());
    }
}
