package org.clearance.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of a shipments CSV as its cells, read as {@code check --batch} reads a record (Jackson's CSV parser, cells
 * trimmed). The job splits its input by line, so a quoted cell cannot span lines here: such a line is a bad row.
 */
final class CsvCells {

    private static final CsvMapper MAPPER = new CsvMapper().enable(CsvParser.Feature.TRIM_SPACES);
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private CsvCells() {
    }

    /** The cells of a line (none for an empty line); a line that is not CSV is a {@link BadLine}. */
    static String[] of(String line) {
        String text = !line.isEmpty() && line.charAt(0) == BYTE_ORDER_MARK ? line.substring(1) : line;
        try (CsvParser p = (CsvParser) MAPPER.getFactory().createParser(text)) {
            if (p.nextToken() != JsonToken.START_ARRAY) return new String[0];
            List<String> cells = new ArrayList<>(20);
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.VALUE_STRING) cells.add(p.getText());
            if (t != JsonToken.END_ARRAY) throw new BadLine("cannot be read as CSV: the record does not end on its line");
            if (p.nextToken() != null) throw new BadLine("cannot be read as CSV: a quoted cell spans lines");
            return cells.toArray(String[]::new);
        } catch (JsonProcessingException e) {
            throw new BadLine("cannot be read as UTF-8 CSV: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new BadLine("cannot be read as CSV: " + e.getMessage());
        }
    }

    static boolean blank(String[] cells) {
        for (String c : cells) if (!c.isEmpty()) return false;
        return true;
    }

    /** A line that cannot be split into cells. */
    static final class BadLine extends RuntimeException {
        BadLine(String reason) {
            super(reason);
        }
    }
}
