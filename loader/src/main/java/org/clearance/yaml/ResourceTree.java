package org.clearance.yaml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A directory of data files shipped on the classpath (the rule packs and the catalog), reachable as a {@link Path}
 * whether the classes run from a build directory or from a jar.
 */
public final class ResourceTree {

    private ResourceTree() {
    }

    /** The directory {@code name} on the classpath, found through a marker file inside it. */
    public static Path locate(String name, String marker) {
        URL url = ResourceTree.class.getClassLoader().getResource(name + "/" + marker);
        if (url == null) throw new IllegalStateException("bundled data " + name + " is missing from the classpath");
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return fs.getPath(name);
            }
            return Path.of(uri).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every regular file under {@code root} with one of the extensions, sorted by relative path. */
    public static List<Path> files(Path root, String... extensions) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> {
                        String n = p.getFileName().toString();
                        for (String ext : extensions) if (n.endsWith(ext)) return true;
                        return false;
                    })
                    .sorted((a, b) -> relative(root, a).compareTo(relative(root, b)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The path of a file relative to a root, with forward slashes. */
    public static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }
}
