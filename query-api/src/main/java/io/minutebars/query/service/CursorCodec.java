package io.minutebars.query.service;

import io.minutebars.query.problem.QueryProblemException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The opaque form every paging cursor shares: base64url of {@code version|field|field...}. */
final class CursorCodec {
    private CursorCodec() {
    }

    static String encode(String... fields) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(String.join("|", fields).getBytes(StandardCharsets.US_ASCII));
    }

    /** The fields of a cursor issued with {@code version} and {@code count} fields (version included). */
    static String[] decode(String cursor, String version, int count) {
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(cursor.trim()), StandardCharsets.US_ASCII);
        } catch (IllegalArgumentException e) {
            throw bad(cursor, "it is not base64url");
        }
        String[] f = text.split("\\|", -1);
        if (f.length != count || !version.equals(f[0])) {
            throw bad(cursor, "it was not issued by this API");
        }
        return f;
    }

    static QueryProblemException bad(String cursor, String why) {
        return QueryProblemException.invalid("cursor", "cursor " + QueryProblemException.echo(cursor)
                + " is malformed: " + why + "; use the nextCursor of a previous response unchanged");
    }
}
