package io.minutebars.simulator.market;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Filters of the markets the simulator knows (Binance's real tick and lot sizes), and a fallback that
 * splits any other symbol on a known quote asset so a configured symbol always works.
 */
public final class SymbolCatalog {
    private static final Pattern NATIVE = Pattern.compile("[A-Z0-9]{2,20}");
    private static final List<String> QUOTES = List.of("FDUSD", "USDT", "USDC", "BUSD", "TUSD", "BTC", "ETH",
            "BNB", "EUR", "TRY", "DAI");
    private static final Map<String, SymbolSpec> KNOWN = Map.ofEntries(
            known("BTCUSDT", "BTC", "USDT", "0.01", "0.00001", "60000", "0.02"),
            known("ETHUSDT", "ETH", "USDT", "0.01", "0.0001", "4000", "0.5"),
            known("BNBBTC", "BNB", "BTC", "0.000001", "0.001", "0.008", "1"),
            known("ETHBTC", "ETH", "BTC", "0.000001", "0.0001", "0.065", "0.5"),
            known("BNBUSDT", "BNB", "USDT", "0.01", "0.001", "500", "2"),
            known("SOLUSDT", "SOL", "USDT", "0.01", "0.001", "150", "5"),
            known("XRPUSDT", "XRP", "USDT", "0.0001", "0.1", "0.6", "500"),
            known("ADAUSDT", "ADA", "USDT", "0.0001", "0.1", "0.5", "500"),
            known("DOGEUSDT", "DOGE", "USDT", "0.00001", "1", "0.1", "2000"),
            known("LTCUSDT", "LTC", "USDT", "0.01", "0.001", "80", "3"));

    private SymbolCatalog() {
    }

    /** The spec of a native symbol such as {@code BTCUSDT}; unknown ones get generic filters. */
    public static SymbolSpec spec(String nativeSymbol) {
        String s = nativeSymbol.trim().toUpperCase(Locale.ROOT);
        if (!NATIVE.matcher(s).matches()) {
            throw new IllegalArgumentException("not a Binance symbol: '" + nativeSymbol + "'");
        }
        SymbolSpec known = KNOWN.get(s);
        if (known != null) {
            return known;
        }
        for (String quote : QUOTES) {
            if (s.endsWith(quote) && s.length() > quote.length()) {
                return new SymbolSpec(s, s.substring(0, s.length() - quote.length()), quote,
                        Scaled.parse("0.01"), Scaled.parse("0.001"), Scaled.parse("100"), Scaled.ONE);
            }
        }
        throw new IllegalArgumentException("cannot split '" + s + "' into base and quote assets; known quotes: "
                + QUOTES);
    }

    private static Map.Entry<String, SymbolSpec> known(String symbol, String base, String quote, String tick,
            String step, String price, String qty) {
        return Map.entry(symbol, new SymbolSpec(symbol, base, quote, Scaled.parse(tick), Scaled.parse(step),
                Scaled.parse(price), Scaled.parse(qty)));
    }
}
