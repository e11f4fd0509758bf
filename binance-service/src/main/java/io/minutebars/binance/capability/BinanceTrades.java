package io.minutebars.binance.capability;

import io.minutebars.binance.client.BinanceRestClient;
import io.minutebars.binance.config.BinanceConfig;
import io.minutebars.binance.decoder.BinanceRestDecoder;
import io.minutebars.core.capability.TradeHistory;
import io.minutebars.core.engine.Trade;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** Binance's aggTrades, paged by aggregate id: the ids are consecutive per symbol, so holes are provable. */
@ApplicationScoped
public class BinanceTrades implements TradeHistory.BySequence {

    @Inject @RestClient BinanceRestClient client;
    @Inject BinanceConfig binance;

    @Override
    public int pageWeight() {
        return binance.aggTradesWeight();
    }

    @Override
    public List<Trade> tradesFromSeq(String nativeSymbol, long fromSeq, int limit) {
        return BinanceRestDecoder.aggTrades(nativeSymbol, client.aggTrades(nativeSymbol, fromSeq, null, null, limit));
    }

    @Override
    public List<Trade> tradesFromTime(String nativeSymbol, long startTime, int limit) {
        return BinanceRestDecoder.aggTrades(nativeSymbol, client.aggTrades(nativeSymbol, null, startTime, null, limit));
    }

    @Override
    public boolean contiguous() {
        // aggregate ids are consecutive per symbol; raw trade ids too
        return true;
    }
}
