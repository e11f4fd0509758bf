package io.minutebars.nomics.capability;

import io.minutebars.core.capability.CandlePolling;
import io.minutebars.core.capability.KlineHistory;
import io.minutebars.core.config.ExchangeConfig;
import io.minutebars.core.stream.DecodeChecks;
import io.minutebars.model.Bar;
import io.minutebars.model.BarSource;
import io.minutebars.model.Minutes;
import io.minutebars.nomics.client.NomicsFailures;
import io.minutebars.nomics.client.NomicsRestClient;
import io.minutebars.nomics.config.NomicsConfig;
import io.minutebars.nomics.decoder.NomicsDecoder;
import io.minutebars.nomics.dto.NomicsCandleDto;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * A Nomics-compatible source has no stream: its live path polls {@code /v1/exchange-candles} (exchange-core's
 * KlinePoller), and backfills without trades use the same candles.
 */
@ApplicationScoped
public class NomicsCandles implements CandlePolling {
    /** Candles asked per call: one day of minutes. */
    private static final long CANDLE_WINDOW_MS = 1440 * Minutes.MINUTE_MS;

    @Inject @RestClient NomicsRestClient client;
    @Inject NomicsConfig nomics;
    @Inject ExchangeConfig config;

    @Override
    public List<Bar> klines(String nativeSymbol, String symbol, long start, long end) {
        return KlineHistory.inWindows(start, end, CANDLE_WINDOW_MS, (from, to) -> candles(config.exchange().id(),
                symbol, nativeSymbol, NomicsFailures.scrubbed(() -> client.candles(nomics.sourceExchange(),
                        nativeSymbol, "1m", Instant.ofEpochMilli(from).toString(), Instant.ofEpochMilli(to).toString())),
                end));
    }

    /**
     * A {@code /v1/exchange-candles} answer as KLINES bars of the minutes closed by {@code end}: a candle whose prices
     * are missing or out of order is a bad answer (GuardedCalls records it), not a bar the aggregator would refuse.
     */
    public static List<Bar> candles(String exchange, String symbol, String nativeSymbol, List<NomicsCandleDto> rows,
            long end) {
        return NomicsDecoder.candles(exchange, symbol, nativeSymbol, rows, end, BarSource.KLINES).stream()
                .map(bar -> DecodeChecks.kline(bar, null)).toList();
    }
}
