package org.clearance.classification;

import org.clearance.law.RuleHeader;

/**
 * A 4A090 paragraph: computers, electronic assemblies and components containing an integrated circuit that meets
 * {@code containsEccn} are classified in {@code eccn}.
 */
public record SystemRule(RuleHeader header, String eccn, String containsEccn) implements ClassificationRule {
}
