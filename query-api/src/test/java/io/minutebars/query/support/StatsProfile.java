package io.minutebars.query.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The statistics API tests use their own database, so their markets do not show up in the bars tests. */
public class StatsProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("query.database", "statsdb");
    }
}
