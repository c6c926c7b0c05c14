package org.clearance.determination;

/** What kind of movement a shipment is, from where it leaves and where it goes. */
public enum Transaction {
    /** From the United States. */
    EXPORT("export from the United States"),
    /** From one foreign country to another: a reexport, or an export from abroad of an item subject to the EAR. */
    REEXPORT("reexport or export from abroad"),
    /** Within one foreign country. */
    TRANSFER("transfer (in-country)");

    private final String description;

    Transaction(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
