package io.minutebars.simulator.resource;

import io.minutebars.simulator.market.ExchangeId;
import io.minutebars.simulator.service.BinanceJson;
import io.minutebars.simulator.service.BitmexJson;
import io.minutebars.simulator.service.BybitJson;
import io.minutebars.simulator.service.FaultInjector.Fault;
import io.minutebars.simulator.service.NomicsApiException;
import io.minutebars.simulator.service.WeightMeter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** An injected fault answered the way each exchange answers it, so consumers exercise their real handling. */
final class FaultResponses {
    private FaultResponses() {
    }

    /**
     * @param usedWeight Binance's request weight of the current minute
     * @param bitmexLimit BitMEX's X-RateLimit-Limit
     * @param simNow the simulated time (Bybit stamps its bodies with it)
     */
    static Response of(ExchangeId exchange, Fault fault, int usedWeight, int bitmexLimit, long simNow) {
        boolean ban = fault == Fault.BAN;
        return switch (exchange) {
            case BINANCE -> binance(ban, usedWeight);
            // Bybit: the IP limit is a bare HTTP 403; the per-endpoint limit a 200 with retCode 10006.
            case BYBIT -> ban ? Response.status(403).type(MediaType.TEXT_PLAIN).entity("access too frequent").build()
                    : json(200, BybitJson.error(10006, "Too many visits!", simNow))
                            .header("X-Bapi-Limit", 600).header("X-Bapi-Limit-Status", 0)
                            .header("X-Bapi-Limit-Reset-Timestamp", System.currentTimeMillis() + 1_000).build();
            case BITMEX -> ban ? json(403, BitmexJson.error("Forbidden: your IP is temporarily banned.", "HTTPError"))
                    .build()
                    : json(429, BitmexJson.error("Rate limit exceeded, retry in 1 seconds.", "RateLimitError"))
                            .header("Retry-After", 1).header("X-RateLimit-Limit", bitmexLimit)
                            .header("X-RateLimit-Remaining", 0)
                            .header("X-RateLimit-Reset", System.currentTimeMillis() / 1000 + 1).build();
            case NOMICS -> ban ? json(403, NomicsApiException.error("API key suspended")).build()
                    : json(429, NomicsApiException.error("rate limit exceeded")).header("Retry-After", 1).build();
        };
    }

    private static Response binance(boolean ban, int used) {
        return ban
                ? json(418, BinanceJson.error(-1003, "Way too much request weight used; IP banned until "
                        + (System.currentTimeMillis() + 2_000)
                        + ". Please use the websocket for live updates to avoid bans."))
                        .header("Retry-After", "2").header(ApiFilters.WEIGHT_HEADER, used).build()
                : json(429, BinanceJson.error(-1003, "Too much request weight used; current limit is "
                        + WeightMeter.LIMIT + " request weight per 1 MINUTE. Please use the websocket for "
                        + "live updates to avoid polling the API."))
                        .header("Retry-After", "1").header(ApiFilters.WEIGHT_HEADER, used).build();
    }

    private static Response.ResponseBuilder json(int status, String body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(body);
    }
}
