package io.minutebars.bybit.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.util.List;

/** A row of {@code /v5/market/recent-trade}: {@code side} is the taker's, {@code time} a string of ms. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RecentTradeDto(String execId, String symbol, BigDecimal price, BigDecimal size, String side, String time,
        boolean isBlockTrade) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Page(String category, List<RecentTradeDto> list) {
    }
}
