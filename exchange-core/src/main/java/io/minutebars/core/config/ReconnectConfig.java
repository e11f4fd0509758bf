package io.minutebars.core.config;

import io.smallrye.config.WithDefault;
import java.time.Duration;

/** minutebars.reconnect.* of ExchangeConfig. */
public interface ReconnectConfig {
    @WithDefault("PT0.5S")
    Duration initialBackoff();

    @WithDefault("PT60S")
    Duration maxBackoff();

    /** Interval between heartbeats we send (ping frame or the exchange's ping message). */
    @WithDefault("PT20S")
    Duration heartbeatInterval();

    /** A connection silent (no frame, no pong) this long is considered dead. */
    @WithDefault("PT60S")
    Duration heartbeatTimeout();

    /** Connections are replaced before the exchange's forced disconnect (Binance: 24 h). */
    @WithDefault("PT23H")
    Duration maxConnectionAge();

    @WithDefault("PT10S")
    Duration connectTimeout();

    /** Largest WebSocket message accepted (trade frames are a few KB); a larger one closes the connection. */
    @WithDefault("1048576")
    int maxMessageBytes();
}
