package io.minutebars.nomics.resource;

import io.minutebars.core.engine.MinuteBarEngine;
import io.minutebars.core.publish.BarPublisher;
import io.minutebars.core.stream.ExchangeAdapter;
import io.minutebars.model.Bar;
import io.minutebars.model.BarSource;
import io.minutebars.model.Minutes;
import io.minutebars.model.Symbols;
import io.minutebars.nomics.config.NomicsConfig;
import io.minutebars.nomics.decoder.NomicsCsvDecoder;
import io.minutebars.nomics.decoder.NomicsDecoder;
import io.minutebars.service.security.ApiKeys;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The historical path of the original Nomics ETL: a CSV export (candles or trades) given by server-side
 * path or uploaded as the body becomes bars with source IMPORT, published like live bars.
 */
@Path("/api/v1/import")
@Tag(name = "Import", description = "Nomics CSV exports to bars")
public class NomicsImportResource {
    @Inject BarPublisher publisher;
    @Inject NomicsConfig nomics;
    @Inject ExchangeAdapter adapter;

    @POST
    @RolesAllowed(ApiKeys.OPERATOR)
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Imports a Nomics CSV export (header row required) for one market",
            description = "Candles (timestamp,open,high,low,close,volume) become FILLED bars; trades (id,timestamp,"
                    + "price,amount[,side]) become exact bars of every minute from the first trade's to the last "
                    + "trade's, or of [start, end) when given. Source IMPORT. Give `path` or a body.")
    public Map<String, Object> importCsv(@RestQuery String symbol, @RestQuery String market, @RestQuery String path,
            @RestQuery String start, @RestQuery String end, InputStream body) throws Exception {
        if (symbol == null || !Symbols.isCanonical(symbol)) {
            throw new IllegalArgumentException("query parameter 'symbol' must be a canonical BASE-QUOTE market, was '"
                    + symbol + "'");
        }
        String nativeMarket = market != null && !market.isBlank() ? market
                : NomicsDecoder.market(nomics.marketFormat(), Symbols.base(symbol), Symbols.quote(symbol));
        NomicsCsvDecoder.Export export;
        try (Reader in = reader(path, body)) {
            export = NomicsCsvDecoder.read(in);
        }
        List<Bar> bars = export.isTrades() ? fromTrades(adapter.exchangeId(), export, symbol, nativeMarket, start, end)
                : NomicsDecoder.candles(adapter.exchangeId(), symbol, nativeMarket, export.candles(), Long.MAX_VALUE, BarSource.IMPORT);
        for (int i = 0; i < bars.size(); i += 500) {
            publisher.publish(bars.subList(i, Math.min(bars.size(), i + 500))).toCompletableFuture().join();
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("symbol", symbol);
        out.put("market", nativeMarket);
        out.put("kind", export.isTrades() ? "trades" : "candles");
        out.put("rows", export.isTrades() ? export.trades().size() : export.candles().size());
        out.put("bars", bars.size());
        out.put("source", BarSource.IMPORT.name());
        return out;
    }

    private Reader reader(String path, InputStream body) throws IOException {
        if (path != null && !path.isBlank()) {
            java.nio.file.Path file = java.nio.file.Path.of(path);
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("no such file: " + path);
            }
            return Files.newBufferedReader(file, StandardCharsets.UTF_8);
        }
        if (body == null) {
            throw new IllegalArgumentException("give the CSV as the request body or as query parameter 'path'");
        }
        InputStream limited = new java.io.BufferedInputStream(body) {
            private long read;

            @Override
            public synchronized int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                if (n > 0 && (read += n) > nomics.importMaxBytes()) {
                    throw new IllegalArgumentException("upload larger than nomics.import-max-bytes");
                }
                return n;
            }
        };
        return new InputStreamReader(limited, StandardCharsets.UTF_8);
    }

    private static List<Bar> fromTrades(String exchange, NomicsCsvDecoder.Export export, String symbol, String market, String start,
            String end) {
        var trades = export.trades().stream().map(t -> NomicsDecoder.trade(market, t))
                .sorted(java.util.Comparator.comparingLong(io.minutebars.core.engine.Trade::time)).toList();
        long from = start != null ? Minutes.floor(NomicsDecoder.time(start)) : Minutes.floor(trades.get(0).time());
        long to = end != null ? Minutes.floor(NomicsDecoder.time(end))
                : Minutes.floor(trades.get(trades.size() - 1).time()) + Minutes.MINUTE_MS;
        if (from >= to) {
            throw new IllegalArgumentException("start must be before end");
        }
        List<Bar> out = new ArrayList<>();
        MinuteBarEngine engine = new MinuteBarEngine(exchange, 0, 0, BarSource.IMPORT, out::add);
        engine.watch(market, symbol, from);
        trades.stream().filter(t -> t.time() < to).forEach(engine::onTrade);
        engine.closeBefore(market, to);
        return out;
    }
}
