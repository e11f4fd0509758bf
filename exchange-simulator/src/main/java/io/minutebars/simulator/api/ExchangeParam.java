package io.minutebars.simulator.api;

import io.minutebars.simulator.market.ExchangeId;
import jakarta.ws.rs.BadRequestException;

/** The {@code exchange} query parameter of the /sim endpoints; absent means binance, whose API came first. */
public final class ExchangeParam {
    private ExchangeParam() {
    }

    public static ExchangeId of(String exchange) {
        if (exchange == null || exchange.isBlank()) {
            return ExchangeId.BINANCE;
        }
        return ExchangeId.of(exchange.trim()).orElseThrow(() -> new BadRequestException(
                "unknown exchange '" + exchange + "'; simulated: " + ExchangeId.ids()));
    }
}
