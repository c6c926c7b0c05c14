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
                            List<String> policyConditions, List<String> reasonsForControl,
                            List<AppliedRequirement> requirements, List<String> assumptions,
                            List<String> openQuestions, List<String> missing, ClassificationStatus itemStatus,
                            String eccn, Classification classification, List<Finding> findings,
                            List<Citation> citations, PackInfo pack, List<NotEvaluated> notEvaluated,
                            List<String> warnings, List<String> listVersions, ResolvedParties parties) {

    /** A license exception that is available, with the conditions of its use. */
    public record ExceptionOffer(String code, List<String> conditions, Citation cite) {
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
