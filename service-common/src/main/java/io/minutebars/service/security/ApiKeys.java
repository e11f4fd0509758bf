package io.minutebars.service.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The configured keys, held as SHA-256 digests. A presented key is digested and compared with every
 * configured digest by {@link MessageDigest#isEqual} (constant time, no early exit), so neither the
 * comparison nor the number of keys tried tells an attacker how close a guess was.
 */
public final class ApiKeys {
    public static final String OPERATOR = "operator";
    public static final String READER = "reader";
    /** Shorter keys are refused at start-up: they could be guessed. */
    public static final int MIN_LENGTH = 16;

    private record Entry(byte[] digest, String id, Set<String> roles) {
    }

    /** Who a valid key belongs to: a non-secret id (a digest prefix) and its roles. */
    public record Holder(String id, Set<String> roles) {
    }

    private final List<Entry> entries = new ArrayList<>();

    public ApiKeys(List<String> operatorKeys, List<String> readKeys) {
        operatorKeys.forEach(k -> add(k, OPERATOR, Set.of(OPERATOR, READER)));
        readKeys.forEach(k -> add(k, READER, Set.of(READER)));
    }

    private void add(String key, String kind, Set<String> roles) {
        String k = key.trim();
        if (k.length() < MIN_LENGTH) {
            throw new IllegalArgumentException("an " + kind + " key is shorter than " + MIN_LENGTH
                    + " characters; generate one with: openssl rand -base64 32");
        }
        byte[] d = digest(k);
        entries.add(new Entry(d, kind + ":" + HexFormat.of().formatHex(d, 0, 4), roles));
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    public boolean hasReadKeys() {
        return entries.stream().anyMatch(e -> !e.roles().contains(OPERATOR));
    }

    /** The holder of {@code presented}, or empty: every configured key is compared, whatever matches. */
    public Optional<Holder> find(String presented) {
        if (presented == null) {
            return Optional.empty();
        }
        byte[] d = digest(presented.trim());
        Entry found = null;
        for (Entry e : entries) {
            if (MessageDigest.isEqual(e.digest(), d) && found == null) {
                found = e;
            }
        }
        return found == null ? Optional.empty() : Optional.of(new Holder(found.id(), found.roles()));
    }

    private static byte[] digest(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
