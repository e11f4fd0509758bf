package io.minutebars.query.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Read keys configured, small rate limits and one statistics request at a time: the limits of the public API. */
public class LimitsProfile implements QuarkusTestProfile {
    public static final String READER = "reader-key-0123456789abcdef";
    public static final String LIMITED = "limited-key-0123456789abcdef";
    public static final String OPERATOR = "operator-key-0123456789abcdef";
    public static final int BURST = 5;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("query.database", "limitsdb",
                "minutebars.security.read-keys", READER + "," + LIMITED,
                "minutebars.security.operator-keys", OPERATOR,
                "query.rate-limit.capacity", Integer.toString(BURST),
                "query.rate-limit.refill-per-second", "1",
                "query.rate-limit.keyed-capacity", Integer.toString(BURST),
                "query.rate-limit.keyed-refill-per-second", "1",
                "query.concurrency.max-expensive", "1");
    }
}
