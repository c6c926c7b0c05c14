package org.clearance.classification;

/** Logic dies (compute, I/O, base) count toward the applicable die area; memory dies (DRAM/HBM) never do. */
public enum DieRole {
    LOGIC, MEMORY
}
