package io.minutebars.query.resource;

import io.minutebars.query.problem.QueryProblemException;
import io.minutebars.service.problem.ProblemMapper;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A parameter outside its Bean Validation bounds is the same 400 problem as any invalid parameter, naming it:
 * "limit 0 is out of range; give 1..10000". Quarkus's own mapper of validation failures answers another shape.
 */
public class ParamViolationMapper {

    @ServerExceptionMapper
    public Response map(ConstraintViolationException e, HttpServerRequest request) {
        // the first by parameter name, so that the answer does not depend on the validator's order
        ConstraintViolation<?> v = e.getConstraintViolations().stream()
                .min(Comparator.comparing(ParamViolationMapper::name)).orElseThrow(() -> e);
        String name = name(v);
        return ProblemMapper.respond(QueryProblemException.invalid(name, name + " " + v.getInvalidValue() + " "
                + v.getMessage()), request);
    }

    private static String name(ConstraintViolation<?> v) {
        String name = null;
        for (Path.Node node : v.getPropertyPath()) {
            name = node.getName();
        }
        return name;
    }
}
