package io.minutebars.query.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.MongoExecutionTimeoutException;
import com.mongodb.MongoTimeoutException;
import io.minutebars.query.problem.Problem;
import io.minutebars.query.problem.QueryProblemException;
import io.minutebars.query.problem.StoredDataException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import org.junit.jupiter.api.Test;

class ProblemExceptionMapperTest {

    @Test
    void clientErrorsKeepTheirStatusDetailAndParameter() {
        Problem p = ProblemExceptionMapper.toProblem(QueryProblemException.invalid("limit", "limit 0 is out of range"),
                "/api/v1/bars?limit=0", "GET");
        assertEquals(new Problem("https://minutebars.io/problems/invalid-parameter", "Invalid request parameter", 400,
                "limit 0 is out of range", "/api/v1/bars?limit=0", "limit"), p);
    }

    @Test
    void frameworkErrorsBecomeProblems() {
        Problem nf = ProblemExceptionMapper.toProblem(new NotFoundException(), "/x", "GET");
        assertEquals(404, nf.status());
        assertEquals("https://minutebars.io/problems/not-found", nf.type());
        Problem na = ProblemExceptionMapper.toProblem(new NotAllowedException("GET"), "/api/v1/bars", "DELETE");
        assertEquals(405, na.status());
        assertTrue(na.detail().contains("DELETE"), na.detail());
    }

    @Test
    void serverFaultsRevealNoInternals() {
        Problem down = ProblemExceptionMapper.toProblem(new MongoTimeoutException("Timed out after 5000 ms while "
                + "waiting for a server at 10.0.0.7:27017"), "/api/v1/markets", "GET");
        assertEquals(503, down.status());
        assertFalse(down.detail().contains("10.0.0.7"), down.detail());
        Problem data = ProblemExceptionMapper.toProblem(new StoredDataException("bucket 42: close is Double"), "/b",
                "GET");
        assertEquals(500, data.status());
        assertFalse(data.detail().contains("Double"), data.detail());
        Problem bug = ProblemExceptionMapper.toProblem(new NullPointerException("secret.field"), "/b", "GET");
        assertEquals(500, bug.status());
        assertFalse(bug.detail().contains("secret"), bug.detail());
        assertTrue(bug.detail().contains("reference"), bug.detail());
        assertNull(bug.parameter());
    }

    @Test
    void overloadAndTimeBudgetAre503sWithRetryAfter() {
        QueryProblemException slow = QueryProblemException.overBudget(java.time.Duration.ofSeconds(2));
        Problem p = ProblemExceptionMapper.toProblem(slow, "/api/v1/stats", "GET");
        assertEquals(503, p.status());
        assertEquals("https://minutebars.io/problems/time-budget-exceeded", p.type());
        assertTrue(p.detail().contains("time budget of 2000 ms"), p.detail());
        assertEquals(1L, ProblemExceptionMapper.retryAfter(slow, 503));
        MongoExecutionTimeoutException read = new MongoExecutionTimeoutException(50, "operation exceeded time limit");
        assertEquals("https://minutebars.io/problems/time-budget-exceeded",
                ProblemExceptionMapper.toProblem(read, "/b", "GET").type());
        assertEquals(1L, ProblemExceptionMapper.retryAfter(read, 503));
        QueryProblemException busy = QueryProblemException.tooBusy(4, java.time.Duration.ofSeconds(1));
        assertEquals(503, ProblemExceptionMapper.toProblem(busy, "/b", "GET").status());
        assertEquals(1L, ProblemExceptionMapper.retryAfter(busy, 503));
        assertEquals(5L, ProblemExceptionMapper.retryAfter(new MongoTimeoutException("down"), 503));
        assertNull(ProblemExceptionMapper.retryAfter(QueryProblemException.invalid("x", "y"), 400));
    }
}
