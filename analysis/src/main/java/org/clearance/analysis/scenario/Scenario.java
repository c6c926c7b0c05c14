package org.clearance.analysis.scenario;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * A policy scenario: the rules as of a baseline date (with overlays), the reforms a proposal would make, the date
 * the reformed rules are read on, and the destinations to evaluate (empty: every member of every country group).
 *
 * @param proposal the public proposal modelled (title, href, note), or null when none was public
 */
public record Scenario(String id, String title, Proposal proposal, LocalDate baseline, List<Path> overlays,
                       List<Reform> reforms, LocalDate evaluateOn, List<String> destinations, String file) {

    public record Proposal(String title, String href, String note) {
    }

    public Scenario {
        overlays = List.copyOf(overlays);
        reforms = List.copyOf(reforms);
        destinations = List.copyOf(destinations);
    }
}
