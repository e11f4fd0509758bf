package io.minutebars.service.security;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The service's keys, built once from {@link SecurityConfig}. A service with operator endpoints does not
 * start without an operator key: a missing secret is a start-up error naming it, never an open door.
 */
@ApplicationScoped
public class KeyRing {
    private static final Logger LOG = Logger.getLogger(KeyRing.class);

    private final ApiKeys keys;
    private final boolean operatorKeysRequired;

    public KeyRing(SecurityConfig config) {
        List<String> operator = config.operatorKeys().orElse(List.of()).stream().filter(k -> !k.isBlank()).toList();
        List<String> read = config.readKeys().orElse(List.of()).stream().filter(k -> !k.isBlank()).toList();
        this.keys = new ApiKeys(operator, read);
        this.operatorKeysRequired = config.operatorKeysRequired();
        if (operatorKeysRequired && operator.isEmpty()) {
            throw new IllegalStateException("minutebars.security.operator-keys is not set (environment variable "
                    + "MINUTEBARS_SECURITY_OPERATOR_KEYS, at least " + ApiKeys.MIN_LENGTH + " characters): this "
                    + "service's operator endpoints need a key; generate one with: openssl rand -base64 32");
        }
    }

    /** Builds the ring at start-up, so a missing or weak key stops the service before it serves anything. */
    void onStart(@Observes StartupEvent ev) {
        LOG.infof("operator keys: %s; read keys: %s", keys.isEmpty() ? "none" : "configured",
                keys.hasReadKeys() ? "configured" : "none");
    }

    public ApiKeys keys() {
        return keys;
    }

    public boolean readKeyRequired() {
        return keys.hasReadKeys();
    }
}
