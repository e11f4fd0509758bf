package io.minutebars.binance.capability;

import io.minutebars.binance.client.BinanceRestClient;
import io.minutebars.binance.decoder.BinanceRestDecoder;
import io.minutebars.core.capability.KlineHistory;
import io.minutebars.core.config.ExchangeConfig;
import io.minutebars.model.Bar;
import io.minutebars.model.Minutes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** Binance's closed 1m klines as FILLED bars (Binance counts trades and taker volume), 1000 per request. */
@ApplicationScoped
public class BinanceKlines implements KlineHistory {
    private static final int LIMIT = 1000;

    @Inject @RestClient BinanceRestClient client;
    @Inject ExchangeConfig config;

    @Override
    public List<Bar> klines(String nativeSymbol, String symbol, long start, long end) {
        return KlineHistory.inWindows(start, end, LIMIT * Minutes.MINUTE_MS, (from, to) -> BinanceRestDecoder.klines(
                config.exchange().id(), symbol, nativeSymbol, client.klines(nativeSymbol, "1m", from, to - 1, LIMIT), to));
    }
}
