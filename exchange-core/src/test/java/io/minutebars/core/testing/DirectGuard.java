package io.minutebars.core.testing;

import io.smallrye.faulttolerance.api.Guard;
import jakarta.enterprise.util.TypeLiteral;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/** A guard that calls once: for plain unit tests, where Fault Tolerance (it needs CDI) has no implementation. */
public final class DirectGuard implements Guard {
    @Override
    public <T> T call(Callable<T> action, Class<T> type) throws Exception {
        return action.call();
    }

    @Override
    public <T> T call(Callable<T> action, TypeLiteral<T> type) throws Exception {
        return action.call();
    }

    @Override
    public <T> T get(Supplier<T> action, Class<T> type) {
        return action.get();
    }

    @Override
    public <T> T get(Supplier<T> action, TypeLiteral<T> type) {
        return action.get();
    }
}
