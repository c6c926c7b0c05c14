package org.clearance.ownership;

import java.util.Locale;

/**
 * One end of a holding as the data gives it: a name, or a listed entry by reference ({@code LIST:ENTRY_ID}, as
 * {@code screen --json} prints {@code list} and {@code entity_id}); a kept party id; an ISO country. Nothing here is
 * resolved: names are linked to parties and listed entries when screening, so that a list update changes the answer.
 *
 * @param name    the name as given (for a reference, the reference)
 * @param ref     {@code LIST:ENTRY_ID}, or null
 * @param partyId a kept party's id, or null
 * @param country ISO alpha-2, or null
 */
public record HoldingParty(String name, String ref, String partyId, String country) {

    private static final java.util.regex.Pattern REFERENCE = java.util.regex.Pattern.compile("[A-Z][A-Z0-9]{1,7}:[^\\s:][^\\s]*");

    /** Whether a name cell reads as a list reference: a list code, a colon and an id without spaces ("SDN:36"). */
    public static boolean isReference(String text) {
        return text != null && text.indexOf(':') > 0 && REFERENCE.matcher(text).matches();
    }

    /** The key that joins this party across holdings: its party id, else its reference, else name and country. */
    public String key() {
        if (partyId != null) return "id:" + partyId;
        if (ref != null) return "ref:" + ref;
        return "name:" + simpleName(name) + "|" + (country == null ? "" : country);
    }

    /** Case, spacing and punctuation folded: how holdings are joined to each other and to kept parties' names. */
    public static String simpleName(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        boolean space = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '.' || c == '\'' || c == '\u2019') continue;   // "S.A." is "SA", "O'Neil" is "ONeil"
            if (Character.isLetterOrDigit(c)) {
                if (space && !sb.isEmpty()) sb.append(' ');
                sb.append(Character.toLowerCase(c));
                space = false;
            } else {
                space = true;
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    /** How the answer names the party: the name, with the reference, id or country where given. */
    public String label() {
        StringBuilder sb = new StringBuilder(name);
        if (partyId != null) sb.append(" [party ").append(partyId).append(']');
        if (country != null) sb.append(" (").append(country).append(')');
        return sb.toString();
    }
}
