package io.minutebars.binance.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** {@code GET /api/v3/time}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ServerTimeDto(long serverTime) {
}
