package io.minutebars.core.runtime;

import io.minutebars.model.Bar;
import io.minutebars.model.Json;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Where the store's bars of a market end, asked of the read API ({@code GET /api/v1/bars/latest}): the restart
 * point of a market without a readable checkpoint (a pod without a volume, a lost or corrupt file, a polled
 * source), so a restart resumes where the stored bars end instead of leaving an unmarked hole.
 */
public final class StoredBars {
    private static final Logger LOG = Logger.getLogger(StoredBars.class);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final String baseUrl;
    private final Optional<String> key;

    public StoredBars(String baseUrl, Optional<String> key) {
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.key = key;
    }

    /** The latest stored 1m bar of the market, or empty (none stored, or the read API unreachable: logged). */
    public Optional<Bar> latest(String exchange, String symbol) {
        URI uri = URI.create(baseUrl + "/api/v1/bars/latest?exchange=" + enc(exchange) + "&symbol=" + enc(symbol));
        HttpRequest.Builder req = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET();
        key.ifPresent(k -> req.header("X-API-Key", k));
        try {
            HttpResponse<byte[]> r = http.send(req.build(), HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() == 404) {
                return Optional.empty();
            }
            if (r.statusCode() != 200) {
                throw new IOException("HTTP " + r.statusCode());
            }
            return Optional.of(Json.read(r.body(), Bar.class));
        } catch (IOException | RuntimeException e) {
            LOG.warnf("the store's last bar of %s %s is unknown (%s at %s)", exchange, symbol, e.getMessage(), baseUrl);
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
