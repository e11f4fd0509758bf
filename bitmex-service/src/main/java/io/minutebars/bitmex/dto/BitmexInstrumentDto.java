package io.minutebars.bitmex.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;

/** The fields of {@code /instrument/active} the catalog needs; {@code typ} FFWCSX is a perpetual swap. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BitmexInstrumentDto(String symbol, String rootSymbol, String state, String typ, String underlying,
        String quoteCurrency, BigDecimal tickSize, BigDecimal lotSize, Boolean isInverse, Boolean isQuanto) {
}
