package io.minutebars.binance.client;

import io.minutebars.binance.dto.ErrorDto;
import io.minutebars.core.ratelimit.ExchangeHttpException;
import io.minutebars.model.Json;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Maps Binance's HTTP errors: 429 (rate limit) and 418 (IP ban) carry Retry-After and code -1003. */
public final class BinanceErrors {
    private BinanceErrors() {
    }

    public static ExchangeHttpException fromResponse(Response response) {
        String body = "";
        if (response.hasEntity()) {
            try {
                body = response.readEntity(String.class);
            } catch (RuntimeException e) {
                body = "";
            }
        }
        return from(response.getStatus(), body, response.getHeaderString("Retry-After"));
    }

    public static ExchangeHttpException from(int status, String body, String retryAfterHeader) {
        ErrorDto error = parse(body);
        Duration retryAfter = ExchangeHttpException.retryAfterSeconds(retryAfterHeader);
        boolean rateLimited = status == 429 || status == 418;
        String message = error != null && error.msg() != null ? error.msg() : truncate(body);
        return new ExchangeHttpException(status, error != null && error.code() != null ? error.code().toString() : null,
                message, retryAfter, rateLimited);
    }

    private static ErrorDto parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return Json.read(body.getBytes(StandardCharsets.UTF_8), ErrorDto.class);
        } catch (IllegalArgumentException e) {
            return null; // an HTML error page from a proxy, say
        }
    }

    private static String truncate(String body) {
        return body == null ? "" : body.length() > 200 ? body.substring(0, 200) : body;
    }
}
