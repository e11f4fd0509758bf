package io.minutebars.simulator.binance;

import io.minutebars.simulator.faults.FaultInjector.Fault;
import io.minutebars.simulator.faults.MinuteWindow;
import io.minutebars.simulator.faults.VenueRateLimit;
import io.minutebars.simulator.market.ExchangeId;
import jakarta.inject.Singleton;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Response;

/**
 * Request weight used in the current wall-clock minute, as Binance reports it in
 * {@code X-MBX-USED-WEIGHT-1M}, and Binance's answers to an injected fault. One counter for all callers: in
 * a test every client shares one IP anyway. Weights are Binance's current ones; the limit is reported, not
 * enforced (use the fault endpoint).
 */
@Singleton
public class BinanceRateLimit extends VenueRateLimit {
    public static final int LIMIT = 6000;
    static final String WEIGHT_HEADER = "X-MBX-USED-WEIGHT-1M";
    private final MinuteWindow window = new MinuteWindow();

    public BinanceRateLimit() {
        super(ExchangeId.BINANCE);
    }

    static int weightOf(String path) {
        if (path.endsWith("/exchangeInfo")) {
            return 20;
        }
        if (path.endsWith("/aggTrades")) {
            return 4;
        }
        if (path.endsWith("/klines")) {
            return 2;
        }
        return 1;
    }

    @Override
    public int count(String path) {
        return window.add(weightOf(path));
    }

    @Override
    public void headers(ContainerResponseContext response) {
        response.getHeaders().putSingle(WEIGHT_HEADER, window.used());
    }

    /** A rate limit is a 429, a ban a 418, both with Retry-After and the weight used. */
    @Override
    public Response fault(Fault fault, int used, long simNow) {
        return fault == Fault.BAN
                ? json(418, BinanceJson.error(-1003, "Way too much request weight used; IP banned until "
                        + (System.currentTimeMillis() + 2_000)
                        + ". Please use the websocket for live updates to avoid bans."))
                        .header("Retry-After", "2").header(WEIGHT_HEADER, used).build()
                : json(429, BinanceJson.error(-1003, "Too much request weight used; current limit is "
                        + LIMIT + " request weight per 1 MINUTE. Please use the websocket for "
                        + "live updates to avoid polling the API."))
                        .header("Retry-After", "1").header(WEIGHT_HEADER, used).build();
    }
}
