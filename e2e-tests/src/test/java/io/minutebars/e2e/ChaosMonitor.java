package io.minutebars.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.minutebars.model.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Samples, once a wall second while the chaos runs, what each exchange service would restart from: the
 * bars it published but the broker has not confirmed ({@code pendingBars}) and how far its checkpoint
 * file lags the simulated clock. A checkpoint far behind means a kill replays (or, where history is only
 * recent, repairs from klines) that much.
 */
final class ChaosMonitor implements AutoCloseable {
    record Sample(long wallMs, String service, long pending, long lagMinutes) {
    }

    private final ChaosRig rig;
    private final List<Sample> samples = new ArrayList<>();
    private final Thread thread;
    private final long t0 = System.nanoTime();
    private volatile boolean stop;

    ChaosMonitor(ChaosRig rig) {
        this.rig = rig;
        this.thread = new Thread(this::loop, "chaos-monitor");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        while (!stop) {
            try {
                long now = rig.simNow();
                for (Venue v : ChaosRig.VENUES) {
                    ChaosRig.Role r = rig.exchange(v);
                    long pending = -1;
                    if (r.alive() && Http.status(r.url("/api/v1/streams")) == 200) {
                        JsonNode s = Http.get(r.url("/api/v1/streams"));
                        pending = s.path("pendingBars").asLong(-1);
                    }
                    long lag = -1;
                    Path cp = rig.dir.resolve("checkpoints/" + v.exchange() + ".json");
                    if (Files.isRegularFile(cp)) {
                        JsonNode points = Json.mapper().readTree(cp.toFile());
                        long oldest = Long.MAX_VALUE;
                        for (Iterator<JsonNode> it = points.elements(); it.hasNext(); ) {
                            oldest = Math.min(oldest, it.next().path("nextToClose").asLong());
                        }
                        lag = (now - oldest) / 60_000;
                    }
                    synchronized (samples) {
                        samples.add(new Sample((System.nanoTime() - t0) / 1_000_000, r.name, pending, lag));
                    }
                }
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                return;
            } catch (Exception | AssertionError e) {
                // a sample missed while something restarts
            }
        }
    }

    /**
     * Per service: the largest checkpoint lag, and the spans of wall time (seconds since the chaos started)
     * during which bars stayed unconfirmed for more than two samples in a row.
     */
    String summary() {
        Map<String, List<Sample>> byService = new LinkedHashMap<>();
        synchronized (samples) {
            samples.forEach(s -> byService.computeIfAbsent(s.service(), k -> new ArrayList<>()).add(s));
        }
        StringBuilder sb = new StringBuilder();
        byService.forEach((service, list) -> {
            long maxLag = list.stream().mapToLong(Sample::lagMinutes).max().orElse(-1);
            long maxPending = list.stream().mapToLong(Sample::pending).max().orElse(-1);
            List<String> spans = new ArrayList<>();
            Sample from = null;
            Sample last = null;
            int run = 0;
            for (Sample s : list) {
                if (s.pending() > 0) {
                    from = from == null ? s : from;
                    run++;
                } else {
                    if (run > 2) {
                        spans.add(String.format("t+%.0f..%.0fs", from.wallMs() / 1000.0, last.wallMs() / 1000.0));
                    }
                    from = null;
                    run = 0;
                }
                last = s;
            }
            if (run > 2) {
                spans.add(String.format("t+%.0fs..end (%d s)", from.wallMs() / 1000.0,
                        (last.wallMs() - from.wallMs()) / 1000));
            }
            sb.append(String.format("  %-16s checkpoint lag up to %d simulated minutes; unconfirmed bars up to %d%s%n",
                    service, maxLag, maxPending, spans.isEmpty() ? "" : ", unconfirmed for long: " + spans));
        });
        return sb.toString();
    }

    @Override
    public void close() throws InterruptedException {
        stop = true;
        thread.interrupt();
        thread.join(5000);
    }
}
