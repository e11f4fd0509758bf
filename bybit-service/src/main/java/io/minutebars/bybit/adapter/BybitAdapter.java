package io.minutebars.bybit.adapter;

import io.minutebars.bybit.client.BybitFailures;
import io.minutebars.bybit.client.BybitRestClient;
import io.minutebars.bybit.config.BybitConfig;
import io.minutebars.bybit.decoder.BybitDecoder;
import io.minutebars.bybit.decoder.BybitStreamDecoder;
import io.minutebars.bybit.dto.InstrumentDto;
import io.minutebars.core.engine.Trade;
import io.minutebars.core.runtime.MarketSelection;
import io.minutebars.core.stream.ExchangeAdapter;
import io.minutebars.model.Bar;
import io.minutebars.model.Instrument;
import io.minutebars.model.Json;
import io.minutebars.model.Minutes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Bybit v5 through the shared runtime. Bybit keeps only recent trades (no paged history), so resumes
 * take what recent-trade still holds and exchange-core repairs older minutes from klines (FILLED).
 */
@ApplicationScoped
public class BybitAdapter implements ExchangeAdapter {
    private static final int KLINE_LIMIT = 1000;

    @Inject @RestClient BybitRestClient client;
    @Inject BybitConfig bybit;

    private final BybitStreamDecoder decoder = new BybitStreamDecoder();

    @Override
    public List<Instrument> instruments() {
        List<Instrument> all = new ArrayList<>();
        String cursor = null;
        do {
            InstrumentDto.Page page = BybitFailures.result(client.instruments(bybit.category(), cursor, 1000));
            all.addAll(BybitDecoder.instruments(exchangeId(), page, Instant.now()));
            cursor = page.nextPageCursor() == null || page.nextPageCursor().isEmpty() ? null : page.nextPageCursor();
        } while (cursor != null);
        return all;
    }

    @Override
    public long serverTime() {
        var response = client.time();
        BybitFailures.result(response);
        return response.time();
    }

    @Override
    public History history() {
        return History.RECENT;
    }

    @Override
    public List<Trade> recentTrades(String nativeSymbol, int limit) {
        int n = Math.min(limit, bybit.recentLimit());
        return BybitDecoder.trades(BybitFailures.result(client.recentTrades(bybit.category(), nativeSymbol, n)));
    }

    @Override
    public List<Trade> tradesFromTime(String nativeSymbol, long startTime, int limit) {
        return recentTrades(nativeSymbol, limit).stream().filter(t -> t.time() >= startTime).toList();
    }

    @Override
    public List<Bar> klines(String nativeSymbol, String symbol, long start, long end) {
        boolean inverse = "inverse".equals(bybit.category());
        List<Bar> out = new ArrayList<>();
        for (long from = start; from < end; from += KLINE_LIMIT * Minutes.MINUTE_MS) {
            long to = Math.min(end, from + KLINE_LIMIT * Minutes.MINUTE_MS);
            var page = BybitFailures.result(client.klines(bybit.category(), nativeSymbol, "1", from, to - 1, KLINE_LIMIT));
            out.addAll(BybitDecoder.klines(exchangeId(), symbol, page, inverse, to));
        }
        return out;
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

    @Override
    public void decode(String frame, Consumer<Trade> out) {
        decoder.decode(frame, out);
    }
}
