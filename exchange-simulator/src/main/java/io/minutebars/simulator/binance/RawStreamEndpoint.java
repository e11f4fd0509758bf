package io.minutebars.simulator.binance;

import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;
import io.smallrye.mutiny.Uni;
import java.util.List;

/** Binance raw stream: {@code /ws/btcusdt@aggTrade}, frames are the bare event objects. */
@WebSocket(path = "/ws/{stream}")
public class RawStreamEndpoint extends BinanceEndpoint {

    public RawStreamEndpoint(BinanceStreamService streams) {
        super(streams);
    }

    @OnOpen
    public Uni<Void> open(WebSocketConnection connection) {
        return streams.open(connection, false, List.of(connection.pathParam("stream")));
    }
}
