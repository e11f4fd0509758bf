package io.minutebars.query.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
