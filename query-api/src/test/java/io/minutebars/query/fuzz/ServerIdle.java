package io.minutebars.query.fuzz;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.LongTaskTimer;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;

/**
 * Whether the server still works after its last answer: requests in flight (Quarkus' http.server.active.requests)
 * and the CPU time of the threads that serve requests (Vert.x event loops and workers, the executor).
 */
final class ServerIdle {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ServerIdle() {
    }

    /** Requests the server has begun and not finished. */
    static double inFlight(MeterRegistry registry) {
        double n = 0;
        for (Meter m : registry.find("http.server.active.requests").meters()) {
            if (m instanceof LongTaskTimer t) {
                n += t.activeTasks();
            } else if (m instanceof Gauge g) {
                n += g.value();
            }
        }
        return n;
    }

    /** CPU nanoseconds used so far by the request-serving threads. */
    static long serverCpuNanos() {
        long sum = 0;
        for (ThreadInfo t : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (t != null && (t.getThreadName().startsWith("executor-thread")
                    || t.getThreadName().startsWith("vert.x-eventloop") || t.getThreadName().startsWith("vert.x-worker"))) {
                sum += Math.max(0, THREADS.getThreadCpuTime(t.getThreadId()));
            }
        }
        return sum;
    }
}
