package io.minutebars.bybit.capability;

import io.minutebars.bybit.client.BybitFailures;
import io.minutebars.bybit.client.BybitRestClient;
import io.minutebars.bybit.config.BybitConfig;
import io.minutebars.bybit.decoder.BybitDecoder;
import io.minutebars.bybit.dto.InstrumentDto;
import io.minutebars.core.capability.InstrumentCatalog;
import io.minutebars.core.capability.ServerClock;
import io.minutebars.core.config.ExchangeConfig;
import io.minutebars.model.Instrument;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** Bybit v5's instruments of the configured category (cursor-paged) and server time. */
@ApplicationScoped
public class BybitCatalog implements InstrumentCatalog, ServerClock {

    @Inject @RestClient BybitRestClient client;
    @Inject BybitConfig bybit;
    @Inject ExchangeConfig config;

    @Override
    public List<Instrument> instruments() {
        List<Instrument> all = new ArrayList<>();
        String cursor = null;
        do {
            InstrumentDto.Page page = BybitFailures.result(client.instruments(bybit.category(), cursor, 1000));
            all.addAll(BybitDecoder.instruments(config.exchange().id(), page, Instant.now()));
            cursor = page.nextPageCursor() == null || page.nextPageCursor().isEmpty() ? null : page.nextPageCursor();
        } while (cursor != null);
        return all;
    }

    @Override
    public long serverTime() {
        var response = client.time();
        BybitFailures.result(response);
        return response.time();
    }
}
