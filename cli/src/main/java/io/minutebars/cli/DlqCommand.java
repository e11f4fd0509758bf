package io.minutebars.cli;

import picocli.CommandLine.Command;

/** The aggregator's dead-letter queues ({@code /api/v1/dead-letters}); operator key required. */
@Command(name = "dlq", mixinStandardHelpOptions = true, description = "The aggregator's dead-letter queues.",
        subcommands = {DlqListCommand.class, DlqReplayCommand.class})
public class DlqCommand {
    static final String PATH = "/api/v1/dead-letters";
}
