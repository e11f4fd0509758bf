package io.minutebars.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** For every exchange service's tests: the recorded exchange payloads in ../shared/fixtures (never invented ones). */
public final class Fixtures {
    private Fixtures() {
    }

    public static Path dir() {
        String configured = System.getProperty("fixtures.dir");
        Path p = configured != null ? Path.of(configured) : Path.of("../../shared/fixtures");
        if (!Files.isDirectory(p)) {
            p = Path.of("../../shared/fixtures");
        }
        return p.toAbsolutePath().normalize();
    }

    public static String read(String relative) {
        try {
            return Files.readString(dir().resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException("fixture " + relative + " not found under " + dir(), e);
        }
    }
}
