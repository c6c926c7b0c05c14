package org.clearance.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The rule data a job decides on, as bytes the driver reads once and broadcasts: the rule pack and catalog
 * directories (absent: the ones bundled in the jar) and the overlay files. An executor uses the files where the driver
 * found them when they are there with the same content (one machine, a shared file system), and otherwise writes
 * them once to a directory of its own, so a cluster needs no copy of them.
 */
record RuleBundle(String packDir, Map<String, byte[]> pack, String catalogDir, Map<String, byte[]> catalog,
                  List<String> overlayPaths, List<byte[]> overlays, String hash) implements Serializable {

    static RuleBundle read(Path packDir, Path catalogDir, List<Path> overlayFiles) {
        Map<String, byte[]> pack = packDir == null ? null : files(packDir);
        Map<String, byte[]> catalog = catalogDir == null ? null : files(catalogDir);
        List<String> paths = new ArrayList<>();
        List<byte[]> overlays = new ArrayList<>();
        for (Path f : overlayFiles) {
            paths.add(f.toAbsolutePath().toString());
            overlays.add(read(f));
        }
        MessageDigest d = sha256();
        digest(d, "pack", pack);
        digest(d, "catalog", catalog);
        for (int i = 0; i < overlays.size(); i++) {
            d.update(paths.get(i).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            d.update(overlays.get(i));
        }
        return new RuleBundle(packDir == null ? null : packDir.toAbsolutePath().toString(), pack,
                catalogDir == null ? null : catalogDir.toAbsolutePath().toString(), catalog, List.copyOf(paths),
                List.copyOf(overlays), HexFormat.of().formatHex(d.digest()));
    }

    /** The directories and files to load on this machine: the driver's where they match, else copies. */
    Located locate() {
        Path local = null;
        Path pack = packDir == null ? null : directory(Path.of(packDir), this.pack, "pack");
        Path catalog = catalogDir == null ? null : directory(Path.of(catalogDir), this.catalog, "catalog");
        List<Path> overlayFiles = new ArrayList<>();
        for (int i = 0; i < overlays.size(); i++) {
            Path original = Path.of(overlayPaths.get(i));
            if (Files.isRegularFile(original) && Arrays.equals(read(original), overlays.get(i))) {
                overlayFiles.add(original);
            } else {
                Path copy = copies().resolve("overlays").resolve(i + "-" + original.getFileName());
                write(copy, overlays.get(i));
                overlayFiles.add(copy);
            }
        }
        return new Located(pack, catalog, List.copyOf(overlayFiles));
    }

    record Located(Path packDir, Path catalogDir, List<Path> overlays) {
    }

    private Path directory(Path original, Map<String, byte[]> content, String name) {
        if (Files.isDirectory(original) && sameFiles(files(original), content)) return original;
        Path copy = copies().resolve(name);
        for (Map.Entry<String, byte[]> e : content.entrySet()) write(copy.resolve(e.getKey()), e.getValue());
        return copy;
    }

    private Path copies() {
        return Path.of(System.getProperty("java.io.tmpdir"), "clearance-spark-rules-" + hash.substring(0, 16));
    }

    private static boolean sameFiles(Map<String, byte[]> a, Map<String, byte[]> b) {
        if (!a.keySet().equals(b.keySet())) return false;
        for (String k : a.keySet()) if (!Arrays.equals(a.get(k), b.get(k))) return false;
        return true;
    }

    private static Map<String, byte[]> files(Path dir) {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile).sorted()::iterator) {
                out.put(dir.relativize(p).toString().replace('\\', '/'), read(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir + ": " + e.getMessage(), e);
        }
        return out;
    }

    private static void digest(MessageDigest d, String label, Map<String, byte[]> files) {
        d.update(label.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        if (files == null) return;
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            d.update(e.getKey().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            d.update(e.getValue());
        }
    }

    private static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + p + ": " + e.getMessage(), e);
        }
    }

    private static void write(Path p, byte[] bytes) {
        try {
            Files.createDirectories(p.getParent());
            Path tmp = Files.createTempFile(p.getParent(), ".part", null);
            Files.write(tmp, bytes);
            Files.move(tmp, p, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + p + ": " + e.getMessage(), e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
