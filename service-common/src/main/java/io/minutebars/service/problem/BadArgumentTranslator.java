package io.minutebars.service.problem;

/**
 * For services whose input checks throw {@link IllegalArgumentException} with a client-facing message: a 400 with
 * that message. Not a bean by itself (elsewhere such an exception is a fault): a service opts in by a bean
 * extending it.
 */
public class BadArgumentTranslator implements ProblemTranslator {
    @Override
    public ProblemException translate(Throwable failure) {
        return failure instanceof IllegalArgumentException ? ProblemException.ofStatus(400, failure.getMessage()) : null;
    }
}
