package io.minutebars.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** For every exchange service's tests: the recorded exchange payloads in the repository's fixtures/ (never invented ones). */
public final class Fixtures {
    private Fixtures() {
    }

    public static Path dir() {
        String configured = System.getProperty("fixtures.dir");
        // a module's tests run in the module folder; the fixtures are one level up, in the repository
        Path p = configured != null ? Path.of(configured) : Path.of("../fixtures");
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
