package io.minutebars.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.minutebars.model.Json;
import io.minutebars.testsupport.ServiceProcess;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Tiny JSON-over-HTTP helper for the end-to-end test. */
final class Http {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private Http() {
    }

    static int status(String url) {
        return ServiceProcess.status(url);
    }

    /** GET with an operator key. */
    static JsonNode get(String url, String key) {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).header("X-API-Key", key)
                .build(), url);
    }

    static JsonNode get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(), url);
    }

    static JsonNode post(String url, String json) {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), url);
    }

    private static JsonNode send(HttpRequest request, String url) {
        try {
            HttpResponse<String> r = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() >= 300) {
                throw new AssertionError(request.method() + " " + url + " -> " + r.statusCode() + ": " + r.body());
            }
            return r.body().isBlank() ? null : Json.mapper().readTree(r.body());
        } catch (IOException e) {
            throw new AssertionError(request.method() + " " + url + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
