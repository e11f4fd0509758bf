package io.minutebars.binance.capability;

import io.minutebars.binance.client.BinanceRestClient;
import io.minutebars.binance.decoder.BinanceRestDecoder;
import io.minutebars.core.capability.InstrumentCatalog;
import io.minutebars.core.capability.ServerClock;
import io.minutebars.core.config.ExchangeConfig;
import io.minutebars.model.Instrument;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** Binance spot's markets ({@code exchangeInfo}) and server time. */
@ApplicationScoped
public class BinanceCatalog implements InstrumentCatalog, ServerClock {

    @Inject @RestClient BinanceRestClient client;
    @Inject ExchangeConfig config;

    @Override
    public List<Instrument> instruments() {
        return BinanceRestDecoder.instruments(config.exchange().id(), client.exchangeInfo(), Instant.now());
    }

    @Override
    public long serverTime() {
        return client.time().serverTime();
    }
}
