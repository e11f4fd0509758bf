package io.minutebars.e2e;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What the chaos test does to the running system, drawn from a seed: within a window of wall time,
 * {@code kill -9} of each exchange service, the aggregator and query-api twice, of the store twice plus
 * one orderly stop, and one stop of the RabbitMQ node, each followed by a restart after a short
 * downtime. Each target has its own thread, so outages of different processes overlap as they would in
 * production; a target is hit again only once it is ready after its last restart.
 */
final class ChaosPlan {
    static final String BROKER = "rabbitmq";

    enum Action { KILL, STOP }

    /** Hit {@code target} {@code atMs} after the chaos starts; restart it {@code downMs} later. */
    record Step(String target, Action action, long atMs, long downMs) {
    }

    /** What happened, in simulated time (the simulator is never hit), for the report. */
    record Event(String target, Action action, int nth, long wallMs, long simHit, long resumeFrom, long simReady,
            double readySeconds, boolean ready, String note) {
        String label() {
            return target + " " + action + "#" + nth;
        }
    }

    final List<Step> steps;
    final List<Event> events = new CopyOnWriteArrayList<>();
    /** Problems of the harness itself (a restart that never became ready), reported with the verdict. */
    final List<String> problems = new CopyOnWriteArrayList<>();

    private ChaosPlan(List<Step> steps) {
        this.steps = steps;
    }

    static ChaosPlan draw(long seed, Duration window) {
        Random r = new Random(seed);
        long w = window.toMillis();
        List<Step> steps = new ArrayList<>();
        List<String> twice = new ArrayList<>();
        ChaosRig.VENUES.forEach(v -> twice.add(v.module()));
        twice.add(ChaosRig.AGGREGATOR);
        twice.add(ChaosRig.QUERY);
        for (String t : twice) {
            // no hit in the first seconds: an exchange service's first checkpoint must exist
            steps.add(new Step(t, Action.KILL, between(r, w * 5 / 100, w * 40 / 100), between(r, 0, 3000)));
            steps.add(new Step(t, Action.KILL, between(r, w * 55 / 100, w * 88 / 100), between(r, 0, 3000)));
        }
        List<Action> store = new ArrayList<>(List.of(Action.KILL, Action.KILL, Action.STOP));
        Collections.shuffle(store, r);
        for (int i = 0; i < 3; i++) {
            steps.add(new Step(ChaosRig.STORE, store.get(i), between(r, w * (5 + 30 * i) / 100, w * (25 + 30 * i) / 100),
                    between(r, 200, 4000)));
        }
        steps.add(new Step(BROKER, Action.STOP, between(r, w * 20 / 100, w * 70 / 100), between(r, 2000, 6000)));
        steps.sort(Comparator.comparingLong(Step::atMs));
        return new ChaosPlan(List.copyOf(steps));
    }

    private static long between(Random r, long lo, long hi) {
        return lo + (long) (r.nextDouble() * (hi - lo));
    }

    /** Runs every target's steps on its own thread; returns when all are done (restarts included). */
    void run(ChaosRig rig) throws InterruptedException {
        long t0 = System.nanoTime();
        List<Thread> threads = new ArrayList<>();
        for (String target : steps.stream().map(Step::target).distinct().toList()) {
            List<Step> mine = steps.stream().filter(s -> s.target().equals(target)).toList();
            Thread t = new Thread(() -> runTarget(rig, target, mine, t0), "chaos-" + target);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join(Duration.ofMinutes(6).toMillis());
            if (t.isAlive()) {
                problems.add(t.getName() + " still running after 6 minutes");
                t.interrupt();
            }
        }
    }

    private void runTarget(ChaosRig rig, String target, List<Step> mine, long t0) {
        int nth = 0;
        for (Step s : mine) {
            nth++;
            try {
                long wait = s.atMs() - (System.nanoTime() - t0) / 1_000_000;
                if (wait > 0) {
                    Thread.sleep(wait);
                }
                ChaosRig.Role role = rig.role(target);
                if (role != null && !role.awaitReady(Duration.ofSeconds(120))) {
                    problems.add(target + " was not ready before " + s.action() + "#" + nth);
                }
                long wall = (System.nanoTime() - t0) / 1_000_000;
                long simHit = rig.simNow();
                // an exchange service restarts from its checkpoint: the minutes from there on are replayed
                long resumeFrom = Math.min(simHit, rig.checkpoint(target));
                String note = "";
                if (role == null) {
                    rig.rabbit.stop();
                } else if (s.action() == Action.KILL) {
                    role.kill();
                } else {
                    role.stop();
                }
                long down = System.nanoTime();
                Thread.sleep(s.downMs());
                if (role == null) {
                    rig.rabbit.start();
                } else {
                    int crashes = role.crashes();
                    role.start();
                    note = role.crashes() > crashes ? "restarted again after a crash" : "";
                }
                boolean ready = role == null || role.awaitReady(Duration.ofSeconds(180));
                double readySeconds = (System.nanoTime() - down) / 1e9;
                if (role != null && role.crashes() > 0 && note.isEmpty()) {
                    note = role.crashes() + " crash(es) at start so far";
                }
                events.add(new Event(target, s.action(), nth, wall, simHit, resumeFrom, rig.simNow(), readySeconds, ready,
                        note));
                if (!ready) {
                    problems.add(target + " not ready within 180 s after " + s.action() + "#" + nth + ":\n"
                            + role.process().logTail());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception | AssertionError e) {
                problems.add(target + " " + s.action() + "#" + nth + " failed: " + e);
            }
        }
    }

    /**
     * The events around {@code minute}: hit (or, for an exchange service, its restart point) up to
     * {@code before} ms after it, ready up to {@code after} before it.
     */
    List<Event> near(long minute, long before, long after) {
        List<Event> out = new ArrayList<>();
        for (Event e : events) {
            if (minute + 60_000 >= e.resumeFrom() - before && minute <= e.simReady() + after) {
                out.add(e);
            }
        }
        return out;
    }

    String timeline(long first) {
        StringBuilder sb = new StringBuilder();
        events.stream().sorted(Comparator.comparingLong(Event::wallMs)).forEach(e -> sb.append(String.format(
                "  t+%5.1fs  %-26s sim %s (run minute %3d) .. ready %s (minute %3d), %.1f s down%s%s%s%n",
                e.wallMs() / 1000.0, e.label(), hhmmss(e.simHit()), (e.simHit() - first) / 60_000, hhmmss(e.simReady()),
                (e.simReady() - first) / 60_000, e.readySeconds(),
                e.resumeFrom() < e.simHit() ? String.format(", checkpoint %s (%d min back)", hhmmss(e.resumeFrom()),
                        (e.simHit() - e.resumeFrom()) / 60_000) : "",
                e.ready() ? "" : ", NEVER READY", e.note().isEmpty() ? "" : ", " + e.note())));
        return sb.toString();
    }

    static String hhmmss(long t) {
        return Instant.ofEpochMilli(t).toString().substring(11, 19);
    }
}
