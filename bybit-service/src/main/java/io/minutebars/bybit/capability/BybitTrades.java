package io.minutebars.bybit.capability;

import io.minutebars.bybit.client.BybitFailures;
import io.minutebars.bybit.client.BybitRestClient;
import io.minutebars.bybit.config.BybitConfig;
import io.minutebars.bybit.decoder.BybitDecoder;
import io.minutebars.core.capability.TradeHistory;
import io.minutebars.core.engine.Trade;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Bybit keeps only recent trades (no paged history): a resume takes what recent-trade still holds, and exchange-core
 * repairs older minutes from klines (FILLED).
 */
@ApplicationScoped
public class BybitTrades implements TradeHistory.RecentOnly {

    @Inject @RestClient BybitRestClient client;
    @Inject BybitConfig bybit;

    @Override
    public List<Trade> recentTrades(String nativeSymbol, int limit) {
        int n = Math.min(limit, bybit.recentLimit());
        return BybitDecoder.trades(BybitFailures.result(client.recentTrades(bybit.category(), nativeSymbol, n)));
    }
}
