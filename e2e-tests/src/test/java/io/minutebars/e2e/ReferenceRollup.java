package io.minutebars.e2e;

import io.minutebars.model.Bar;
import io.minutebars.model.BarSource;
import io.minutebars.model.BarStatus;
import io.minutebars.model.Decimals;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The test's own rollup of truth minutes (written apart from the aggregator's, to check it). */
final class ReferenceRollup {
    private ReferenceRollup() {
    }

    static Bar of(String interval, List<Bar> minutes) {
        BigDecimal open = null, high = null, low = null, close = null;
        BigDecimal vol = BigDecimal.ZERO, quote = BigDecimal.ZERO, bv = BigDecimal.ZERO, bq = BigDecimal.ZERO;
        BigDecimal sv = BigDecimal.ZERO, sq = BigDecimal.ZERO;
        long trades = 0;
        String first = null, last = null;
        for (Bar m : minutes) {
            vol = vol.add(m.volume());
            quote = quote.add(m.quoteVolume());
            bv = bv.add(m.takerBuyVolume());
            bq = bq.add(m.takerBuyQuoteVolume());
            sv = sv.add(m.takerSellVolume());
            sq = sq.add(m.takerSellQuoteVolume());
            trades += m.trades();
            if (m.status() == BarStatus.EMPTY) {
                continue;
            }
            if (open == null) {
                open = m.open();
                first = m.firstTradeId();
            }
            close = m.close();
            last = m.lastTradeId();
            high = high == null ? m.high() : high.max(m.high());
            low = low == null ? m.low() : low.min(m.low());
        }
        Bar f = minutes.get(0);
        return new Bar(f.exchange(), f.symbol(), f.nativeSymbol(), interval, Instant.from(f.openTime()), null, open, high,
                low, close, vol, quote, trades, Decimals.vwap(quote, vol), bv, bq, sv, sq, first, last,
                open == null ? BarStatus.EMPTY : BarStatus.COMPLETE, 0, BarSource.DERIVED);
    }
}
