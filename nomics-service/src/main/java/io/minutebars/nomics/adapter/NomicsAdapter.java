package io.minutebars.nomics.adapter;

import io.minutebars.core.engine.Trade;
import io.minutebars.core.stream.DecodeChecks;
import io.minutebars.core.stream.DecodeException;
import io.minutebars.core.stream.ExchangeAdapter;
import io.minutebars.model.Bar;
import io.minutebars.model.BarSource;
import io.minutebars.model.Instrument;
import io.minutebars.model.Minutes;
import io.minutebars.nomics.client.NomicsFailures;
import io.minutebars.nomics.client.NomicsRestClient;
import io.minutebars.nomics.config.NomicsConfig;
import io.minutebars.nomics.decoder.NomicsDecoder;
import io.minutebars.nomics.dto.NomicsCandleDto;
import io.minutebars.nomics.dto.NomicsTickerDto;
import io.minutebars.nomics.dto.NomicsTradeDto;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * A Nomics-compatible source through the shared runtime. It has no stream: the live path is exchange-core's
 * KlinePoller over {@code /v1/exchange-candles}; backfills page {@code /v1/trades} by its id cursor
 * (exact bars) or, with trades disabled, use candles. Every call's failure is scrubbed of the API key.
 */
@ApplicationScoped
public class NomicsAdapter implements ExchangeAdapter {
    private static final int TICKER_PAGE = 100;
    /** Candles asked per call: one day of minutes. */
    private static final long CANDLE_WINDOW_MS = 1440 * Minutes.MINUTE_MS;

    @Inject @RestClient NomicsRestClient client;
    @Inject NomicsConfig nomics;

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
                return NomicsDecoder.instruments(exchangeId(), all, nomics.quotes(), nomics.marketFormat(), Instant.now());
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

    @Override
    public History history() {
        return nomics.tradesEnabled() ? History.SEQUENCE : History.RECENT;
    }

    @Override
    public List<Trade> tradesFromSeq(String nativeSymbol, long fromSeq, int limit) {
        String since = fromSeq > 0 ? Long.toString(fromSeq - 1) : null;
        return page(nativeSymbol, since, limit);
    }

    /** The trades API has no time filter: the cursor is walked from the oldest trade the source keeps. */
    @Override
    public List<Trade> tradesFromTime(String nativeSymbol, long startTime, int limit) {
        List<Trade> out = new ArrayList<>();
        String since = null;
        while (out.size() < limit) {
            List<Trade> page = page(nativeSymbol, since, limit);
            page.stream().filter(t -> t.time() >= startTime).limit(limit - out.size()).forEach(out::add);
            if (page.size() < limit) {
                break;
            }
            since = page.get(page.size() - 1).idText();
        }
        return out;
    }

    private List<Trade> page(String market, String since, int limit) {
        return trades(market, NomicsFailures.scrubbed(() -> client.trades(nomics.sourceExchange(), market, since, limit)));
    }

    /** A {@code /v1/trades} answer as trades, each a valid one (a bad row refuses the answer: GuardedCalls records it). */
    public static List<Trade> trades(String market, List<NomicsTradeDto> rows) {
        if (rows == null) {
            throw new DecodeException("trades answer without trades", null);
        }
        return rows.stream().map(r -> DecodeChecks.trade(NomicsDecoder.trade(market, r), null)).toList();
    }

    @Override
    public List<Bar> klines(String nativeSymbol, String symbol, long start, long end) {
        List<Bar> out = new ArrayList<>();
        for (long from = start; from < end; from += CANDLE_WINDOW_MS) {
            String a = Instant.ofEpochMilli(from).toString();
            String b = Instant.ofEpochMilli(Math.min(end, from + CANDLE_WINDOW_MS)).toString();
            out.addAll(candles(exchangeId(), symbol, nativeSymbol, NomicsFailures.scrubbed(
                    () -> client.candles(nomics.sourceExchange(), nativeSymbol, "1m", a, b)), end));
        }
        return out;
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

    @Override
    public URI streamUri(String wsBase, List<String> nativeSymbols) {
        throw new UnsupportedOperationException("a Nomics source has no stream: it is polled (minutebars.polling)");
    }

    @Override
    public List<String> subscribeMessages(List<String> nativeSymbols) {
        return List.of();
    }

    @Override
    public void decode(String frame, Consumer<Trade> out) {
        throw new UnsupportedOperationException("a Nomics source has no stream");
    }
}
