package io.minutebars.bybit.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The v5 envelope: errors come with HTTP 200 and {@code retCode != 0}; {@code time} is the server's ms. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BybitResponse<T>(int retCode, String retMsg, T result, long time) {
}
