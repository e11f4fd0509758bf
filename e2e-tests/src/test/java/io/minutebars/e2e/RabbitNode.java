package io.minutebars.e2e;

import io.minutebars.testsupport.ServiceProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A RabbitMQ node of the test's own, so the test may stop and start it: its own node name, AMQP and
 * distribution ports, data directory (a temp dir removed on {@link #close}), config (guest from loopback,
 * no plugins) and Erlang cookie (HOME is the temp dir). The machine's shared node is never touched. Its
 * log is kept under e2e-tests/target.
 */
final class RabbitNode implements AutoCloseable {
    final String node;
    final int port;
    private final int distPort;
    private final Path home;
    private final Path logs;
    private final String server;
    private final String ctl;
    private Process process;
    /** The start script's children (the Erlang VM): they outlive the script if it is killed. */
    private List<ProcessHandle> tree = List.of();
    private int starts;

    private RabbitNode(String node, int port, int distPort, Path home, Path logs, String server, String ctl) {
        this.node = node;
        this.port = port;
        this.distPort = distPort;
        this.home = home;
        this.logs = logs;
        this.server = server;
        this.ctl = ctl;
    }

    /** The node's scripts, or null when RabbitMQ is not installed. */
    static String[] scripts() {
        for (String dir : List.of("/usr/lib/rabbitmq/bin", "/usr/local/sbin", "/usr/sbin", "/opt/rabbitmq/sbin")) {
            if (Files.isExecutable(Path.of(dir, "rabbitmq-server")) && Files.isExecutable(Path.of(dir, "rabbitmqctl"))) {
                return new String[] {dir + "/rabbitmq-server", dir + "/rabbitmqctl"};
            }
        }
        return null;
    }

    /** Creates (does not start) a node named {@code chaos-<pid>@localhost} on free ports. */
    static RabbitNode create(Path logs) throws IOException {
        String[] scripts = scripts();
        if (scripts == null) {
            throw new IllegalStateException("rabbitmq-server and rabbitmqctl are needed (apt-get install rabbitmq-server)");
        }
        Path home = Files.createTempDirectory("minutebars-chaos-rabbit-");
        Files.createDirectories(logs);
        int port = ServiceProcess.freePort();
        int dist = ServiceProcess.freePort();
        while (dist == port) {
            dist = ServiceProcess.freePort();
        }
        Files.writeString(home.resolve("enabled_plugins"), "[].\n");
        Files.writeString(home.resolve("rabbitmq.conf"), "listeners.tcp.local = 127.0.0.1:" + port + "\n"
                + "loopback_users.guest = true\n"
                + "disk_free_limit.absolute = 50MB\n");
        Files.writeString(home.resolve("rabbitmq-env.conf"), "");
        return new RabbitNode("chaos-" + ProcessHandle.current().pid() + "@localhost", port, dist, home, logs,
                scripts[0], scripts[1]);
    }

    private Map<String, String> env() {
        Map<String, String> env = new HashMap<>();
        env.put("HOME", home.toString()); // the Erlang cookie of this node and of rabbitmqctl
        env.put("RABBITMQ_CONF_ENV_FILE", home.resolve("rabbitmq-env.conf").toString());
        env.put("RABBITMQ_NODENAME", node);
        env.put("RABBITMQ_NODE_IP_ADDRESS", "127.0.0.1");
        env.put("RABBITMQ_NODE_PORT", Integer.toString(port));
        env.put("RABBITMQ_DIST_PORT", Integer.toString(distPort));
        env.put("RABBITMQ_MNESIA_BASE", home.resolve("mnesia").toString());
        env.put("RABBITMQ_LOG_BASE", logs.toString());
        env.put("RABBITMQ_ENABLED_PLUGINS_FILE", home.resolve("enabled_plugins").toString());
        env.put("RABBITMQ_CONFIG_FILE", home.resolve("rabbitmq.conf").toString());
        env.put("ERL_EPMD_ADDRESS", "127.0.0.1");
        env.put("RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS", "-kernel inet_dist_use_interface {127,0,0,1}");
        return env;
    }

    /** Starts the node (same data directory every time) and waits until it accepts AMQP connections. */
    synchronized void start() throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(server).directory(home.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logs.resolve("rabbitmq-server.out").toFile()));
        pb.environment().putAll(env());
        process = pb.start();
        starts++;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("RabbitMQ node " + node + " exited at start: see " + logs);
            }
            if (ctl(Duration.ofSeconds(30), "await_startup", "--timeout", "20") == 0 && accepting()) {
                tree = process.descendants().toList();
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("RabbitMQ node " + node + " did not start within 90 s: see " + logs);
            }
            Thread.sleep(500);
        }
    }

    private boolean accepting() {
        try (java.net.Socket s = new java.net.Socket()) {
            s.connect(new java.net.InetSocketAddress("127.0.0.1", port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Stops the node the orderly way (rabbitmqctl stop), waiting for its processes to end. */
    synchronized void stop() throws InterruptedException {
        if (process == null) {
            return;
        }
        ctl(Duration.ofSeconds(60), "stop");
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            killTree();
        }
        killTree(); // the Erlang VM is a child of the start script
        process = null;
    }

    int starts() {
        return starts;
    }

    private int ctl(Duration timeout, String... args) throws InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(ctl, "-n", node));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(home.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logs.resolve("rabbitmqctl.out").toFile()));
        pb.environment().putAll(env());
        try {
            Process p = pb.start();
            if (!p.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return -1;
            }
            return p.exitValue();
        } catch (IOException e) {
            return -1;
        }
    }

    private void killTree() {
        Process p = process;
        if (p != null) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
        tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    /** Stops the node (killing it when it does not stop) and removes its data directory. */
    @Override
    public void close() {
        try {
            stop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            killTree();
        } catch (RuntimeException e) {
            killTree();
        }
        try (Stream<Path> files = Files.walk(home)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // best effort: a temp dir
        }
    }
}
