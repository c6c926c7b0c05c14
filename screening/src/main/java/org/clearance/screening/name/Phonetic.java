package org.clearance.screening.name;

/**
 * A phonetic key for one token: the consonant skeleton in Soundex classes, without Soundex's four-character cut.
 * Vowels, h and y are dropped after the first letter and repeated classes collapse, so spellings that
 * romanisation systems and clerks produce for the same sound agree: qaddafi, gaddafi and kadhafi are all "237";
 * muhammad, mohamed and mohammad are "53". Unlike Soundex, w counts as v (Iwanow, Ivanov). The first letter is kept as its class, not as a letter, so Q/G/K
 * initials agree (OFAC's tool, by contrast, refuses pairs whose first letters differ).
 */
public final class Phonetic {
    private Phonetic() {
    }

    public static String key(String token) {
        StringBuilder sb = new StringBuilder(token.length());
        char last = 0;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c >= '0' && c <= '9') return null; // numbers have no sound-alike: they must agree exactly
            char k = classOf(c);
            if (k == 0) {
                if (i == 0) {
                    sb.append('0');
                    last = '0';
                }
                continue;
            }
            if (k != last) sb.append(k);
            last = k;
        }
        return sb.length() < 2 ? null : sb.toString();
    }

    private static char classOf(char c) {
        return switch (c) {
            case 'b', 'p' -> '1';
            case 'c', 'g', 'j', 'k', 'q', 's', 'x', 'z' -> '2';
            case 'd', 't' -> '3';
            case 'l' -> '4';
            case 'm', 'n' -> '5';
            case 'r' -> '6';
            case 'f', 'v', 'w' -> '7'; // w is v in German and Polish spellings of Slavic names (Iwanow, Wladimir)
            default -> 0; // a e i o u y h
        };
    }
}
