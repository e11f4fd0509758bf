package io.minutebars.simulator.binance;

import io.minutebars.simulator.clock.Venue;
import io.minutebars.simulator.market.ExchangeMarket;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Binance stream names: {@code <lower-case symbol>@aggTrade}; the only stream type simulated. */
final class StreamNames {
    static final String AGG_TRADE = "@aggTrade";

    private StreamNames() {
    }

    /** The market of a stream name, if it is a simulated one. */
    static Optional<ExchangeMarket> market(Venue binance, String stream) {
        if (stream == null || !stream.endsWith(AGG_TRADE)) {
            return Optional.empty();
        }
        String symbol = stream.substring(0, stream.length() - AGG_TRADE.length());
        return binance.markets().stream().filter(m -> m.spec().streamSymbol().equals(symbol)).findFirst();
    }

    /** The streams of {@code ?streams=a/b/c}; empty when the parameter is absent. */
    static List<String> fromQuery(String query) {
        List<String> out = new ArrayList<>();
        if (query == null || query.isEmpty()) {
            return out;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            if (key.equals("streams") && eq >= 0) {
                for (String s : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8).split("/")) {
                    if (!s.isEmpty()) {
                        out.add(s);
                    }
                }
            }
        }
        return out;
    }
}
