package io.minutebars.service.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiKeysTest {
    private static final String OP = "operator-key-0123456789";
    private static final String READ = "read-key-0123456789abc";

    @Test
    void aKeyFindsItsRolesAndNothingElseMatches() {
        ApiKeys keys = new ApiKeys(List.of(OP), List.of(READ));
        assertEquals(Set.of("operator", "reader"), keys.find(OP).orElseThrow().roles());
        assertEquals(Set.of("reader"), keys.find(READ).orElseThrow().roles());
        assertTrue(keys.find(OP + "x").isEmpty());
        assertTrue(keys.find(OP.substring(1)).isEmpty());
        assertTrue(keys.find("").isEmpty());
        assertTrue(keys.find(null).isEmpty());
        assertTrue(keys.hasReadKeys());
    }

    @Test
    void theIdNamesTheKindButNeverTheKey() {
        String id = new ApiKeys(List.of(OP), List.of()).find(OP).orElseThrow().id();
        assertTrue(id.startsWith("operator:"));
        assertFalse(id.contains(OP));
    }

    @Test
    void shortKeysAreRefused() {
        var e = assertThrows(IllegalArgumentException.class, () -> new ApiKeys(List.of("k3y-xyz"), List.of()));
        assertFalse(e.getMessage().contains("k3y-xyz"));
    }

    @Test
    void severalKeysLetOneBeRotated() {
        ApiKeys keys = new ApiKeys(List.of(OP, OP + "-next"), List.of());
        assertTrue(keys.find(OP).isPresent());
        assertTrue(keys.find(OP + "-next").isPresent());
        assertFalse(keys.hasReadKeys());
    }
}
