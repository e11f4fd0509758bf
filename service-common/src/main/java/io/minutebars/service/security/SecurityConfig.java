package io.minutebars.service.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;

/** Who may do what: keys come from the environment or a Kubernetes Secret, never from the repository. */
@ConfigMapping(prefix = "minutebars.security")
public interface SecurityConfig {
    /**
     * Keys that may start work or change state (backfill, reconnect, import) and read the ledger
     * ({@code MINUTEBARS_SECURITY_OPERATOR_KEYS}, comma-separated so a key can be rotated). At least 16
     * characters each.
     */
    Optional<List<String>> operatorKeys();

    /** A service with operator endpoints refuses to start without an operator key. */
    @WithDefault("true")
    boolean operatorKeysRequired();

    /**
     * Keys that may read ({@code MINUTEBARS_SECURITY_READ_KEYS}); when any is set, the read API answers only
     * requests carrying a read or operator key. None: the read API is open (rate-limited per client).
     */
    Optional<List<String>> readKeys();

    /**
     * Properties that hold credentials: each must be set (from the environment or a Secret) or the service
     * does not start. Only the dev and test profiles give them defaults.
     */
    @WithDefault("rabbitmq-username,rabbitmq-password")
    List<String> requiredSecrets();
}
