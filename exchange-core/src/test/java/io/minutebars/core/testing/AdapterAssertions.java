package io.minutebars.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.minutebars.core.ratelimit.ExchangeHttpException;
import io.minutebars.core.capability.StreamProtocol;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.function.Executable;

/** Checks every exchange service's tests make of its capabilities. */
public final class AdapterAssertions {
    private AdapterAssertions() {
    }

    /** The call fails as rate limited, asking to wait {@code wait}; returns the failure for more checks. */
    public static ExchangeHttpException rateLimited(Executable call, Duration wait) {
        ExchangeHttpException e = assertThrows(ExchangeHttpException.class, call);
        assertTrue(e.rateLimited(), "rate limited: " + e.getMessage());
        assertEquals(wait, e.retryAfter().orElseThrow(), "the wait the exchange asked for");
        return e;
    }

    /** Subscriptions for {@code markets} made-up symbols ("M0" + suffix, ...) split into {@code messages}. */
    public static List<String> subscriptions(StreamProtocol protocol, int markets, String suffix, int messages) {
        List<String> symbols = IntStream.range(0, markets).mapToObj(i -> "M" + i + suffix).toList();
        List<String> subs = protocol.subscribeMessages(symbols);
        assertEquals(messages, subs.size(), "subscribe messages for " + markets + " markets");
        return subs;
    }
}
