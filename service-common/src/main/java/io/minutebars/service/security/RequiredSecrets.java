package io.minutebars.service.security;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.eclipse.microprofile.config.Config;

/**
 * Stops start-up when a credential is missing, naming it, instead of letting a client library fall back to
 * its default (RabbitMQ's guest/guest) or fail at the first message.
 */
@ApplicationScoped
public class RequiredSecrets {

    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent ev, SecurityConfig security,
            Config config) {
        List<String> missing = new ArrayList<>();
        for (String name : security.requiredSecrets()) {
            try {
                if (config.getOptionalValue(name, String.class).filter(v -> !v.isBlank()).isEmpty()) {
                    missing.add(describe(name));
                }
            } catch (NoSuchElementException e) {
                missing.add(describe(name)); // an unresolved ${...} in its value
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("missing secret(s): " + String.join(", ", missing)
                    + "; set them in the environment (a Kubernetes Secret in deploy/k8s)");
        }
    }

    static String describe(String property) {
        return property + " (environment variable " + property.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_")
                + ")";
    }
}
