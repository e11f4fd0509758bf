package io.minutebars.service.boundary;

import io.minutebars.model.Decimals;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

/** Applies the configured decimal bounds before anything else starts reading input. */
@ApplicationScoped
public class DecimalBounds {
    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent ev, DecimalBoundsConfig config) {
        Decimals.configure(config.maxDigits(), config.maxExponent());
    }
}
