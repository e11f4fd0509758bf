package io.minutebars.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** What every command that calls a service shares: the service addresses, the client, stdout and stderr. */
public abstract class ServiceCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ServiceUrls urls;

    protected ServiceClient client() {
        return new ServiceClient(((MinutebarsCommand) spec.root().userObject()).operatorKey(), urls.timeout());
    }

    protected PrintWriter out() {
        return spec.commandLine().getOut();
    }

    protected PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
