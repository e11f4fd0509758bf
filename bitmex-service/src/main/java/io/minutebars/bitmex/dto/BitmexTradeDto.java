package io.minutebars.bitmex.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;

/**
 * A BitMEX trade (REST {@code /trade} row and WebSocket {@code trade} table row). {@code size} counts
 * contracts, whose meaning depends on the instrument (inverse, quanto): base and quote volume come from
 * {@code homeNotional} and {@code foreignNotional}. Index symbols post rows with size 0 and no notionals.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BitmexTradeDto(String timestamp, String symbol, String side, Long size, BigDecimal price,
        String tickDirection, String trdMatchID, BigDecimal homeNotional, BigDecimal foreignNotional,
        String trdType) {
}
