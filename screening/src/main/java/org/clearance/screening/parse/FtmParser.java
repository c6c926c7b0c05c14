package org.clearance.screening.parse;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clearance.screening.list.Feed;
import org.clearance.screening.list.ListFileException;
import org.clearance.screening.list.ParseWarning;
import org.clearance.screening.list.ParsedList;

/**
 * A FollowTheMoney entity stream: JSON lines, one entity a line, as OpenSanctions publishes its
 * {@code entities.ftm.json} exports. Fragments of one entity over several lines are merged. Parties (see
 * {@link FtmMapping}) become entries with the programs and dates of the {@code Sanction}s naming them and the
 * addresses of the {@code Address} entities they refer to; {@code Ownership} and {@code Directorship} become links.
 * A line that is not valid UTF-8, not JSON, or not an entity with an id and a schema is skipped with a warning
 * naming its line; a file none of whose lines is an entity is refused as not an entity stream.
 */
final class FtmParser {

    private final ListSource source;
    private final LocalDate today;
    private final List<ParseWarning> warnings = new ArrayList<>();

    FtmParser(ListSource source, LocalDate today) {
        this.source = source;
        this.today = today;
    }

    ParsedList parse() {
        byte[] bytes = source.main();
        String file = source.name();
        Map<String, FtmEntity> entities = new LinkedHashMap<>();
        String firstProblem = null;
        int start = 0;
        for (long lineNo = 1; start < bytes.length; lineNo++) {
            int end = start;
            while (end < bytes.length && bytes[end] != '\n') end++;
            String problem = read(bytes, start, end, lineNo, entities);
            if (problem != null) {
                warnings.add(new ParseWarning(file, lineNo, problem + "; line skipped"));
                if (firstProblem == null) firstProblem = "line " + lineNo + ": " + problem;
            }
            start = end + 1;
        }
        if (entities.isEmpty() && firstProblem != null) {
            throw new ListFileException(file, "no line is a FollowTheMoney entity (" + firstProblem
                    + "); expected JSON lines, one entity a line: {\"id\": ..., \"schema\": ..., \"properties\": {...}}");
        }
        FtmGraph graph = new FtmGraph(file, entities.values(), warnings);
        LocalDate own = Text.dateInName(file);
        return new ParsedList(Feed.FTM, graph.entries(), graph.links(), warnings,
                new ContentHash().add("main", bytes).hex(), own != null ? own : lastSeen(entities.values()), List.of(file));
    }

    /** Reads one line into {@code entities}; returns why it cannot, or null (also for a blank line). */
    private String read(byte[] bytes, int start, int end, long lineNo, Map<String, FtmEntity> entities) {
        int from = start;
        int to = end;
        if (to > from && bytes[to - 1] == '\r') to--;
        if (lineNo == 1 && to - from >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            from += 3;
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, from, to - from)).toString();
        } catch (CharacterCodingException e) {
            return "not valid UTF-8";
        }
        if (text.isBlank()) return null;
        FtmEntity entity;
        try {
            entity = FtmEntity.of(JsonReader.read(text, lineNo), lineNo);
        } catch (JsonReader.Malformed e) {
            return "malformed JSON at column " + e.column() + ": " + e.reason();
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        FtmEntity prior = entities.get(entity.id());
        if (prior == null) {
            entities.put(entity.id(), entity);
        } else if (prior.schema().equals(entity.schema())) {
            entities.put(entity.id(), prior.merge(entity));
        } else {
            return "entity " + entity.id() + " is a " + entity.schema() + " here but a " + prior.schema()
                    + " on line " + prior.line();
        }
        return null;
    }

    /** The latest {@code last_seen} date that is not in the future: the day the export was made. */
    private LocalDate lastSeen(Iterable<FtmEntity> entities) {
        LocalDate latest = null;
        for (FtmEntity e : entities) {
            if (e.lastSeen() == null || e.lastSeen().length() < 10) continue;
            try {
                LocalDate d = LocalDate.parse(e.lastSeen().substring(0, 10));
                if (!d.isAfter(today) && (latest == null || d.isAfter(latest))) latest = d;
            } catch (RuntimeException ignored) {
                // an unreadable date does not date the file
            }
        }
        return latest;
    }
}
