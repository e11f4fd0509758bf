package io.minutebars.bitmex.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** {@code GET /api/v1}: the API's name, version and the server's time in epoch ms. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BitmexApiInfoDto(String name, String version, Long timestamp) {
}
