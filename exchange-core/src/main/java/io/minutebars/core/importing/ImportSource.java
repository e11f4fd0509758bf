package io.minutebars.core.importing;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where an import's bytes come from: the request body, or a file confined to the configured import
 * directory (resolved inside it, no symbolic link anywhere on the way). Both are read through the same size
 * limit, which stops reading at the limit instead of measuring afterwards.
 */
public final class ImportSource {
    private final Optional<Path> directory;
    private final long maxBytes;

    public ImportSource(Optional<String> directory, long maxBytes) {
        this.directory = directory.map(Path::of);
        this.maxBytes = maxBytes;
    }

    public InputStream open(String path, InputStream body) throws IOException {
        if (path == null || path.isBlank()) {
            if (body == null) {
                throw new IllegalArgumentException("give the CSV as the request body, or a file of the import "
                        + "directory as query parameter 'path'");
            }
            return limited(body);
        }
        Path dir = directory.orElseThrow(() -> new IllegalArgumentException("server-side import by 'path' is off: "
                + "upload the CSV as the request body, or set minutebars.import.dir")).toRealPath();
        Path file = dir.resolve(path).normalize();
        // inside the directory, and no link on the way: the real path is the path asked for
        if (!file.startsWith(dir) || file.equals(dir) || !Files.exists(file, LinkOption.NOFOLLOW_LINKS)
                || !file.toRealPath().equals(file) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new IllegalArgumentException("'path' must name a regular file inside the import directory "
                    + "(relative to it, no symbolic links)");
        }
        if (Files.size(file) > maxBytes) {
            throw new ImportLimitException(maxBytes);
        }
        return limited(Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS));
    }

    private InputStream limited(InputStream in) {
        return new FilterInputStream(in) {
            private long read;

            @Override
            public int read() throws IOException {
                int b = super.read();
                count(b < 0 ? 0 : 1);
                return b;
            }

            @Override
            public int read(byte[] buf, int off, int len) throws IOException {
                int n = super.read(buf, off, len);
                count(Math.max(n, 0));
                return n;
            }

            private void count(int n) throws ImportLimitException {
                read += n;
                if (read > maxBytes) {
                    throw new ImportLimitException(maxBytes);
                }
            }
        };
    }
}
