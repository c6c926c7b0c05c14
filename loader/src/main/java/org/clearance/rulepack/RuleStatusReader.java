package org.clearance.rulepack;

import org.clearance.law.DatedSeries;
import org.clearance.law.RuleStatus;
import org.clearance.yaml.StrictNode;

/** Reads a dated status series ({@code {date: {status, cite, confidence, note, interpretation}}}) for other readers. */
public final class RuleStatusReader {

    private RuleStatusReader() {
    }

    public static DatedSeries<RuleStatus> series(StrictNode node) {
        return DatedReader.series(node, DatedReader::status);
    }
}
