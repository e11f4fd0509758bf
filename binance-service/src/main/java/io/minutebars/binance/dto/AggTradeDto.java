package io.minutebars.binance.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/** A row of {@code GET /api/v3/aggTrades}: {@code m} = the buyer was the maker, i.e. the taker sold. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AggTradeDto(
        @JsonProperty("a") long aggId,
        @JsonProperty("p") BigDecimal price,
        @JsonProperty("q") BigDecimal qty,
        @JsonProperty("f") long firstId,
        @JsonProperty("l") long lastId,
        @JsonProperty("T") long time,
        @JsonProperty("m") boolean buyerMaker,
        @JsonProperty("M") boolean bestMatch) {
}
