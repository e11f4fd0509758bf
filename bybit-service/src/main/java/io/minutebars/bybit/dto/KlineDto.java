package io.minutebars.bybit.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** {@code /v5/market/kline}: rows of 7 strings (start, open, high, low, close, volume, turnover), newest first. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record KlineDto(String symbol, String category, List<List<String>> list) {
}
