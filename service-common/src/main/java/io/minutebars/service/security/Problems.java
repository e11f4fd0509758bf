package io.minutebars.service.security;

import io.minutebars.model.Json;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/** RFC 9457 problem bodies, for the HTTP layer (challenges, denials) and for exception mappers alike. */
public final class Problems {
    public static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {
    }

    public static Map<String, Object> body(int status, String detail, String instance) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        Response.Status s = Response.Status.fromStatusCode(status);
        body.put("title", s != null ? s.getReasonPhrase() : "Error");
        body.put("status", status);
        body.put("detail", detail);
        if (instance != null) {
            body.put("instance", instance);
        }
        return body;
    }

    public static String json(int status, String detail, String instance) {
        return Json.write(body(status, detail, instance));
    }

    public static Response response(int status, String detail, String instance) {
        return Response.status(status).type(MEDIA_TYPE).entity(body(status, detail, instance)).build();
    }
}
