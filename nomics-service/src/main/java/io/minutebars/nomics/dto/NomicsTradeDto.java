package io.minutebars.nomics.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;

/** A trade of {@code /v1/trades} (the Nomics exchange-integration shape): ids ascend, paged by {@code since}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NomicsTradeDto(String id, String timestamp, BigDecimal price, BigDecimal amount, String order,
        String type, String side) {
}
