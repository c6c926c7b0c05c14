package org.clearance.ownership;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clearance.screening.list.Countries;

/**
 * The {@code Ownership} entities of a FollowTheMoney JSON-lines file (an OpenSanctions export), with the names and
 * countries of the entities they join, which may stand on any line. A percentage given as text is kept as a range
 * ({@link Percent#parseText}). Each party keeps its FtM id as its party id ({@code ftm:ID}), which also links it to
 * a listed entry of that id. All or nothing, as the CSV format.
 */
public final class OwnershipFtm {

    /** When a link states no start: in force on any date up to its end. */
    public static final LocalDate NO_START = LocalDate.of(1900, 1, 1);
    private static final ObjectMapper JSON = new ObjectMapper();

    private OwnershipFtm() {
    }

    private record Named(String name, String country) {
    }

    private record Link(long line, JsonNode props, String id) {
    }

    /** Reads the file's holdings; {@code fileDate} is the {@code as_of} of a link that states no date. */
    public static List<Holding> read(String text, String file, LocalDate fileDate, String sourceName) throws IOException {
        Map<String, Named> names = new HashMap<>();
        List<Link> links = new ArrayList<>();
        List<OwnershipFileException.Problem> problems = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new StringReader(text))) {
            long lineNo = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lineNo++;
                if (line.isBlank()) continue;
                JsonNode e;
                try {
                    e = JSON.readTree(line);
                } catch (IOException ex) {
                    problems.add(new OwnershipFileException.Problem(lineNo, "not a JSON object: " + ex.getMessage().lines().findFirst().orElse("")));
                    continue;
                }
                String id = e.path("id").asText(null);
                String schema = e.path("schema").asText("");
                JsonNode props = e.path("properties");
                if (id == null) {
                    problems.add(new OwnershipFileException.Problem(lineNo, "an entity without an id"));
                    continue;
                }
                if (schema.equals("Ownership")) {
                    links.add(new Link(lineNo, props, id));
                    continue;
                }
                String name = first(props, "name");
                if (name == null) name = e.path("caption").asText(null);
                if (name != null) {
                    String country = null;
                    for (String p : List.of("country", "jurisdiction", "nationality", "mainCountry")) {
                        String c = first(props, p);
                        if (c != null && Countries.code(c.toUpperCase(java.util.Locale.ROOT)) != null) {
                            country = Countries.code(c.toUpperCase(java.util.Locale.ROOT));
                            break;
                        }
                    }
                    names.putIfAbsent(id, new Named(name, country));
                }
            }
        }
        List<Holding> out = new ArrayList<>();
        for (Link l : links) {
            String owner = first(l.props(), "owner");
            String asset = first(l.props(), "asset");
            if (owner == null || asset == null) {
                problems.add(new OwnershipFileException.Problem(l.line(), "Ownership " + l.id() + " has no "
                        + (owner == null ? "owner" : "asset")));
                continue;
            }
            LocalDate start = date(first(l.props(), "startDate"));
            LocalDate end = date(first(l.props(), "endDate"));
            LocalDate asOf = date(first(l.props(), "date"));
            if (asOf == null) asOf = fileDate;
            String src = first(l.props(), "sourceUrl");
            out.add(new Holding(l.line(), party(owner, names), party(asset, names),
                    Percent.parseText(first(l.props(), "percentage")), asOf, start == null ? NO_START : start,
                    end, src != null ? src : sourceName + " (FtM " + l.id() + ")"));
        }
        if (!problems.isEmpty()) throw new OwnershipFileException(file, problems);
        OwnershipCsv.overHundred(out, problems);
        if (!problems.isEmpty()) throw new OwnershipFileException(file, problems);
        return out;
    }

    private static HoldingParty party(String id, Map<String, Named> names) {
        Named n = names.get(id);
        return new HoldingParty(n != null ? n.name() : id, null, "ftm:" + id, n != null ? n.country() : null);
    }

    private static String first(JsonNode props, String key) {
        JsonNode v = props.path(key);
        if (v.isArray() && !v.isEmpty()) return v.get(0).asText(null);
        if (v.isTextual()) return v.asText();
        return null;
    }

    /** A date, or the first day of a partial one ("2019", "2019-05"); null when none can be read. */
    static LocalDate date(String v) {
        if (v == null || v.isBlank()) return null;
        try {
            if (v.length() >= 10) return LocalDate.parse(v.substring(0, 10));
            if (v.length() == 7) return LocalDate.parse(v + "-01");
            if (v.length() == 4) return LocalDate.parse(v + "-01-01");
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
        return null;
    }
}
