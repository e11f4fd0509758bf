package io.minutebars.bybit.capability;

import io.minutebars.bybit.config.BybitConfig;
import io.minutebars.bybit.decoder.BybitStreamDecoder;
import io.minutebars.core.capability.DecoderBackedStream;
import io.minutebars.core.runtime.MarketSelection;
import io.minutebars.model.Json;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Bybit v5 public trades: {@code publicTrade.<symbol>} topics subscribed in batches, a JSON ping every heartbeat. */
@ApplicationScoped
public class BybitStream extends DecoderBackedStream {

    @Inject BybitConfig bybit;

    public BybitStream() {
        super(new BybitStreamDecoder()::decode);
    }

    @Override
    public URI streamUri(String wsBase, List<String> nativeSymbols) {
        return URI.create(wsBase + "/v5/public/" + bybit.category());
    }

    @Override
    public List<String> subscribeMessages(List<String> nativeSymbols) {
        List<String> out = new ArrayList<>();
        for (List<String> chunk : MarketSelection.chunks(nativeSymbols, Math.max(1, bybit.topicsPerSubscribe()))) {
            List<String> topics = chunk.stream().map(s -> "publicTrade." + s).toList();
            out.add(Json.write(Map.of("req_id", "sub-" + out.size(), "op", "subscribe", "args", topics)));
        }
        return out;
    }

    @Override
    public Optional<String> heartbeatMessage() {
        return Optional.of("{\"op\":\"ping\"}"); // without it Bybit cuts the connection after 10 minutes
    }
}
