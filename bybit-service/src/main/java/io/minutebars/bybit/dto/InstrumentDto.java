package io.minutebars.bybit.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.util.List;

/** A row of {@code /v5/market/instruments-info}; spot states its lot as basePrecision, derivatives as qtyStep. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record InstrumentDto(String symbol, String baseCoin, String quoteCoin, String status, String contractType,
        PriceFilter priceFilter, LotSizeFilter lotSizeFilter) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PriceFilter(BigDecimal tickSize) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record LotSizeFilter(BigDecimal basePrecision, BigDecimal qtyStep) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Page(String category, List<InstrumentDto> list, String nextPageCursor) {
    }
}
