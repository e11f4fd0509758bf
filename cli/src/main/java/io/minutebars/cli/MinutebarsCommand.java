package io.minutebars.cli;

import io.quarkus.picocli.runtime.annotations.TopCommand;
import java.util.function.UnaryOperator;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code minutebars} command: operator work against the running services over their HTTP APIs. */
@TopCommand
@Command(name = "minutebars", mixinStandardHelpOptions = true, version = "minutebars 0.1.0",
        description = "Backfills, backfill jobs, bar exports and dead letters of a running minutebars deployment.",
        subcommands = {BackfillCommand.class, JobsCommand.class, BarsCommand.class, DlqCommand.class},
        footerHeading = "%nEnvironment:%n",
        footer = {"  MINUTEBARS_OPERATOR_KEY  the operator key (not an option: ps would show it);",
                "                           the local stack keeps it in .local/operator.key",
                "  MINUTEBARS_<SERVICE>_URL where a service listens (see each command's --help)",
                "%nExit codes:",
                "  0  ok",
                "  1  the service answered a problem (its detail is printed)",
                "  2  usage error",
                "  3  the service is unreachable",
                "  4  authentication or authorisation failed (401/403)"})
public class MinutebarsCommand {
    static final String KEY_ENV = "MINUTEBARS_OPERATOR_KEY";

    // the environment is injected so tests can hand the key over without touching the real one
    private final UnaryOperator<String> env;

    public MinutebarsCommand() {
        this(System::getenv);
    }

    public MinutebarsCommand(UnaryOperator<String> env) {
        this.env = env;
    }

    String operatorKey() {
        return env.apply(KEY_ENV);
    }

    /** The exit-code mapping, shared by the packaged CLI (CommandLineProducer) and the tests. */
    public static CommandLine configure(CommandLine commandLine) {
        return commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof CliFailure failure) {
                cmd.getErr().println("minutebars: " + failure.getMessage());
                cmd.getErr().flush();
                return failure.exitCode();
            }
            throw e;
        });
    }
}
