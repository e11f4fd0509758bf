package io.minutebars.bitmex.capability;

import io.minutebars.bitmex.client.BitmexRestClient;
import io.minutebars.bitmex.decoder.BitmexDecoder;
import io.minutebars.bitmex.dto.BitmexTradeDto;
import io.minutebars.core.capability.TradeHistory;
import io.minutebars.core.engine.Trade;
import io.minutebars.core.stream.DecodeException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * BitMEX's trade history. Trade ids are GUIDs, so it is paged by time (startTime is inclusive; the overlap is
 * dropped by id downstream); volumes come from the notionals, not contracts.
 */
@ApplicationScoped
public class BitmexTrades implements TradeHistory.ByTime {
    /** BitMEX's cap of rows per REST call. */
    static final int MAX_COUNT = 1000;
    /** Pages of one millisecond read at most: a hundred thousand trades in a millisecond is not an answer. */
    static final int MAX_MILLISECOND_PAGES = 100;

    @Inject @RestClient BitmexRestClient client;

    /**
     * Trades from {@code startTime} on. When a full page is one millisecond, the rest of that millisecond
     * is fetched by row offset, so the runtime can step past it without losing trades.
     */
    @Override
    public List<Trade> tradesFromTime(String nativeSymbol, long startTime, int limit) {
        int count = Math.min(Math.max(1, limit), MAX_COUNT);
        String from = Instant.ofEpochMilli(startTime).toString();
        List<BitmexTradeDto> rows = new ArrayList<>(page(client.trades(nativeSymbol, from, null, null, count, false)));
        if (rows.size() == count && sameMillisecond(rows.get(0), rows.get(count - 1))) {
            String ms = rows.get(0).timestamp();
            List<BitmexTradeDto> more;
            int pages = 0;
            do {
                if (++pages > MAX_MILLISECOND_PAGES) {
                    throw new DecodeException("more than " + MAX_MILLISECOND_PAGES * MAX_COUNT + " trades stamped " + ms,
                            null);
                }
                more = page(client.trades(nativeSymbol, ms, ms, rows.size(), MAX_COUNT, false));
                rows.addAll(more);
            } while (more.size() == MAX_COUNT);
        }
        return BitmexDecoder.trades(rows);
    }

    private static List<BitmexTradeDto> page(List<BitmexTradeDto> rows) {
        if (rows == null) {
            throw new DecodeException("trade answer without rows", null);
        }
        return rows;
    }

    private static boolean sameMillisecond(BitmexTradeDto a, BitmexTradeDto b) {
        return a != null && b != null && a.timestamp() != null && a.timestamp().equals(b.timestamp());
    }
}
