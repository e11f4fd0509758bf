package io.minutebars.query.service;

import io.minutebars.query.problem.QueryProblemException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The opaque form every paging cursor shares: {@code base64url(version|field|...)} "." {@code base64url(HMAC-SHA256)}
 * of those bytes, keyed with {@code query.cursor.secret}. Only cursors this API issued pass: a forged, truncated,
 * foreign (another secret) or unsigned one is a 400 before any field is read. The signature is compared in
 * constant time. Replicas with the same secret accept each other's cursors.
 */
public final class CursorCodec {
    /** A shorter secret could be guessed offline from one cursor. */
    public static final int MIN_SECRET_LENGTH = 32;
    /** Far longer than any cursor this API issues: refused before decoding anything. */
    static final int MAX_LENGTH = 1024;
    private static final String ALGORITHM = "HmacSHA256";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final SecretKeySpec key;

    public CursorCodec(String secret) {
        if (secret == null || secret.trim().length() < MIN_SECRET_LENGTH) {
            throw new IllegalArgumentException("query.cursor.secret (environment variable QUERY_CURSOR_SECRET) "
                    + "needs at least " + MIN_SECRET_LENGTH + " characters; generate one with: openssl rand -base64 32");
        }
        this.key = new SecretKeySpec(secret.trim().getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    public String encode(String... fields) {
        byte[] payload = String.join("|", fields).getBytes(StandardCharsets.US_ASCII);
        return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(mac(payload));
    }

    /** The fields of a cursor issued with {@code version} and {@code count} fields (version included). */
    public String[] decode(String cursor, String version, int count) {
        String c = cursor.trim();
        if (c.length() > MAX_LENGTH) {
            throw bad(cursor, "it is too long");
        }
        int dot = c.indexOf('.');
        if (dot < 0) {
            throw bad(cursor, "it is not signed");
        }
        byte[] payload;
        byte[] signature;
        try {
            payload = Base64.getUrlDecoder().decode(c.substring(0, dot));
            signature = Base64.getUrlDecoder().decode(c.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            throw bad(cursor, "it is not base64url");
        }
        if (!MessageDigest.isEqual(mac(payload), signature)) {
            throw bad(cursor, "its signature does not match (it was not issued by this API, or it was changed or cut)");
        }
        String[] f = new String(payload, StandardCharsets.US_ASCII).split("\\|", -1);
        if (f.length != count || !version.equals(f[0])) {
            throw bad(cursor, "it was not issued by this version of the API");
        }
        return f;
    }

    private byte[] mac(byte[] payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM); // not thread-safe: one per call (a few microseconds)
            mac.init(key);
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    static QueryProblemException bad(String cursor, String why) {
        return QueryProblemException.invalid("cursor", "cursor " + QueryProblemException.echo(cursor)
                + " is not valid: " + why + "; use the nextCursor of a previous response unchanged");
    }
}
