package io.minutebars.service.problem;

/**
 * A service's own failures that are not {@link ProblemException}s (a driver's timeouts, a module's checked
 * inputs): a CDI bean implementing this tells the shared {@link ProblemMapper} which problem each one is.
 */
public interface ProblemTranslator {
    /** The problem for {@code failure}, or null when it is not of this translator's kinds. */
    ProblemException translate(Throwable failure);
}
