package org.clearance.determination;

/** The answer to "may this shipment go, and how?". */
public enum LicenseVerdict {
    NO_LICENSE_REQUIRED,
    /** A license is required, but a license exception is available. */
    LICENSE_EXCEPTION_AVAILABLE,
    LICENSE_REQUIRED,
    /** A blocked or denied party: no license can help. */
    PROHIBITED,
    INDETERMINATE
}
