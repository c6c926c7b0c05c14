package org.clearance.classification;

import java.util.Set;

/** What the threshold tests read: the metrics of one reading, the datacenter flag, and the paragraphs met. */
record Facts(Metrics metrics, Boolean datacenter, Set<String> met) {

    boolean meets(String prefix) {
        for (String eccn : met) {
            if (eccn.equals(prefix) || eccn.startsWith(prefix + ".")) return true;
        }
        return false;
    }
}
