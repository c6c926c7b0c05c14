package org.clearance.screening.list;

/**
 * How a name belongs to an entry. {@code WEAK} aliases are the OFAC "weak AKAs" (nicknames and short forms in the
 * SDN remarks), which OFAC does not expect screening to rest on alone; {@code NATIVE} names come from Clearance's
 * committed table of native-script names, not from the list itself.
 */
public enum AliasKind {
    PRIMARY, AKA, FKA, NKA, WEAK, NATIVE;

    public static AliasKind ofOfac(String type) {
        return switch (type == null ? "" : type.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "fka" -> FKA;
            case "nka" -> NKA;
            default -> AKA;
        };
    }
}
