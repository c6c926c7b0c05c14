package org.clearance.law;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A loaded rule pack: dated parameters, interpretations and the rules of each feature (classification,
 * determination …) held as typed sections, so that this package knows nothing of what the rules decide.
 */
public final class RulePack {

    private final PackInfo info;
    private final Map<String, Parameter> parameters;
    private final Map<String, Interpretation> interpretations;
    private final Map<Class<?>, Object> sections;
    private final List<Rule> rules;
    private final List<NotEvaluated> notEvaluated;

    public RulePack(PackInfo info, Collection<Parameter> parameters, Collection<Interpretation> interpretations,
                    Map<Class<?>, Object> sections, List<Rule> rules, List<NotEvaluated> notEvaluated) {
        this.info = info;
        this.parameters = new LinkedHashMap<>();
        parameters.forEach(p -> this.parameters.put(p.id(), p));
        this.interpretations = new LinkedHashMap<>();
        interpretations.forEach(i -> this.interpretations.put(i.id(), i));
        this.sections = Map.copyOf(sections);
        this.rules = List.copyOf(rules);
        this.notEvaluated = List.copyOf(notEvaluated);
    }

    public PackInfo info() {
        return info;
    }

    public <T> T section(Class<T> type) {
        Object section = sections.get(type);
        if (section == null) {
            throw new IllegalStateException("rule pack " + info.id() + " has no " + type.getSimpleName());
        }
        return type.cast(section);
    }

    public <T> Optional<T> findSection(Class<T> type) {
        return Optional.ofNullable(sections.get(type)).map(type::cast);
    }

    public Optional<Parameter> parameter(String id) {
        return Optional.ofNullable(parameters.get(id));
    }

    public Collection<Parameter> parameters() {
        return parameters.values();
    }

    public Optional<Interpretation> interpretation(String id) {
        return Optional.ofNullable(interpretations.get(id));
    }

    public Collection<Interpretation> interpretations() {
        return interpretations.values();
    }

    public List<Rule> rules() {
        return rules;
    }

    public Optional<Rule> rule(String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    public List<NotEvaluated> notEvaluated() {
        return notEvaluated;
    }

    /**
     * Checks that a date can be answered: the pack has no version before {@code coversFrom}.
     *
     * @throws DateOutOfCoverageException for an earlier date
     */
    public LocalDate requireCovered(LocalDate date) {
        if (date.isBefore(info.coversFrom())) {
            throw new DateOutOfCoverageException(date, info);
        }
        return date;
    }

    /** Every date on which something in the pack changes: a parameter value or a rule status. Sorted. */
    public List<LocalDate> changeDates() {
        TreeSet<LocalDate> dates = new TreeSet<>();
        parameters.values().forEach(p -> p.series().values().forEach(v -> dates.add(v.from())));
        rules.forEach(r -> r.status().values().forEach(v -> dates.add(v.from())));
        return new ArrayList<>(dates);
    }

    /** The immutable view of the rules in force on a date ({@code rules.at(date)}). */
    public RulePackSnapshot at(LocalDate date) {
        return new RulePackSnapshot(this, requireCovered(date));
    }
}
