package org.clearance.determination;

public enum PartyRole {
    END_USER("end_user", "end user"), CONSIGNEE("consignee", "ultimate consignee"), PURCHASER("purchaser", "purchaser");

    private final String code;
    private final String label;

    PartyRole(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }
}
