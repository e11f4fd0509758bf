package io.minutebars.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FrameMutatorTest {
    static final List<String> PAYLOADS = List.of(Fixtures.read("binance/ws/aggTrade_combined_ETHUSDT.json"),
            Fixtures.read("bybit/ws/docs_ws_publicTrade_0.json"));

    @Test
    void aFrameDependsOnlyOnTheSeedAndItsIndex() {
        FrameMutator a = new FrameMutator(42, PAYLOADS);
        FrameMutator b = new FrameMutator(42, PAYLOADS);
        for (int i : new int[] {0, 1, 17, 4_999, 9_999}) {
            assertEquals(a.mutate(i), b.mutate(i), "frame " + i);
        }
        assertEquals(a.mutate(123), b.mutate(123), "whatever was asked before");
        int differ = 0;
        FrameMutator c = new FrameMutator(43, PAYLOADS);
        for (int i = 0; i < 100; i++) {
            differ += a.mutate(i).frame().equals(c.mutate(i).frame()) ? 0 : 1;
        }
        assertTrue(differ > 80, "another seed, other frames: " + differ);
    }

    @Test
    void framesAreVariedAndMostlyMutated() {
        FrameMutator m = new FrameMutator(FrameMutator.DEFAULT_SEED, PAYLOADS);
        Set<String> frames = new HashSet<>();
        Set<String> kinds = new HashSet<>();
        int unchanged = 0;
        for (int i = 0; i < 10_000; i++) {
            FrameMutator.Mutation f = m.mutate(i);
            frames.add(f.frame());
            unchanged += PAYLOADS.contains(f.frame()) ? 1 : 0;
            for (String op : f.ops().split(" \\+ ")) {
                kinds.add(op.replaceAll("[ @0-9#].*", ""));
            }
        }
        assertTrue(frames.size() > 7_000, "distinct frames: " + frames.size());
        assertTrue(unchanged < 800, "unchanged frames: " + unchanged);
        for (String k : List.of("none", "whole", "flip", "bit", "delete", "insert", "truncate", "dup", "splice",
                "number", "replace", "value", "drop", "dupfield", "rename", "swap", "retype", "nest", "grow", "long")) {
            assertTrue(kinds.contains(k), "mutation " + k + " used; used: " + kinds);
        }
    }

    @Test
    void theSeedComesFromTheCommandLine() {
        String old = System.getProperty(FrameMutator.SEED_PROPERTY);
        try {
            System.setProperty(FrameMutator.SEED_PROPERTY, "12345");
            assertEquals(12345L, FrameMutator.seed());
            System.setProperty(FrameMutator.SEED_PROPERTY, "random");
            assertNotEquals(FrameMutator.seed(), FrameMutator.seed());
            System.clearProperty(FrameMutator.SEED_PROPERTY);
            assertEquals(FrameMutator.DEFAULT_SEED, FrameMutator.seed());
        } finally {
            if (old != null) {
                System.setProperty(FrameMutator.SEED_PROPERTY, old);
            }
        }
    }
}
