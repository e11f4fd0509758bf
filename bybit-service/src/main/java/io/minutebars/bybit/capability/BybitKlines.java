package io.minutebars.bybit.capability;

import io.minutebars.bybit.client.BybitFailures;
import io.minutebars.bybit.client.BybitRestClient;
import io.minutebars.bybit.config.BybitConfig;
import io.minutebars.bybit.decoder.BybitDecoder;
import io.minutebars.core.capability.KlineHistory;
import io.minutebars.core.config.ExchangeConfig;
import io.minutebars.model.Bar;
import io.minutebars.model.Minutes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** Bybit's closed 1m klines as FILLED bars, 1000 per request (inverse contracts state volumes in the quote). */
@ApplicationScoped
public class BybitKlines implements KlineHistory {
    private static final int LIMIT = 1000;

    @Inject @RestClient BybitRestClient client;
    @Inject BybitConfig bybit;
    @Inject ExchangeConfig config;

    @Override
    public List<Bar> klines(String nativeSymbol, String symbol, long start, long end) {
        boolean inverse = "inverse".equals(bybit.category());
        return KlineHistory.inWindows(start, end, LIMIT * Minutes.MINUTE_MS, (from, to) -> BybitDecoder.klines(
                config.exchange().id(), symbol, BybitFailures.result(client.klines(bybit.category(), nativeSymbol, "1",
                        from, to - 1, LIMIT)), inverse, to));
    }
}
