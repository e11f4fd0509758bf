package io.minutebars.binance.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.util.List;

/** {@code GET /api/v3/exchangeInfo}, only the parts the catalog and the rate-limit budget need. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ExchangeInfoDto(String timezone, long serverTime, List<RateLimit> rateLimits, List<SymbolInfo> symbols) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RateLimit(String rateLimitType, String interval, int intervalNum, int limit) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SymbolInfo(String symbol, String status, String baseAsset, String quoteAsset,
            Boolean isSpotTradingAllowed, List<Filter> filters) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Filter(String filterType, BigDecimal tickSize, BigDecimal stepSize) {
    }
}
