package io.minutebars.simulator.service;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Request weight used in the current wall-clock minute, as Binance reports it in
 * {@code X-MBX-USED-WEIGHT-1M}. One counter for all callers: in a test every client shares one IP anyway.
 * Weights are Binance's current ones; the limit is reported, not enforced (use the fault endpoint).
 */
@ApplicationScoped
public class WeightMeter {
    public static final int LIMIT = 6000;
    private final MinuteWindow window = new MinuteWindow();

    public static int weightOf(String path) {
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

    public int add(int weight) {
        return window.add(weight);
    }

    public int used() {
        return window.used();
    }
}
