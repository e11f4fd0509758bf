package io.minutebars.query.config;

import java.util.Optional;

/** The paging cursors ({@code query.cursor.*}). */
public interface CursorConfig {
    /**
     * HMAC-SHA256 key the cursors are signed with (QUERY_CURSOR_SECRET, at least 32 characters). A secret: no
     * default outside dev and test, listed in minutebars.security.required-secrets so that a missing one stops
     * start-up (optional here only so that the start-up error names it). Replicas behind one address share it.
     */
    Optional<String> secret();
}
