package org.clearance.overlay;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelValidationException;
import dev.cel.common.types.ListType;
import dev.cel.common.types.MapType;
import dev.cel.common.types.SimpleType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.clearance.determination.Overlay;
import org.clearance.determination.OverlayEffect;
import org.clearance.determination.ReviewPolicy;
import org.clearance.law.RuleHeader;
import org.clearance.yaml.Documents;
import org.clearance.yaml.StrictNode;

/**
 * Reads a company overlay: a dated, cited YAML file whose condition ({@code when}) is a CEL expression over the
 * documented variables and whose effect comes from a closed set that only tightens ({@code require_license},
 * {@code set_review_policy}, {@code hold_for_review}). Anything else — another effect, an unknown key, an
 * expression that does not compile to a boolean — is refused at load, naming the file and field.
 *
 * <p>Variables: {@code item.id, item.name, item.vendor, item.kind, item.eccn, item.status, item.tpp,
 * item.performance_density, item.dram_bandwidth_gb_s, item.interconnect_gb_s, item.datacenter, quantity,
 * destination, destination_groups, end_user.name, end_user.country, end_user.hq, end_user.parent_hq,
 * end_user.hq_groups, end_user.parent_hq_groups, export_from, transaction, end_uses, date} (docs/overlays.md).
 */
public final class OverlayLoader {

    private static final Set<String> KEYS = Set.of("id", "title", "text", "kind", "effect", "policy", "when", "status",
            "interpretations");
    private static final CelCompiler COMPILER = CelCompilerFactory.standardCelCompilerBuilder()
            // has(), all(), exists(), exists_one(), map(), filter(): docs/overlays.md uses has()
            .setStandardMacros(dev.cel.parser.CelStandardMacro.STANDARD_MACROS)
            .addVar("item", MapType.create(SimpleType.STRING, SimpleType.DYN))
            .addVar("end_user", MapType.create(SimpleType.STRING, SimpleType.DYN))
            .addVar("quantity", SimpleType.INT)
            .addVar("destination", SimpleType.STRING)
            .addVar("destination_groups", ListType.create(SimpleType.STRING))
            .addVar("export_from", SimpleType.STRING)
            .addVar("transaction", SimpleType.STRING)
            .addVar("end_uses", ListType.create(SimpleType.STRING))
            .addVar("date", SimpleType.STRING)
            .setResultType(SimpleType.BOOL)
            .build();
    private static final CelRuntime RUNTIME = CelRuntimeFactory.standardCelRuntimeBuilder().build();

    private OverlayLoader() {
    }

    public static Overlay load(Path file) {
        return read(Documents.read(file, file.toString()), file.getFileName().toString());
    }

    public static Overlay read(StrictNode root, String source) {
        root.allowOnly(KEYS);
        RuleHeader header = new RuleHeader(root.require("id").text(), root.require("title").text(),
                root.require("text").text().strip(),
                org.clearance.rulepack.RuleStatusReader.series(root.require("status")),
                root.optionalNonNull("interpretations").map(StrictNode::textList).orElse(List.of()), source);
        OverlayEffect effect = effect(root);
        StrictNode when = root.require("when");
        String expression = when.text();
        try {
            CelAbstractSyntaxTree ast = COMPILER.compile(expression).getAst();
            return new CelOverlay(header, effect, expression, RUNTIME.createProgram(ast), reads(ast));
        } catch (CelValidationException e) {
            throw when.error("the CEL expression does not compile to a boolean: " + e.getMessage().strip());
        } catch (CelEvaluationException e) {
            throw when.error("the CEL expression cannot be prepared: " + e.getMessage());
        }
    }

    /**
     * Every variable path the expression reads: {@code x.f} for a field selected from variable {@code x}, {@code x}
     * where the whole variable is used (a comprehension's own variable counts too, harmlessly: it has no value).
     */
    static List<String> reads(CelAbstractSyntaxTree ast) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        dev.cel.common.navigation.CelNavigableAst.fromAst(ast).getRoot().allNodes().forEach(node -> {
            if (node.getKind() != dev.cel.common.ast.CelExpr.ExprKind.Kind.IDENT) return;
            String name = node.expr().ident().name();
            var parent = node.parent();
            if (name.indexOf('.') < 0 && parent.isPresent()
                    && parent.get().getKind() == dev.cel.common.ast.CelExpr.ExprKind.Kind.SELECT) {
                out.add(name + "." + parent.get().expr().select().field());
            } else {
                out.add(name);
            }
        });
        return List.copyOf(out);
    }

    private static OverlayEffect effect(StrictNode root) {
        StrictNode effect = root.require("effect");
        ReviewPolicy policy = root.optionalNonNull("policy").map(p -> {
            try {
                return ReviewPolicy.valueOf(p.text().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw p.error("unknown policy '" + p.text()
                        + "'; expected presumption_of_approval, case_by_case, presumption_of_denial or policy_of_denial");
            }
        }).orElse(null);
        return switch (effect.text()) {
            case "require_license" -> new OverlayEffect.RequireLicense(policy);
            case "set_review_policy" -> {
                if (policy == null) throw root.error("set_review_policy needs a policy");
                yield new OverlayEffect.SetReviewPolicy(policy);
            }
            case "hold_for_review" -> {
                if (policy != null) throw root.require("policy").error("hold_for_review takes no policy");
                yield new OverlayEffect.HoldForReview();
            }
            default -> throw effect.error("effect '" + effect.text() + "' is not allowed: an overlay may only "
                    + "require_license, set_review_policy or hold_for_review (it can tighten the rules, never relax them)");
        };
    }
}
