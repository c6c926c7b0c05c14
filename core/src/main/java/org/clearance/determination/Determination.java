package org.clearance.determination;

import java.time.LocalDate;
import java.util.List;
import org.clearance.classification.Classification;
import org.clearance.classification.ClassificationStatus;
import org.clearance.decision.Finding;
import org.clearance.law.Citation;
import org.clearance.law.NotEvaluated;
import org.clearance.law.PackInfo;

/**
 * The answer to a shipment question, explained: the verdict, whether a license is required and under which
 * review policy, the license exceptions available with their conditions, the assumptions made, the questions that
 * remain, the classification used, a finding for every rule considered, citations, and what was not evaluated.
 * In the batch path ({@code explain == false}) {@code classification}, {@code findings} and {@code citations} are empty.
 */
public record Determination(String shipmentId, LocalDate date, LicenseVerdict verdict, Boolean licenseRequired,
                            List<ExceptionOffer> licenseExceptions, ReviewPolicy reviewPolicy,
                            List<PolicyCondition> policyConditions, List<String> reasonsForControl,
                            List<AppliedRequirement> requirements, List<String> assumptions,
                            List<String> openQuestions, List<String> missing, ClassificationStatus itemStatus,
                            String eccn, Classification classification, List<Finding> findings,
                            List<Citation> citations, PackInfo pack, List<NotEvaluated> notEvaluated,
                            List<String> warnings, List<String> listVersions, ResolvedParties parties) {

    /**
     * A license exception that is available, with the conditions of its use and, for one that needs a notification to
     * BIS (NAC), the item data the notification must carry (null otherwise).
     */
    public record ExceptionOffer(String code, List<String> conditions, Citation cite, Notification notification) {

        public ExceptionOffer(String code, List<String> conditions, Citation cite) {
            this(code, conditions, cite, null);
        }
    }

    /**
     * The item data for a notification, as the classification computed them: the TPP and performance density (for a
     * system, the highest among the integrated circuits it contains, as {@code basis} says) and whether the item is
     * designed or marketed for datacenters; a null value is one the specification does not give, to be supplied with
     * the datasheet. {@code asked} lists what the rule says the notification carries.
     */
    public record Notification(String item, List<String> asked, java.math.BigDecimal tpp,
                               java.math.BigDecimal performanceDensity, Boolean datacenter, String basis) {

        public Notification {
            asked = List.copyOf(asked);
        }
    }

    /** A license requirement that applies, where it comes from and how BIS reviews it. */
    public record AppliedRequirement(String rule, String reason, ReviewPolicy policy, Citation cite) {
    }

    /** The parties and places as the determination used them, after defaults. */
    public record ResolvedParties(String destination, String exportFrom, String transaction, String endUserName,
                                  String endUserCountry, String endUserHq, String ultimateParentHq,
                                  String consigneeName, String consigneeCountry, String purchaserName, int quantity) {
    }
}
