package io.minutebars.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.minutebars.model.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * JSON over HTTP to the services, turning every outcome into the CLI's exit codes: an unreachable service
 * is 3, 401/403 is 4, any other error status is 1 with the problem's {@code detail} (RFC 9457 bodies).
 */
public class ServiceClient {
    static final String KEY_HEADER = "X-API-Key";

    private final HttpClient http;
    private final String key;
    private final Duration timeout;

    public ServiceClient(String key, Duration timeout) {
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
        this.key = key;
        this.timeout = timeout;
    }

    public JsonNode get(URI uri) {
        return send(request(uri).GET());
    }

    public JsonNode post(URI uri, Object body) {
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(Json.write(body));
        return send(request(uri).header("Content-Type", "application/json").POST(publisher));
    }

    private HttpRequest.Builder request(URI uri) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", "application/json");
        // sent only when set: reads work without it, operator endpoints answer 401 and the user learns why
        if (key != null && !key.isBlank()) {
            builder.header(KEY_HEADER, key.trim());
        }
        return builder;
    }

    private JsonNode send(HttpRequest.Builder builder) {
        HttpRequest request = builder.build();
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new CliFailure(CliFailure.UNREACHABLE, "cannot reach " + request.uri() + ": " + describe(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliFailure(CliFailure.UNREACHABLE, "interrupted while calling " + request.uri());
        }
        int status = response.statusCode();
        if (status == 401 || status == 403) {
            throw new CliFailure(CliFailure.AUTH, status + " " + detail(response.body())
                    + (key == null ? " (set MINUTEBARS_OPERATOR_KEY)" : ""));
        }
        if (status >= 400) {
            throw new CliFailure(CliFailure.PROBLEM, status + " " + detail(response.body()));
        }
        return response.body().length == 0 ? Json.mapper().nullNode() : parse(response.body());
    }

    private static JsonNode parse(byte[] body) {
        try {
            return Json.mapper().readTree(body);
        } catch (IOException e) {
            throw new CliFailure(CliFailure.PROBLEM, "the service answered malformed JSON: " + e.getMessage());
        }
    }

    /** The problem's detail, else its title, else the raw body: whatever tells the user most. */
    private static String detail(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8).strip();
        try {
            JsonNode problem = Json.mapper().readTree(body);
            if (problem != null && problem.hasNonNull("detail")) {
                return problem.get("detail").asText();
            }
            if (problem != null && problem.hasNonNull("title")) {
                return problem.get("title").asText();
            }
        } catch (IOException notJson) {
            // fall through to the raw text
        }
        return text;
    }

    private static String describe(IOException e) {
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
