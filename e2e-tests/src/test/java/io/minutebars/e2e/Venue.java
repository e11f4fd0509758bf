package io.minutebars.e2e;

import java.util.List;

/**
 * One exchange of the run: its service, the simulator prefix of its API, its markets (native symbols
 * and their canonical names), and whether it streams (nomics is polled).
 */
record Venue(String exchange, String prefix, List<String> nativeSymbols, List<String> symbols, boolean streams) {
    static final List<Venue> ALL = List.of(
            new Venue("binance", "", List.of("BTCUSDT", "ETHUSDT"), List.of("BTC-USDT", "ETH-USDT"), true),
            new Venue("bybit", "/bybit", List.of("BTCUSDT", "ETHUSDT"), List.of("BTC-USDT", "ETH-USDT"), true),
            new Venue("bitmex", "/bitmex", List.of("XBTUSD", "ETHUSDT"), List.of("BTC-USD", "ETH-USDT"), true),
            new Venue("nomics", "/nomics", List.of("BTCUSDT", "ETHUSDT"), List.of("BTC-USDT", "ETH-USDT"), false));

    String module() {
        return exchange + "-service";
    }
}
