package io.minutebars.nomics.capability;

import io.minutebars.core.capability.TradeHistory;
import io.minutebars.core.engine.Trade;
import io.minutebars.core.stream.DecodeChecks;
import io.minutebars.core.stream.DecodeException;
import io.minutebars.nomics.client.NomicsFailures;
import io.minutebars.nomics.client.NomicsRestClient;
import io.minutebars.nomics.config.NomicsConfig;
import io.minutebars.nomics.decoder.NomicsDecoder;
import io.minutebars.nomics.dto.NomicsTradeDto;
import io.quarkus.arc.lookup.LookupIfProperty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The {@code /v1/trades} history of a Nomics-compatible source, paged by its id cursor (exact bars in backfills).
 * The ids are ordered but not consecutive. A paid plan at Nomics: with {@code nomics.trades-enabled=false} the
 * source has no trade history, and backfills use its candles.
 */
@LookupIfProperty(name = "nomics.trades-enabled", stringValue = "true", lookupIfMissing = true)
@ApplicationScoped
public class NomicsTrades implements TradeHistory.BySequence {
    @Inject @RestClient NomicsRestClient client;
    @Inject NomicsConfig nomics;

    @Override
    public boolean contiguous() {
        return false;
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
}
