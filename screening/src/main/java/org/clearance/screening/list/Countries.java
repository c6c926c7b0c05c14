package org.clearance.screening.list;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Country names as the OFAC and BIS files spell them, to ISO 3166 alpha-2 codes. */
public final class Countries {

    private static final Map<String, String> BY_NAME = new HashMap<>();

    static {
        for (String code : Locale.getISOCountries()) {
            BY_NAME.put(key(Locale.of("", code).getDisplayCountry(Locale.ENGLISH)), code);
            BY_NAME.put(key(code), code);
        }
        // OFAC's own spellings that the JDK's English names do not cover.
        String[][] extra = {
                {"Russia", "RU"}, {"Iran", "IR"}, {"Syria", "SY"}, {"Burma", "MM"}, {"North Korea", "KP"},
                {"Korea, North", "KP"}, {"Korea, South", "KR"}, {"South Korea", "KR"}, {"Vietnam", "VN"},
                {"Laos", "LA"}, {"Bolivia", "BO"}, {"Venezuela", "VE"}, {"Tanzania", "TZ"}, {"Moldova", "MD"},
                {"Congo, Democratic Republic of the", "CD"}, {"Democratic Republic of the Congo", "CD"},
                {"Congo, Republic of the", "CG"}, {"Cote d Ivoire", "CI"}, {"Cote d'Ivoire", "CI"},
                {"West Bank", "PS"}, {"Gaza", "PS"}, {"Palestinian", "PS"}, {"Region: Gaza", "PS"},
                {"Region: West Bank", "PS"}, {"Taiwan", "TW"}, {"Hong Kong", "HK"}, {"Macau", "MO"},
                {"Brunei", "BN"}, {"Micronesia, Federated States of", "FM"}, {"Turkey", "TR"}, {"Turkiye", "TR"},
                {"Czech Republic", "CZ"}, {"Czechia", "CZ"}, {"United Kingdom", "GB"}, {"UK", "GB"},
                {"United States", "US"}, {"USA", "US"}, {"Kosovo", "XK"}, {"Curacao", "CW"},
                {"Bosnia and Herzegovina", "BA"}, {"The Bahamas", "BS"}, {"Bahamas, The", "BS"},
                {"Gambia, The", "GM"}, {"Netherlands Antilles", "AN"}, {"Serbia and Montenegro", "CS"},
                {"Yugoslavia", "YU"}, {"Macedonia", "MK"}, {"North Macedonia", "MK"}, {"Eswatini", "SZ"},
                {"Swaziland", "SZ"}, {"Cabo Verde", "CV"}, {"Cape Verde", "CV"}, {"Timor-Leste", "TL"},
                {"Saint Kitts and Nevis", "KN"}, {"St. Kitts and Nevis", "KN"}, {"Saint Lucia", "LC"},
                {"Saint Vincent and the Grenadines", "VC"}, {"Holy See", "VA"}, {"Palestine", "PS"},
                {"United Arab Emirates", "AE"}, {"UAE", "AE"}, {"China", "CN"}, {"Crimea", "UA"},
        };
        for (String[] e : extra) BY_NAME.put(key(e[0]), e[1]);
    }

    private Countries() {
    }

    /** The ISO code for a country name or code, or null when it is none Clearance knows. */
    public static String code(String nameOrCode) {
        if (nameOrCode == null) return null;
        String k = key(nameOrCode);
        if (k.isEmpty()) return null;
        return BY_NAME.get(k);
    }

    private static String key(String s) {
        return s.trim().toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("\\s+", " ");
    }
}
