package io.minutebars.aggregator.resource;

import io.minutebars.service.problem.BadArgumentTranslator;
import jakarta.inject.Singleton;

/** The operator API checks its inputs with IllegalArgumentException: a 400 with the message (service-common's ProblemMapper). */
@Singleton
public class AggregatorProblemTranslator extends BadArgumentTranslator {
}
