package org.clearance.analysis.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * One change a scenario makes to the rules, effective on a date, with the citation of the proposal it comes from
 * (the pack's loader requires one on every dated value, and a reform is one).
 */
public sealed interface Reform {

    LocalDate effective();

    /** What the reform does, in one line. */
    String describe();

    /** A parameter (by its id, e.g. {@code 3a090/tpp_a1}) takes a new value; null repeals it. */
    record ParameterValue(String parameter, BigDecimal value, LocalDate effective, JsonNode cite, String confidence,
                          String note) implements Reform {
        public String describe() {
            return "parameter " + parameter + " = " + (value == null ? "repealed" : value.toPlainString()) + " from "
                    + effective;
        }
    }

    /** A rule (by id) takes another status: in_force, stayed, not_enforced, repealed. */
    record RuleStatusChange(String rule, String status, LocalDate effective, JsonNode cite, String confidence,
                            String note) implements Reform {
        public String describe() {
            return "rule " + rule + " " + status + " from " + effective;
        }
    }

    /** A country leaves one group and/or joins another. */
    record CountryMove(String country, String from, String to, LocalDate effective, JsonNode cite, String confidence,
                       String note) implements Reform {
        public String describe() {
            return "country " + country + (from != null ? " leaves " + from : "") + (to != null ? " joins " + to : "")
                    + " from " + effective;
        }
    }

    /**
     * A rule added: a file in the pack's own format ({@code section} classification or determination), whose statuses
     * or versions date it (the earliest is taken as its effective date).
     */
    record RuleAdded(Path file, String section, String id, LocalDate effective) implements Reform {
        public String describe() {
            return "rule " + id + " added (" + section + ") from " + effective;
        }
    }
}
