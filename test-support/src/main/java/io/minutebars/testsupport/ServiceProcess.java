package io.minutebars.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * A built service started as its own JVM process, its output in a log file: what query-api's pipeline test and the
 * end-to-end tests run. The JVM is kept small (-Xmx256m, C1 only) so a whole suite fits on a 2-core machine.
 */
public final class ServiceProcess implements AutoCloseable {
    public final String name;
    public final int port;
    public final Path log;
    private final Process process;

    private ServiceProcess(String name, int port, Path log, Process process) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.process = process;
    }

    /** The repository's root: the system property {@code repo.dir}, else the module's parent directory. */
    public static Path repo() {
        return Path.of(System.getProperty("repo.dir", "..")).toAbsolutePath().normalize();
    }

    public static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The packaged Quarkus application of a module of this repository. */
    public static Path quarkusApp(String module) {
        return repo().resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }

    /** Starts {@code java <props> -jar <jar> <args>}, its log in e2e-tests/target/e2e-logs; props become -D options. */
    public static ServiceProcess start(String name, Path jar, int port, Map<String, String> props, List<String> args)
            throws IOException {
        return start(name, jar, port, props, args, repo().resolve("e2e-tests/target/e2e-logs"), false);
    }

    /**
     * Starts {@code java <props> -jar <jar> <args>} with its output in {@code logs/<name>.log}, appended to
     * what an earlier run of the same process wrote when {@code append} (a restart).
     */
    public static ServiceProcess start(String name, Path jar, int port, Map<String, String> props, List<String> args,
            Path logs, boolean append) throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build the project first (./mvnw package)");
        }
        Files.createDirectories(logs);
        Path log = logs.resolve(name + ".log");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms64m", "-Xmx256m", "-XX:TieredStopAtLevel=1"));
        props.forEach((k, v) -> cmd.add("-D" + k + "=" + v));
        cmd.add("-jar");
        cmd.add(jar.toString());
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(append ? ProcessBuilder.Redirect.appendTo(log.toFile())
                        : ProcessBuilder.Redirect.to(log.toFile()));
        return new ServiceProcess(name, port, log, pb.start());
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    public boolean alive() {
        return process.isAlive();
    }

    /** Everything the process wrote so far. */
    public String logText() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** {@code kill -9}: no shutdown hook runs. Returns once the process is gone. */
    public void kill() {
        process.destroyForcibly();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException(name + " survived SIGKILL");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public long pid() {
        return process.pid();
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    /** Waits until the service answers 200 on /q/health/ready, failing fast when it or a watched process dies. */
    public void awaitReady(Duration timeout, ServiceProcess... watched) throws InterruptedException {
        ServiceProcess[] all = new ServiceProcess[watched.length + 1];
        all[0] = this;
        System.arraycopy(watched, 0, all, 1, watched.length);
        waitUntil(name + " readiness", timeout, () -> status(url("/q/health/ready")) == 200, all);
    }

    /** The HTTP status of a GET, or -1 when nothing answers. */
    public static int status(String url) {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
            c.setConnectTimeout(2000);
            c.setReadTimeout(10_000);
            try {
                return c.getResponseCode();
            } finally {
                c.disconnect();
            }
        } catch (IOException e) {
            return -1;
        }
    }

    /** Polls {@code ready} every 250 ms; an AssertionError with the logs' tails when a watched process dies or time is up. */
    public static void waitUntil(String what, Duration timeout, BooleanSupplier ready, ServiceProcess... watched)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!ready.getAsBoolean()) {
            for (ServiceProcess p : watched) {
                if (!p.alive()) {
                    throw new AssertionError(p.name + " died while waiting for " + what + ":\n" + p.logTail());
                }
            }
            if (System.nanoTime() > deadline) {
                StringBuilder sb = new StringBuilder("timed out waiting for " + what);
                for (ServiceProcess p : watched) {
                    sb.append("\n--- ").append(p.name).append(" ---\n").append(p.logTail());
                }
                throw new AssertionError(sb.toString());
            }
            Thread.sleep(250);
        }
    }
}
