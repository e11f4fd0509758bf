package io.minutebars.binance.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;

/** A row of {@code GET /api/v3/trades} or {@code /api/v3/historicalTrades} (raw trades). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TradeDto(long id, BigDecimal price, BigDecimal qty, BigDecimal quoteQty, long time,
        boolean isBuyerMaker, boolean isBestMatch) {
}
