package io.minutebars.binance.adapter;

import io.minutebars.binance.client.BinanceRestClient;
import io.minutebars.binance.config.BinanceConfig;
import io.minutebars.binance.decoder.BinanceRestDecoder;
import io.minutebars.binance.decoder.BinanceStreamDecoder;
import io.minutebars.core.engine.Trade;
import io.minutebars.core.stream.ExchangeAdapter;
import io.minutebars.model.Instrument;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** Binance spot through the shared exchange runtime: aggTrades by id for resume, combined streams live. */
@ApplicationScoped
public class BinanceAdapter implements ExchangeAdapter {

    @Inject @RestClient BinanceRestClient client;
    @Inject BinanceConfig binance;

    private final BinanceStreamDecoder decoder = new BinanceStreamDecoder();

    @Override
    public List<Instrument> instruments() {
        return BinanceRestDecoder.instruments(exchangeId(), client.exchangeInfo(), Instant.now());
    }

    @Override
    public long serverTime() {
        return client.time().serverTime();
    }

    @Override
    public int tradePageWeight() {
        return binance.aggTradesWeight();
    }

    @Override
    public List<Trade> tradesFromSeq(String nativeSymbol, long fromSeq, int limit) {
        return BinanceRestDecoder.aggTrades(nativeSymbol, client.aggTrades(nativeSymbol, fromSeq, null, null, limit));
    }

    @Override
    public List<Trade> tradesFromTime(String nativeSymbol, long startTime, int limit) {
        return BinanceRestDecoder.aggTrades(nativeSymbol,
                client.aggTrades(nativeSymbol, null, startTime, null, limit));
    }

    /** Closed 1m klines of [start, end), 1000 per request, as FILLED bars (Binance counts trades and taker volume). */
    @Override
    public List<io.minutebars.model.Bar> klines(String nativeSymbol, String symbol, long start, long end) {
        List<io.minutebars.model.Bar> out = new java.util.ArrayList<>();
        for (long from = start; from < end; from += 1000 * io.minutebars.model.Minutes.MINUTE_MS) {
            long to = Math.min(end, from + 1000 * io.minutebars.model.Minutes.MINUTE_MS);
            out.addAll(BinanceRestDecoder.klines(exchangeId(), symbol, nativeSymbol,
                    client.klines(nativeSymbol, "1m", from, to - 1, 1000), to));
        }
        return out;
    }

    @Override
    public boolean contiguousSequences() {
        // aggregate ids are consecutive per symbol; raw trade ids too
        return true;
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

    @Override
    public void decode(String frame, Consumer<Trade> out) {
        decoder.decode(frame, out);
    }
}
