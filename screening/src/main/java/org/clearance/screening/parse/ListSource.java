package org.clearance.screening.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.clearance.screening.list.ListFileException;

/**
 * Where a list's files are read from: a directory on disk (a user's import) or the classpath (the lists shipped
 * with Clearance). OFAC's legacy files come as a set (sdn.csv with alt.csv, add.csv and sdn_comments.csv beside
 * it), so a source can also read a sibling of its main file.
 */
public sealed interface ListSource {

    /** A short name for messages: the path as given. */
    String name();

    byte[] main();

    /** A file beside the main one, if present. */
    Optional<byte[]> sibling(String fileName);

    /** The sibling's name for messages. */
    String siblingName(String fileName);

    /** The file's modification date, if it has one. */
    Optional<LocalDate> modified();

    static ListSource of(Path file) {
        return new OnDisk(file);
    }

    static ListSource resource(String path) {
        return new OnClasspath(path);
    }

    /**
     * Files already read into memory (a download): the main file's name (its URL), its bytes, the siblings fetched
     * beside it by file name with the name each goes by in messages, and the date the publisher gave it.
     */
    static ListSource inMemory(String name, byte[] main, java.util.Map<String, Download> siblings, LocalDate modified) {
        return new InMemory(name, main, siblings, modified);
    }

    /** A sibling file held in memory and the name (URL) it was read from. */
    record Download(String name, byte[] bytes) {
    }

    record InMemory(String name, byte[] main, java.util.Map<String, Download> siblings, LocalDate date)
            implements ListSource {
        public InMemory {
            siblings = java.util.Map.copyOf(siblings);
        }

        @Override
        public Optional<byte[]> sibling(String fileName) {
            return Optional.ofNullable(siblings.get(fileName)).map(Download::bytes);
        }

        @Override
        public String siblingName(String fileName) {
            Download d = siblings.get(fileName);
            return d != null ? d.name() : fileName;
        }

        @Override
        public Optional<LocalDate> modified() {
            return Optional.ofNullable(date);
        }
    }

    record OnDisk(Path file) implements ListSource {
        @Override
        public String name() {
            return file.toString();
        }

        @Override
        public byte[] main() {
            try {
                return Files.readAllBytes(file);
            } catch (NoSuchFileException e) {
                throw new ListFileException(file.toString(), "no such file");
            } catch (IOException e) {
                throw new ListFileException(file.toString(), "cannot be read: " + e.getMessage());
            }
        }

        @Override
        public Optional<byte[]> sibling(String fileName) {
            Path p = siblingPath(fileName);
            if (!Files.isRegularFile(p)) return Optional.empty();
            try {
                return Optional.of(Files.readAllBytes(p));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String siblingName(String fileName) {
            return siblingPath(fileName).toString();
        }

        private Path siblingPath(String fileName) {
            Path dir = file.toAbsolutePath().getParent();
            return dir == null ? Path.of(fileName) : dir.resolve(fileName);
        }

        @Override
        public Optional<LocalDate> modified() {
            try {
                return Optional.of(LocalDate.ofInstant(Files.getLastModifiedTime(file).toInstant(), ZoneOffset.UTC));
            } catch (IOException e) {
                return Optional.empty();
            }
        }
    }

    record OnClasspath(String path) implements ListSource {
        @Override
        public String name() {
            return "classpath:" + path;
        }

        @Override
        public byte[] main() {
            return read(path).orElseThrow(() -> new ListFileException(name(), "no such resource"));
        }

        @Override
        public Optional<byte[]> sibling(String fileName) {
            return read(siblingPath(fileName));
        }

        @Override
        public String siblingName(String fileName) {
            return "classpath:" + siblingPath(fileName);
        }

        private String siblingPath(String fileName) {
            int slash = path.lastIndexOf('/');
            return slash < 0 ? fileName : path.substring(0, slash + 1) + fileName;
        }

        private static Optional<byte[]> read(String resource) {
            try (InputStream in = ListSource.class.getClassLoader().getResourceAsStream(resource)) {
                return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public Optional<LocalDate> modified() {
            return Optional.empty();
        }
    }
}
