package io.minutebars.cli;

import io.quarkus.picocli.runtime.PicocliCommandLineFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import picocli.CommandLine;

/** Gives Quarkus the command line with the CLI's exit-code mapping. */
@ApplicationScoped
public class CommandLineProducer {
    @Produces
    CommandLine commandLine(PicocliCommandLineFactory factory) {
        return MinutebarsCommand.configure(factory.create());
    }
}
