package org.clearance.screening.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.clearance.screening.list.Feed;
import org.clearance.screening.list.ParsedList;

/** The lists shipped with Clearance (the top-level {@code lists/} directory, packaged as classpath resources). */
public final class ShippedLists {

    /** One shipped list: its format, where it is, its publication date, and whether it is a subset of the list. */
    public record Shipped(Feed feed, ListSource source, LocalDate published, boolean subset) {
        public ParsedList parse() {
            return ListParsers.parse(feed, source, published);
        }
    }

    private ShippedLists() {
    }

    public static List<Shipped> all() {
        String manifest;
        try (InputStream in = ShippedLists.class.getClassLoader().getResourceAsStream("lists/manifest.tsv")) {
            if (in == null) throw new IllegalStateException("lists/manifest.tsv is missing from the classpath");
            manifest = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Shipped> out = new ArrayList<>();
        for (String line : manifest.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.strip().split("\t");
            boolean subset = f.length > 3 && f[3].equals("subset");
            out.add(new Shipped(Feed.of(f[0]), ListSource.resource("lists/" + f[1]), LocalDate.parse(f[2]), subset));
        }
        return out;
    }
}
