package io.minutebars.nomics.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;

/** An exchange candle: {@code timestamp} (RFC 3339) opens the interval; prices in quote, volume in base. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NomicsCandleDto(String timestamp, BigDecimal open, BigDecimal high, BigDecimal low, BigDecimal close,
        BigDecimal volume) {
}
