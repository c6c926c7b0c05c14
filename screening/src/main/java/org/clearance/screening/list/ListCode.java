package org.clearance.screening.list;

import java.util.Locale;
import java.util.Set;

/**
 * The list an entry is on, by the trade.gov CSL source abbreviation: {@code SDN} (OFAC Specially Designated
 * Nationals), {@code EL} (BIS Entity List), {@code MEU}, {@code UVL}, {@code DPL}, {@code ISN}, {@code DTC},
 * {@code SSI}, {@code FSE}, {@code CAP}, {@code CMIC}, {@code PLC}, {@code NS-MBS}.
 */
public record ListCode(String code) {

    public static final ListCode SDN = new ListCode("SDN");
    public static final ListCode EL = new ListCode("EL");
    public static final ListCode DPL = new ListCode("DPL");

    /** Lists whose parties are blocked or denied outright: an SDN or a Denied Persons hit stops a shipment. */
    private static final Set<String> BLOCKING = Set.of("SDN", "DPL");

    public ListCode {
        if (code == null || code.isBlank()) throw new IllegalArgumentException("a list code must not be blank");
        code = code.trim().toUpperCase(Locale.ROOT);
    }

    public boolean blocks() {
        return BLOCKING.contains(code);
    }

    /** The code from a CSL {@code source} column, e.g. "Entity List (EL) - Bureau of Industry and Security" → EL. */
    public static ListCode ofCslSource(String source) {
        int open = source.lastIndexOf('(');
        int close = source.indexOf(')', open + 1);
        if (open < 0 || close < 0) throw new IllegalArgumentException("no list abbreviation in '" + source + "'");
        String inside = source.substring(open + 1, close).trim();
        if (inside.endsWith(" List")) inside = inside.substring(0, inside.length() - 5).trim(); // "NS-MBS List"
        return new ListCode(inside);
    }

    @Override
    public String toString() {
        return code;
    }
}
