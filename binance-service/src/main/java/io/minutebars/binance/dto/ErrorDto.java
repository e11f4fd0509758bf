package io.minutebars.binance.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Binance's error body: {@code {"code":-1121,"msg":"Invalid symbol."}}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ErrorDto(Integer code, String msg) {
}
