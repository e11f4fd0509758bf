package io.minutebars.bitmex.capability;

import io.minutebars.bitmex.client.BitmexRestClient;
import io.minutebars.bitmex.config.BitmexConfig;
import io.minutebars.bitmex.decoder.BitmexDecoder;
import io.minutebars.core.capability.InstrumentCatalog;
import io.minutebars.core.capability.ServerClock;
import io.minutebars.core.config.ExchangeConfig;
import io.minutebars.model.Instrument;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** BitMEX's active instruments of the configured types, and the API root's timestamp as its server time. */
@ApplicationScoped
public class BitmexCatalog implements InstrumentCatalog, ServerClock {

    @Inject @RestClient BitmexRestClient client;
    @Inject BitmexConfig bitmex;
    @Inject ExchangeConfig config;

    @Override
    public List<Instrument> instruments() {
        return BitmexDecoder.instruments(config.exchange().id(), client.activeInstruments(), bitmex.instrumentTypes(),
                Instant.now());
    }

    @Override
    public long serverTime() {
        Long t = client.info().timestamp();
        if (t == null) {
            throw new IllegalStateException("BitMEX API root answered without a timestamp");
        }
        return t;
    }
}
