package org.clearance.classification;

/** The quantities the 3A090 tests compare with thresholds. */
public enum Metric {
    TPP("tpp", "TPP", ""),
    PERFORMANCE_DENSITY("performance_density", "PD", ""),
    INTERCONNECT("interconnect_gb_s", "interconnect", " GB/s"),
    DRAM_BANDWIDTH("dram_bandwidth_gb_s", "DRAM bandwidth", " GB/s"),
    MEMORY_BANDWIDTH_DENSITY("memory_bandwidth_density", "memory bandwidth density", " GB/s/mm²");

    private final String key;
    private final String label;
    private final String unitSuffix;

    Metric(String key, String label, String unitSuffix) {
        this.key = key;
        this.label = label;
        this.unitSuffix = unitSuffix;
    }

    /** The name in rule files and in the decision JSON. */
    public String key() {
        return key;
    }

    /** The name in sentences ("TPP 4,992 ≥ 4,800"). */
    public String label() {
        return label;
    }

    public String unitSuffix() {
        return unitSuffix;
    }

    public static Metric fromKey(String key) {
        for (Metric m : values()) {
            if (m.key.equals(key)) return m;
        }
        throw new IllegalArgumentException("unknown metric '" + key + "'");
    }
}
