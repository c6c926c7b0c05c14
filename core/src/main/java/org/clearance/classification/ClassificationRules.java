package org.clearance.classification;

import java.util.ArrayList;
import java.util.List;
import org.clearance.law.NotEvaluated;

/**
 * The classification section of a rule pack.
 *
 * @param readings    the alternative readings of the TPP notes the pack lists (the primary reading is always
 *                    {@link TppReading#primary()})
 * @param notEvaluated CCL entries and controls a classification does not cover
 */
public record ClassificationRules(List<ParagraphRule> paragraphs, List<ExclusionNote> exclusions,
                                  List<PointerNote> pointers, List<SystemRule> systems,
                                  List<ZParagraphRule> zParagraphs, List<TppReading> readings,
                                  List<NotEvaluated> notEvaluated) {

    public ClassificationRules {
        paragraphs = List.copyOf(paragraphs);
        exclusions = List.copyOf(exclusions);
        pointers = List.copyOf(pointers);
        systems = List.copyOf(systems);
        zParagraphs = List.copyOf(zParagraphs);
        readings = List.copyOf(readings);
        notEvaluated = List.copyOf(notEvaluated);
    }

    /** Every rule, in the order the findings list them. */
    public List<ClassificationRule> all() {
        List<ClassificationRule> all = new ArrayList<>();
        all.addAll(paragraphs);
        all.addAll(exclusions);
        all.addAll(pointers);
        all.addAll(systems);
        all.addAll(zParagraphs);
        return all;
    }
}
