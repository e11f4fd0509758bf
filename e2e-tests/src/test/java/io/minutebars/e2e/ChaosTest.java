package io.minutebars.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.minutebars.model.Bar;
import io.minutebars.model.BarStatus;
import io.minutebars.model.Json;
import io.minutebars.model.Minutes;
import io.minutebars.testsupport.ServiceProcess;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Crash and restart everything while the simulator replays at 60x: {@code kill -9} of binance-service,
 * bybit-service, the aggregator and query-api twice each, of the store twice and one orderly stop of it,
 * and one stop of the RabbitMQ node (the test's own), at moments drawn from a seed ({@link ChaosPlan}),
 * every process restarted on the same port with the same store file and checkpoint files. Afterwards every
 * minute of every market of the run, read from the store itself and through query-api, must equal the
 * simulator's truth ({@link ChaosVerdict}): none lost, none duplicated, none wrong; a Bybit minute only its
 * klines could repair is FILLED with the truth's prices and volumes. The test prints the seed, the chaos
 * timeline and its figures; a failure lists every bar that differs and the chaos events around it.
 *
 * <p>{@code -Dchaos.seed=N} reruns a seed ({@code random} draws one), {@code -Dchaos.window=80} sets the
 * seconds of chaos (simulated minutes at 60x), {@code -Dchaos.store-durability=BACKGROUND} runs the store as
 * it was before writes were made durable (a kill then loses acknowledged bars). Logs, checkpoints and the store file stay in
 * e2e-tests/target/chaos.
 */
class ChaosTest {
    static final long DEFAULT_SEED = 20261130L;
    static ChaosRig rig;
    static ChaosMonitor monitor;

    @AfterAll
    static void stopAll() throws InterruptedException {
        if (monitor != null) {
            monitor.close();
        }
        if (rig != null) {
            rig.close();
        }
    }

    static long seed() {
        String s = System.getProperty("chaos.seed", Long.toString(DEFAULT_SEED));
        return "random".equals(s) ? new java.security.SecureRandom().nextLong() & Long.MAX_VALUE : Long.parseLong(s);
    }

    @Test
    void everyBarEqualsTheTruthAfterKillsAndRestartsOfEveryProcess() throws Exception {
        long started = System.nanoTime();
        long seed = seed();
        Duration window = Duration.ofSeconds(Long.getLong("chaos.window", 80));
        ChaosPlan plan = ChaosPlan.draw(seed, window);
        System.out.printf("chaos seed %d (rerun with -Dchaos.seed=%d), %d s of chaos, %d steps%n", seed, seed,
                window.toSeconds(), plan.steps.size());
        rig = new ChaosRig(seed).start();
        for (Venue v : ChaosRig.VENUES) {
            ChaosRig.Role s = rig.exchange(v);
            ServiceProcess.waitUntil(v.exchange() + " streaming", Duration.ofSeconds(90),
                    () -> Http.get(s.url("/api/v1/streams")).get("connected").asInt() == 1, rig.processes());
        }
        long first = Minutes.floor(rig.simNow()) + Minutes.MINUTE_MS;
        waitForSimTime(first + Minutes.MINUTE_MS);
        long chaosStart = System.nanoTime();
        double startupSeconds = (chaosStart - started) / 1e9;

        monitor = new ChaosMonitor(rig);
        plan.run(rig);

        double chaosSeconds = (System.nanoTime() - chaosStart) / 1e9;
        for (ChaosRig.Role r : rig.roles.values()) {
            assertTrue(r.awaitReady(Duration.ofSeconds(120)), r.name + " ready after the chaos:\n"
                    + r.process().logTail());
        }
        // a few quiet minutes after the last restart: the resumes and kline repairs they started end in them
        long end = Minutes.floor(rig.simNow()) + 3 * Minutes.MINUTE_MS;
        waitForSimTime(end + 15_000);

        Map<String, List<Bar>> truth = new LinkedHashMap<>();
        for (Venue v : ChaosRig.VENUES) {
            for (int i = 0; i < v.symbols().size(); i++) {
                truth.put(v.exchange() + ":" + v.symbols().get(i), truth(v, v.nativeSymbols().get(i), first, end));
            }
        }
        long settleStart = System.nanoTime();
        ChaosVerdict verdict = settle(truth, first, end);
        double settleSeconds = (System.nanoTime() - settleStart) / 1e9;

        long minutes = (end - first) / Minutes.MINUTE_MS;
        StringBuilder figures = new StringBuilder();
        figures.append(String.format("chaos seed %d: %d simulated minutes (%s .. %s) of %d markets; %.0f s to start, "
                + "%.0f s of chaos, %.0f s to settle, %.0f s in all%n", seed, minutes, Instant.ofEpochMilli(first),
                Instant.ofEpochMilli(end), truth.size(), startupSeconds, chaosSeconds, settleSeconds,
                (System.nanoTime() - started) / 1e9));
        figures.append("timeline:\n").append(plan.timeline(first));
        for (ChaosRig.Role r : rig.roles.values()) {
            figures.append(String.format("  %-20s kills %d, stops %d, restarts %d, crashes at start %d%n", r.name,
                    r.kills(), r.stops(), r.starts() - 1, r.crashes()));
        }
        figures.append(String.format("  %-20s stops %d, restarts %d%n", "rabbitmq node", rig.rabbit.starts() - 1,
                rig.rabbit.starts() - 1));
        // after the chaos every exchange service must be able to checkpoint again: nothing unconfirmed for good,
        // its restart point a few minutes behind at most (else a later crash replays or repairs all since)
        List<String> stuck = new ArrayList<>();
        for (Venue v : ChaosRig.VENUES) {
            // a bar is published every simulated minute (a wall second): one in flight when sampled is not stuck,
            // so the service gets a few seconds to show nothing unconfirmed and a recent restart point
            JsonNode streams = null;
            long lag = Long.MAX_VALUE;
            for (int i = 0; i < 20 && (streams == null || lag > 5 || streams.path("pendingBars").asLong() > 0); i++) {
                Thread.sleep(i == 0 ? 0 : 250);
                streams = Http.get(rig.exchange(v).url("/api/v1/streams"));
                lag = (rig.simNow() - rig.checkpoint(v.module())) / Minutes.MINUTE_MS;
            }
            figures.append(String.format("  %s now: checkpoint %d min behind, %d bar(s) unconfirmed, %d connect(s)%n",
                    v.module(), lag, streams.path("pendingBars").asLong(), streams.path("connects").asLong()));
            if (lag > 5 || streams.path("pendingBars").asLong() > 0) {
                stuck.add(v.module() + ": checkpoint " + lag + " simulated minutes behind with "
                        + streams.path("pendingBars").asLong() + " bar(s) the broker never confirmed; threads in "
                        + threadDump(rig.exchange(v).process()));
            }
        }
        monitor.close();
        figures.append("restart points, sampled every second from the chaos on:\n").append(monitor.summary());
        figures.append(String.format("bars compared %d: COMPLETE %d, EMPTY %d, FILLED %d (repaired from klines), "
                + "GAP %d, UNAVAILABLE %d; per market %s%n", verdict.compared, verdict.count(BarStatus.COMPLETE),
                verdict.count(BarStatus.EMPTY), verdict.count(BarStatus.FILLED), verdict.count(BarStatus.GAP),
                verdict.count(BarStatus.UNAVAILABLE), verdict.statuses));
        List<String> dead = DeadLetterReader.read(rig.rabbit.port, "e2e.aggregator.bars.dlq");
        figures.append(String.format("dead-lettered bar messages: %d%s%n", dead.size(), dead.isEmpty() ? ""
                : "\n  " + String.join("\n  ", dead)));
        figures.append(String.format("findings: %d %s%n", verdict.findings.size(), verdict.byKind()));
        if (!plan.problems.isEmpty()) {
            figures.append("harness problems:\n  ").append(String.join("\n  ", plan.problems)).append('\n');
        }
        System.out.print(figures);
        if (!verdict.clean()) {
            System.out.print("bars that differ from the truth:\n" + verdict.report(plan, first, 400));
        }
        assertEquals(List.of(), plan.problems, "every hit process came back");
        assertTrue(verdict.clean(), verdict.findings.size() + " bar(s) differ from the truth " + verdict.byKind()
                + " (seed " + seed + "):\n" + verdict.report(plan, first, 60));
        assertEquals(List.of(), dead, "no bar message dead-lettered");
        assertEquals(List.of(), stuck, "every exchange service checkpoints again after the chaos");
    }

    /**
     * Revisions and repairs land a little after their minute: reads until the run is clean, or its findings
     * stayed the same for 20 s, or {@code chaos.settle} seconds (90) passed.
     */
    static ChaosVerdict settle(Map<String, List<Bar>> truth, long first, long end) throws Exception {
        int store = rig.role(ChaosRig.STORE).port;
        long deadline = System.nanoTime() + Duration.ofSeconds(Long.getLong("chaos.settle", 90)).toNanos();
        List<ChaosVerdict.Finding> previous = null;
        long sameSince = System.nanoTime();
        while (true) {
            ChaosVerdict verdict = ChaosVerdict.of(truth, read(truth, true, first, end), read(truth, false, first, end));
            for (String market : truth.keySet()) {
                String[] m = market.split(":");
                List<Bar> all = StoreReader.bars(store, m[0], m[1], 0, end);
                if (!all.isEmpty()) {
                    verdict.marketRecord(market, StoreReader.marketRange(store, m[0], m[1]),
                            all.get(0).openTime().toEpochMilli(), all.get(all.size() - 1).openTime().toEpochMilli());
                }
            }
            if (!verdict.findings.equals(previous)) {
                previous = verdict.findings;
                sameSince = System.nanoTime();
            }
            if (verdict.clean() || System.nanoTime() > deadline || System.nanoTime() - sameSince > 20e9) {
                return verdict;
            }
            Thread.sleep(2000);
        }
    }

    /** The process's threads (jcmd Thread.print) in the log directory, for a service that stopped checkpointing. */
    static Path threadDump(ServiceProcess p) {
        Path out = rig.logs.resolve(p.name + "-threads.txt");
        try {
            new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    Long.toString(p.pid()), "Thread.print").redirectErrorStream(true).redirectOutput(out.toFile())
                    .start().waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            // the dump is a diagnosis aid only
        }
        return out;
    }

    static void waitForSimTime(long t) throws InterruptedException {
        ServiceProcess.waitUntil("simulated time " + Instant.ofEpochMilli(t), Duration.ofMinutes(3),
                () -> rig.simNow() >= t, rig.role(ChaosRig.SIMULATOR).process());
    }

    static List<Bar> truth(Venue v, String nativeSymbol, long from, long to) throws Exception {
        return List.of(Json.mapper().treeToValue(Http.get(rig.role(ChaosRig.SIMULATOR).url("/sim/truth?exchange="
                + v.exchange() + "&symbol=" + nativeSymbol + "&start=" + from + "&end=" + to)), Bar[].class));
    }

    /** The bars of every market from the store itself ({@code store}) or through query-api. */
    static Map<String, List<Bar>> read(Map<String, List<Bar>> truth, boolean store, long from, long to)
            throws Exception {
        Map<String, List<Bar>> out = new LinkedHashMap<>();
        for (String market : truth.keySet()) {
            String exchange = market.substring(0, market.indexOf(':'));
            String symbol = market.substring(market.indexOf(':') + 1);
            if (store) {
                out.put(market, StoreReader.bars(rig.role(ChaosRig.STORE).port, exchange, symbol, from, to));
            } else {
                String url = rig.role(ChaosRig.QUERY).url("/api/v1/bars?exchange=" + exchange + "&symbol=" + symbol
                        + "&interval=1m&start=" + from + "&end=" + to + "&limit=10000");
                out.put(market, Http.status(url) == 200
                        ? List.of(Json.mapper().treeToValue(Http.get(url).get("bars"), Bar[].class))
                        : new ArrayList<>());
            }
        }
        return out;
    }
}
