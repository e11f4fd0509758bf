package io.minutebars.nomics.capability;

import io.minutebars.core.capability.InstrumentCatalog;
import io.minutebars.core.capability.ServerClock;
import io.minutebars.core.config.ExchangeConfig;
import io.minutebars.core.stream.DecodeException;
import io.minutebars.model.Instrument;
import io.minutebars.nomics.client.NomicsFailures;
import io.minutebars.nomics.client.NomicsRestClient;
import io.minutebars.nomics.config.NomicsConfig;
import io.minutebars.nomics.decoder.NomicsDecoder;
import io.minutebars.nomics.dto.NomicsTickerDto;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The markets of a Nomics-compatible source: every ticker currency paired with the configured quotes; its clock is
 * the HTTP {@code Date} header. Every call's failure is scrubbed of the API key.
 */
@ApplicationScoped
public class NomicsCatalog implements InstrumentCatalog, ServerClock {
    private static final int TICKER_PAGE = 100;

    @Inject @RestClient NomicsRestClient client;
    @Inject NomicsConfig nomics;
    @Inject ExchangeConfig config;

    @Override
    public List<Instrument> instruments() {
        List<NomicsTickerDto> all = new ArrayList<>();
        for (int page = 1;; page++) {
            int p = page;
            List<NomicsTickerDto> rows = NomicsFailures.scrubbed(
                    () -> client.ticker(null, "1d", TICKER_PAGE, p).getEntity());
            if (rows == null) {
                throw new DecodeException("ticker answer without currencies", null);
            }
            all.addAll(rows);
            if (rows.size() < TICKER_PAGE) {
                return NomicsDecoder.instruments(config.exchange().id(), all, nomics.quotes(), nomics.marketFormat(),
                        Instant.now());
            }
        }
    }

    /** The source's HTTP {@code Date} header (second precision is plenty for minute candles). */
    @Override
    public long serverTime() {
        String date = NomicsFailures.scrubbed(() -> client.ticker("BTC", "1d", 1, 1).getHeaderString("Date"));
        if (date == null) {
            throw new IllegalStateException("the Nomics source sent no Date header");
        }
        return ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant().toEpochMilli();
    }
}
