package org.clearance.classification;

/** What the specification describes. 3A090 tests integrated circuits; 4A090 the things that contain them. */
public enum ItemKind {
    INTEGRATED_CIRCUIT("integrated_circuit"),
    COMPUTER("computer"),
    ELECTRONIC_ASSEMBLY("electronic_assembly"),
    COMPONENT("component");

    private final String code;

    ItemKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public boolean isSystem() {
        return this != INTEGRATED_CIRCUIT;
    }

    public static ItemKind fromCode(String code) {
        for (ItemKind k : values()) {
            if (k.code.equals(code)) return k;
        }
        throw new IllegalArgumentException("unknown kind '" + code + "'");
    }
}
