package io.minutebars.service.problem;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;

/**
 * RFC 9457 problem details, the one error body of every service ({@code application/problem+json}). Extension
 * members (query-api's {@code parameter}, say) follow the standard ones at the top level, as the RFC wants.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "title", "status", "detail", "instance"})
public record Problem(String type, String title, int status, String detail, String instance,
        @JsonIgnore Map<String, Object> members) {

    public static final String MEDIA_TYPE = "application/problem+json";
    /** Every service's problem types live under this URI (RFC 9457 section 3.1.1). */
    public static final String TYPE_BASE = "https://minutebars.io/problems/";

    public Problem {
        members = members == null ? Map.of() : Map.copyOf(members);
    }

    /** The extension members, written beside the standard ones. */
    @JsonAnyGetter
    public Map<String, Object> extensions() {
        return members;
    }

    /** An extension member, or null. */
    public Object member(String name) {
        return members.get(name);
    }
}
