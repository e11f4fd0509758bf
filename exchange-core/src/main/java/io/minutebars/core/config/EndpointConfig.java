package io.minutebars.core.config;

/** minutebars.exchange.* of ExchangeConfig. */
public interface EndpointConfig {
    /** Exchange id used in bars and routing keys, e.g. {@code binance}. */
    String id();

    /** REST base URL (the simulator's URL for offline runs). */
    String restUrl();

    /** WebSocket base URL. */
    String wsUrl();
}
