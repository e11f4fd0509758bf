package io.minutebars.core.capability;

import io.minutebars.core.engine.Trade;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The exchange's WebSocket trade stream: where to connect, what to send, how to read a frame. */
public interface StreamProtocol {

    /** The WebSocket URL for a set of markets; {@code wsBase} is the configured ws-url without a trailing slash. */
    URI streamUri(String wsBase, List<String> nativeSymbols);

    /** Messages to send after connecting (subscriptions); empty when the URL subscribes. */
    List<String> subscribeMessages(List<String> nativeSymbols);

    /** An application-level ping message; empty means protocol ping frames. */
    default Optional<String> heartbeatMessage() {
        return Optional.empty();
    }

    /**
     * Decodes one text frame, passing every trade it carries to {@code out}. Control messages (acks, pongs) yield
     * nothing; a malformed frame throws {@link io.minutebars.core.stream.DecodeException}.
     */
    void decode(String frame, Consumer<Trade> out);
}
