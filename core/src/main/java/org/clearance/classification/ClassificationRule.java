package org.clearance.classification;

import org.clearance.law.HeaderedRule;

/** A rule of the classification section of a pack: a paragraph, a note, a system rule or a .z mapping. */
public sealed interface ClassificationRule extends HeaderedRule
        permits ParagraphRule, ExclusionNote, PointerNote, SystemRule, ZParagraphRule {
}
