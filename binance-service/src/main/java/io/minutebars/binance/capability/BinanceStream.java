package io.minutebars.binance.capability;

import io.minutebars.binance.config.BinanceConfig;
import io.minutebars.binance.decoder.BinanceStreamDecoder;
import io.minutebars.core.capability.DecoderBackedStream;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Binance's combined streams: the URL subscribes ({@code <symbol>@aggTrade} per market), ping frames keep it up. */
@ApplicationScoped
public class BinanceStream extends DecoderBackedStream {

    @Inject BinanceConfig binance;

    public BinanceStream() {
        super(new BinanceStreamDecoder()::decode);
    }

    @Override
    public URI streamUri(String wsBase, List<String> nativeSymbols) {
        String streams = nativeSymbols.stream().map(s -> s.toLowerCase(Locale.ROOT) + "@" + binance.stream())
                .collect(Collectors.joining("/"));
        return URI.create(wsBase + "/stream?streams=" + streams);
    }

    @Override
    public List<String> subscribeMessages(List<String> nativeSymbols) {
        return List.of(); // the combined-stream URL subscribes
    }
}
