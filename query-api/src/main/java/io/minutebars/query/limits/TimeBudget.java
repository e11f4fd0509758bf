package io.minutebars.query.limits;

import io.minutebars.query.config.QueryConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/** Starts each request's {@link Deadline} from {@code query.time-budget}. */
@ApplicationScoped
public class TimeBudget {
    private final Duration budget;

    public TimeBudget(QueryConfig config) {
        this.budget = config.timeBudget();
    }

    public Deadline start() {
        return Deadline.after(budget);
    }

    public Duration budget() {
        return budget;
    }
}
