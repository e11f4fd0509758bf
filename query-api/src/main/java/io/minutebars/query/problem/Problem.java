package io.minutebars.query.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 9457 problem details, served as {@code application/problem+json}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(
        @Schema(description = "URI identifying the kind of problem",
                examples = "https://minutebars.io/problems/invalid-parameter") String type,
        @Schema(description = "Short summary of the kind of problem", examples = "Invalid request parameter") String title,
        @Schema(description = "HTTP status code", examples = "400") int status,
        @Schema(description = "What exactly was wrong with this request",
                examples = "start must be before end (start=2024-01-02T00:00:00Z, end=2024-01-01T00:00:00Z)") String detail,
        @Schema(description = "The request this problem occurred on",
                examples = "/api/v1/bars?exchange=binance&symbol=BTC-USDT") String instance,
        @Schema(description = "The request parameter at fault, when there is one", examples = "start") String parameter) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://minutebars.io/problems/";
}
