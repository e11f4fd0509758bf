package io.minutebars.query.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.MongoExecutionTimeoutException;
import com.mongodb.MongoTimeoutException;
import io.minutebars.query.problem.QueryProblemException;
import io.minutebars.query.problem.StorageProblemTranslator;
import io.minutebars.store.StoredDataException;
import io.minutebars.service.problem.Problem;
import io.minutebars.service.problem.ProblemMapper;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** query-api's failures through service-common's ProblemMapper with the storage translator. */
class ProblemMappingTest {
    static final ProblemMapper MAPPER = new ProblemMapper(List.of(new StorageProblemTranslator()));

    static Problem toProblem(Throwable failure, String instance, String method) {
        return MAPPER.problem(failure, method).toProblem(instance);
    }

    static Long retryAfter(Throwable failure) {
        String s = MAPPER.problem(failure, "GET").headers().get("Retry-After");
        return s == null ? null : Long.valueOf(s);
    }

    @Test
    void clientErrorsKeepTheirStatusDetailAndParameter() {
        Problem p = toProblem(QueryProblemException.invalid("limit", "limit 0 is out of range"),
                "/api/v1/bars?limit=0", "GET");
        assertEquals(new Problem("https://minutebars.io/problems/invalid-parameter", "Invalid request parameter", 400,
                "limit 0 is out of range", "/api/v1/bars?limit=0", Map.of("parameter", "limit")), p);
    }

    @Test
    void frameworkErrorsBecomeProblems() {
        Problem nf = toProblem(new NotFoundException(), "/x", "GET");
        assertEquals(404, nf.status());
        assertEquals("https://minutebars.io/problems/not-found", nf.type());
        Problem na = toProblem(new NotAllowedException("GET"), "/api/v1/bars", "DELETE");
        assertEquals(405, na.status());
        assertTrue(na.detail().contains("DELETE"), na.detail());
    }

    @Test
    void serverFaultsRevealNoInternals() {
        Problem down = toProblem(new MongoTimeoutException("Timed out after 5000 ms while "
                + "waiting for a server at 10.0.0.7:27017"), "/api/v1/markets", "GET");
        assertEquals(503, down.status());
        assertFalse(down.detail().contains("10.0.0.7"), down.detail());
        Problem data = toProblem(new StoredDataException("bucket 42: close is Double"), "/b", "GET");
        assertEquals(500, data.status());
        assertFalse(data.detail().contains("Double"), data.detail());
        Problem bug = toProblem(new NullPointerException("secret.field"), "/b", "GET");
        assertEquals(500, bug.status());
        assertFalse(bug.detail().contains("secret"), bug.detail());
        assertTrue(bug.detail().contains("reference"), bug.detail());
        assertNull(bug.member("parameter"));
    }

    @Test
    void overloadAndTimeBudgetAre503sWithRetryAfter() {
        QueryProblemException slow = QueryProblemException.overBudget(java.time.Duration.ofSeconds(2));
        Problem p = toProblem(slow, "/api/v1/stats", "GET");
        assertEquals(503, p.status());
        assertEquals("https://minutebars.io/problems/time-budget-exceeded", p.type());
        assertTrue(p.detail().contains("time budget of 2000 ms"), p.detail());
        assertEquals(1L, retryAfter(slow));
        MongoExecutionTimeoutException read = new MongoExecutionTimeoutException(50, "operation exceeded time limit");
        assertEquals("https://minutebars.io/problems/time-budget-exceeded", toProblem(read, "/b", "GET").type());
        assertEquals(1L, retryAfter(read));
        QueryProblemException busy = QueryProblemException.tooBusy(4, java.time.Duration.ofSeconds(1));
        assertEquals(503, toProblem(busy, "/b", "GET").status());
        assertEquals(1L, retryAfter(busy));
        assertEquals(5L, retryAfter(new MongoTimeoutException("down")));
        assertNull(retryAfter(QueryProblemException.invalid("x", "y")));
    }
}
