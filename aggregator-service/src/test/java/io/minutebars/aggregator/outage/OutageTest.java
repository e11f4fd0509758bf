package io.minutebars.aggregator.outage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OutageTest {
    static final Duration INITIAL = Duration.ofMillis(500);
    static final Duration MAX = Duration.ofSeconds(30);

    @Test
    void theBackoffDoublesFromHalfASecondUpToThirtySeconds() {
        List<Long> millis = IntStream.rangeClosed(1, 9).mapToObj(n -> Outage.backoff(n, INITIAL, MAX).toMillis()).toList();
        assertEquals(List.of(500L, 1000L, 2000L, 4000L, 8000L, 16000L, 30000L, 30000L, 30000L), millis);
        assertEquals(MAX, Outage.backoff(Integer.MAX_VALUE, INITIAL, MAX));
    }

    @Test
    void consecutiveFailuresLengthenTheBackoffAndARecoveryStartsOver() {
        Outage o = new Outage("store", INITIAL, MAX);
        assertFalse(o.failing());
        assertEquals(INITIAL, o.failed(new RuntimeException("1")));
        assertEquals(Duration.ofSeconds(1), o.failed(new RuntimeException("2")));
        assertTrue(o.failing());
        assertEquals("failing", o.describe().get("state"));
        assertEquals(2, o.describe().get("failedAttempts"));
        assertEquals("java.lang.RuntimeException", o.describe().get("lastError"), "no message: health is public");
        o.stillFailing(new IllegalStateException("probe"));
        assertEquals(Duration.ofSeconds(2), o.failed(new RuntimeException("3")), "a probe does not lengthen it");
        o.recovered();
        assertFalse(o.failing());
        assertEquals("up", o.describe().get("state"));
        assertEquals(INITIAL, o.failed(new RuntimeException("again")));
    }

    @Test
    void aRecoveryWakesAWaitingWorkerAtOnce() throws Exception {
        Outage o = new Outage("store", INITIAL, MAX);
        o.failed(new RuntimeException("down"));
        long start = System.nanoTime();
        Thread recovery = new Thread(() -> {
            sleep(200);
            o.recovered();
        });
        recovery.start();
        o.await(Duration.ofSeconds(20));
        long waited = (System.nanoTime() - start) / 1_000_000;
        assertTrue(waited >= 150 && waited < 5_000, waited + " ms");
        recovery.join();
    }

    @Test
    void aWaitEndsAfterItsDurationOrAtShutdown() throws Exception {
        Outage o = new Outage("store", INITIAL, MAX);
        o.failed(new RuntimeException("down"));
        long start = System.nanoTime();
        o.await(Duration.ofMillis(150));
        assertTrue((System.nanoTime() - start) / 1_000_000 >= 140);
        Thread stop = new Thread(() -> {
            sleep(100);
            o.stop();
        });
        stop.start();
        start = System.nanoTime();
        o.await(Duration.ofSeconds(20));
        assertTrue((System.nanoTime() - start) / 1_000_000 < 5_000);
        stop.join();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
