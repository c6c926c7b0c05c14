package org.clearance.classification;

import java.util.List;
import org.clearance.law.DatedSeries;
import org.clearance.law.Rule;
import org.clearance.law.RuleHeader;
import org.clearance.law.RuleStatus;

/** A rule of the classification section of a pack: a paragraph, a note, a system rule or a .z mapping. */
public sealed interface ClassificationRule extends Rule
        permits ParagraphRule, ExclusionNote, PointerNote, SystemRule, ZParagraphRule {

    RuleHeader header();

    @Override
    default String id() {
        return header().id();
    }

    @Override
    default String title() {
        return header().title();
    }

    @Override
    default String text() {
        return header().text();
    }

    @Override
    default DatedSeries<RuleStatus> status() {
        return header().status();
    }

    @Override
    default List<String> interpretations() {
        return header().interpretations();
    }

    @Override
    default String source() {
        return header().source();
    }
}
