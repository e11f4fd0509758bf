package io.minutebars.bitmex.capability;

import io.minutebars.bitmex.config.BitmexConfig;
import io.minutebars.bitmex.decoder.BitmexStreamDecoder;
import io.minutebars.core.capability.DecoderBackedStream;
import io.minutebars.core.runtime.MarketSelection;
import io.minutebars.model.Json;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** BitMEX's realtime feed: {@code trade:<symbol>} topics subscribed in batches, the bare text ping as heartbeat. */
@ApplicationScoped
public class BitmexStream extends DecoderBackedStream {

    @Inject BitmexConfig bitmex;

    public BitmexStream() {
        super(new BitmexStreamDecoder()::decode);
    }

    @Override
    public URI streamUri(String wsBase, List<String> nativeSymbols) {
        return URI.create(wsBase + "/realtime");
    }

    @Override
    public List<String> subscribeMessages(List<String> nativeSymbols) {
        return MarketSelection.chunks(nativeSymbols, Math.max(1, bitmex.topicsPerSubscribe())).stream()
                .map(chunk -> Json.write(Map.of("op", "subscribe", "args",
                        chunk.stream().map(s -> "trade:" + s).toList())))
                .toList();
    }

    /** BitMEX's heartbeat is the bare text {@code ping}, answered with {@code pong}. */
    @Override
    public Optional<String> heartbeatMessage() {
        return Optional.of("ping");
    }
}
