package org.clearance.law;

import java.util.List;

/** A rule whose common parts live in a {@link RuleHeader}; feature rule types add what they test. */
public interface HeaderedRule extends Rule {

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
