package io.minutebars.nomics.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A currency of {@code /v1/currencies/ticker}; numbers come as strings and are not needed here. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NomicsTickerDto(String id, String currency, String symbol, String name, String status,
        String price, @JsonProperty("price_timestamp") String priceTimestamp) {
}
