package io.minutebars.core.resource;

import io.minutebars.core.backfill.BackfillService;
import io.minutebars.core.capability.BarImportFormat;
import io.minutebars.core.config.ExchangeConfig;
import io.minutebars.core.importing.BarImport;
import io.minutebars.core.importing.ImportLimitException;
import io.minutebars.core.importing.ImportSource;
import io.minutebars.core.publish.BarPublisher;
import io.minutebars.core.runtime.ExchangeRuntime;
import io.minutebars.model.Bar;
import io.minutebars.model.BarSource;
import io.minutebars.model.Symbols;
import io.minutebars.service.security.ApiKeys;
import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * An exchange's export (candles or trades, in its {@link BarImportFormat}), uploaded as the body or read from the
 * import directory, becomes bars with source IMPORT once every row has been validated. Built only into modules
 * with an import format ({@code minutebars.import.enabled=true} at build time).
 */
@Path("/api/v1/import")
@Tag(name = "Import", description = "Exchange exports to bars")
@IfBuildProperty(name = "minutebars.import.enabled", stringValue = "true")
public class ImportResource {
    private static final Pattern MARKET = Pattern.compile("[A-Za-z0-9._:/-]{1,64}");
    private static final int BROKER_WAIT_SECONDS = 30;

    @Inject BarPublisher publisher;
    @Inject BarImportFormat format;
    @Inject ExchangeConfig config;
    @Inject ExchangeRuntime runtime;

    /**
     * A broker outage must not hold the request for its whole length: past the wait the answer is a 503, while
     * the publisher goes on retrying what it holds (bars are idempotent: repeating the import is harmless).
     */
    private static void awaitBroker(List<CompletableFuture<Void>> confirms) {
        try {
            CompletableFuture.allOf(confirms.toArray(CompletableFuture[]::new)).get(BROKER_WAIT_SECONDS,
                    TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            throw new WebApplicationException("the broker did not confirm the bars within " + BROKER_WAIT_SECONDS
                    + " s; they are still being sent, and repeating the import is harmless",
                    Response.status(503).header("Retry-After", "60").build());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the broker", e);
        }
    }

    @POST
    @RolesAllowed(ApiKeys.OPERATOR)
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Imports an exchange export (Nomics: a CSV with a header row) for one market (operator key)",
            description = "Candles (timestamp,open,high,low,close,volume) become FILLED bars; trades (id,timestamp,"
                    + "price,amount[,side]), in time order, become exact bars of every minute from the first trade's "
                    + "to the last trade's, or of [start, end) when given (rows outside are skipped). At most "
                    + "31 days, only minutes already closed. Source IMPORT. Upload the CSV as the body, or name a "
                    + "file of minutebars.import.dir with `path`. Nothing is published unless every row is valid.")
    public Map<String, Object> importCsv(@RestQuery String symbol, @RestQuery String market, @RestQuery String path,
            @RestQuery String start, @RestQuery String end, InputStream body) throws IOException {
        if (symbol == null || !Symbols.isCanonical(symbol)) {
            throw new IllegalArgumentException("query parameter 'symbol' must be a canonical BASE-QUOTE market");
        }
        if (market != null && !market.isBlank() && !MARKET.matcher(market).matches()) {
            throw new IllegalArgumentException("query parameter 'market' must be 1..64 letters, digits or ._:/-");
        }
        String nativeMarket = market != null && !market.isBlank() ? market : format.nativeMarket(symbol);
        BarImportFormat.Target target = new BarImportFormat.Target(config.exchange().id(), symbol, nativeMarket);
        BarImport csv = new BarImport(target, start == null ? null : format.time(start),
                end == null ? null : format.time(end), BackfillService.MAX_RANGE,
                runtime.clock().now() - config.grace().toMillis());
        long rows;
        try (InputStream in = new ImportSource(config.importing().dir(), config.importing().maxBytes()).open(path,
                body)) {
            rows = format.read(new InputStreamReader(in, StandardCharsets.UTF_8), target, csv);
        } catch (ImportLimitException e) {
            throw new WebApplicationException(e.getMessage(), 413);
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof ImportLimitException limit) {
                throw new WebApplicationException(limit.getMessage(), 413);
            }
            throw e;
        }
        BarImport.Result result = csv.finish();
        List<Bar> bars = result.bars();
        List<CompletableFuture<Void>> confirms = new ArrayList<>();
        for (int i = 0; i < bars.size(); i += config.backfill().batchSize()) {
            confirms.add(publisher.publish(bars.subList(i, Math.min(bars.size(), i + config.backfill().batchSize())))
                    .toCompletableFuture());
        }
        awaitBroker(confirms);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("symbol", symbol);
        out.put("market", nativeMarket);
        out.put("kind", result.kind());
        out.put("rows", rows);
        out.put("skipped", result.skipped());
        out.put("bars", bars.size());
        out.put("source", BarSource.IMPORT.name());
        return out;
    }
}
