package io.minutebars.bitmex.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A realtime message: a table push ({@code table}, {@code action} partial/insert, {@code data}), the
 * welcome ({@code info}), or the answer to a request ({@code success}, {@code subscribe}, {@code error}).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BitmexTableDto(String table, String action, List<BitmexTradeDto> data, String info, Boolean success,
        String subscribe, String error, JsonNode request) {
}
