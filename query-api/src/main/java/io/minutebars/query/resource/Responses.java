package io.minutebars.query.resource;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** A JSON page with the {@code Link: <...>; rel="next"} header when a next page exists. */
final class Responses {
    private Responses() {
    }

    static Response page(Object body, String nextCursor, UriInfo uri, String path) {
        Response.ResponseBuilder ok = Response.ok(body, MediaType.APPLICATION_JSON_TYPE);
        if (nextCursor != null) {
            String next = uri.getBaseUriBuilder().path(path).queryParam("cursor", nextCursor).build().toString();
            ok.header("Link", "<" + next + ">; rel=\"next\"");
        }
        return ok.build();
    }
}
