package io.minutebars.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.main.Launch;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainTest;
import org.junit.jupiter.api.Test;

/** The Quarkus wiring: the produced command line carries the exit-code mapping and the help lists the codes. */
@QuarkusMainTest
class PackagedCliTest {
    @Test
    @Launch(value = {"dlq", "list", "--aggregator-url", "http://127.0.0.1:9", "--timeout", "PT2S"}, exitCode = 3)
    void anUnreachableServiceExitsWithThree(LaunchResult result) {
        assertTrue(result.getErrorOutput().contains("cannot reach"), result.getErrorOutput());
    }

    @Test
    @Launch("--help")
    void theHelpDocumentsTheExitCodes(LaunchResult result) {
        assertTrue(result.getOutput().contains("3  the service is unreachable"), result.getOutput());
        assertTrue(result.getOutput().contains("MINUTEBARS_OPERATOR_KEY"), result.getOutput());
    }
}
