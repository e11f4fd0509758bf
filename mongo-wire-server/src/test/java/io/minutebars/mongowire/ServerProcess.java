package io.minutebars.mongowire;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The server as its own JVM (this test run's classpath), so a test can kill it the hard way. */
final class ServerProcess implements AutoCloseable {
    final int port;
    final Path log;
    private final Process process;

    private ServerProcess(int port, Path log, Process process) {
        this.port = port;
        this.log = log;
        this.process = process;
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** Starts the server on {@code file} and waits until it serves. */
    static ServerProcess start(Path file, int port, String durability, Path log) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), MongoWireServer.class.getName(),
                "--port", Integer.toString(port), "--file", file.toString(), "--durability", durability));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        ServerProcess s = new ServerProcess(port, log, p);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!s.ready()) {
            if (!p.isAlive() || System.nanoTime() > deadline) {
                p.destroyForcibly().waitFor();
                throw new AssertionError("mongo-wire-server did not start:\n" + Files.readString(log));
            }
            Thread.sleep(50);
        }
        return s;
    }

    private boolean ready() throws IOException {
        return Files.exists(log) && Files.readString(log).contains("ready on 127.0.0.1:" + port);
    }

    /** {@code kill -9}: no shutdown hook runs, nothing is flushed. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("mongo-wire-server survived SIGKILL");
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            kill();
        }
    }
}
