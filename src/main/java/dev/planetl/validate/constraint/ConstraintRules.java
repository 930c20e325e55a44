package dev.planetl.validate.constraint;

import dev.planetl.read.BudgetLine;
import dev.planetl.read.ReportedTotal;
import dev.planetl.validate.Fatal;
import dev.planetl.validate.Warning;
import org.hibernate.validator.cfg.ConstraintDef;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.cfg.context.PropertyConstraintMappingContext;
import org.hibernate.validator.cfg.context.TypeConstraintMappingContext;
import org.hibernate.validator.cfg.defs.AssertFalseDef;
import org.hibernate.validator.cfg.defs.DecimalMaxDef;
import org.hibernate.validator.cfg.defs.DecimalMinDef;
import org.hibernate.validator.cfg.defs.MinDef;
import org.hibernate.validator.cfg.defs.NotBlankDef;
import org.hibernate.validator.cfg.defs.NotNullDef;
import org.hibernate.validator.cfg.defs.PatternDef;
import org.hibernate.validator.cfg.defs.RangeDef;

import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The rule names, groups and sentences of the record constraints, declared on fields (records keep their
 * components in private final fields of the same name, which hibernate-validator reads).
 */
final class ConstraintRules {

    static final int MIN_YEAR = 1990;
    static final int MAX_YEAR = 2100;

    private final String unitPattern;
    private final String ministryPattern;
    private final int planYearWindow;
    private final Map<String, String> sentences = new LinkedHashMap<>();
    /** hibernate-validator allows each field to be configured once: constraints of a field are added to one context. */
    private final Map<TypeConstraintMappingContext<?>, Map<String, PropertyConstraintMappingContext>> fields =
            new IdentityHashMap<>();

    ConstraintRules(String unitPattern, String ministryPattern, int planYearWindow) {
        this.unitPattern = unitPattern;
        this.ministryPattern = ministryPattern;
        this.planYearWindow = planYearWindow;
    }

    void declare(ConstraintMapping mapping) {
        declareLine(mapping);
        declareTotal(mapping);
    }

    Map<String, String> sentences() {
        return Map.copyOf(sentences);
    }

    private void declareLine(ConstraintMapping mapping) {
        TypeConstraintMappingContext<BudgetLine> line = mapping.type(BudgetLine.class);
        on(line, "fiscalYear", new RangeDef().min(MIN_YEAR).max(MAX_YEAR), Fatal.class, "line.year.range",
                "fiscal year outside " + MIN_YEAR + ".." + MAX_YEAR);
        on(line, "measure", new NotNullDef(), Fatal.class, "line.measure.missing", "plan or actual not known");
        on(line, "amountKrw", new NotNullDef(), Fatal.class, "line.amount.missing", "amount not read");
        // No sign rule: a printed △ or − is a decrease (a cut, a deduction) the totals count with its sign.
        on(line, "ministry", new NotBlankDef(), Fatal.class, "line.ministry.unresolved",
                "ministry as printed is not in the ministry dictionary");
        on(line, "ministry", new PatternDef().regexp(ministryPattern), Warning.class, "line.ministry.unknown",
                "resolved ministry is not a known central administrative body");
        on(line, "program", new NotBlankDef(), Fatal.class, "line.program.missing", "project name missing");
        on(line, "unitAsWritten", new NotNullDef(), Fatal.class, "line.unit.unknown", "unit of the amount not known");
        on(line, "unitAsWritten", new PatternDef().regexp(unitPattern), Fatal.class, "line.unit.unknown",
                "unit of the amount not known");
        on(line, "source", new NotNullDef(), Fatal.class, "line.source.missing", "place in the document missing");

        TypeConstraintMappingContext<LineSubject> subject = mapping.type(LineSubject.class);
        subject.field("line").valid();
        on(subject, "yearsFromPlan", new RangeDef().min(-planYearWindow).max(planYearWindow), Warning.class,
                "line.year.plan", "fiscal year more than " + planYearWindow + " years from the plan year");
    }

    private void declareTotal(ConstraintMapping mapping) {
        TypeConstraintMappingContext<ReportedTotal> total = mapping.type(ReportedTotal.class);
        on(total, "kind", new NotNullDef(), Fatal.class, "total.kind.missing", "what the total is by is not known");
        on(total, "fiscalYear", new RangeDef().min(MIN_YEAR).max(MAX_YEAR), Fatal.class, "total.year.range",
                "fiscal year outside " + MIN_YEAR + ".." + MAX_YEAR);
        on(total, "measure", new NotNullDef(), Fatal.class, "total.measure.missing", "plan or actual not known");
        on(total, "sharePct", new DecimalMinDef().value("0"), Fatal.class, "total.share.range",
                "share outside 0..100 percent");
        on(total, "sharePct", new DecimalMaxDef().value("100"), Fatal.class, "total.share.range",
                "share outside 0..100 percent");
        on(total, "taskCount", new MinDef().value(0), Fatal.class, "total.task-count.negative",
                "number of tasks negative");
        on(total, "ministry", new PatternDef().regexp(ministryPattern), Warning.class, "total.ministry.unknown",
                "resolved ministry is not a known central administrative body");
        on(total, "unitAsWritten", new NotNullDef(), Fatal.class, "total.unit.unknown",
                "unit of the amount not known");
        on(total, "unitAsWritten", new PatternDef().regexp(unitPattern), Fatal.class, "total.unit.unknown",
                "unit of the amount not known");
        on(total, "source", new NotNullDef(), Fatal.class, "total.source.missing", "place in the document missing");

        TypeConstraintMappingContext<TotalSubject> subject = mapping.type(TotalSubject.class);
        subject.field("total").valid();
        on(subject, "yearsFromPlan", new RangeDef().min(-planYearWindow).max(planYearWindow), Warning.class,
                "total.year.plan", "fiscal year more than " + planYearWindow + " years from the plan year");
        on(subject, "ministryMissing", new AssertFalseDef(), Fatal.class, "total.ministry.unresolved",
                "total by ministry whose ministry is not in the ministry dictionary");
        on(subject, "areaMissing", new AssertFalseDef(), Fatal.class, "total.area.missing",
                "total by goal or target without its area code");
    }

    private <A extends java.lang.annotation.Annotation> void on(TypeConstraintMappingContext<?> type, String field,
            ConstraintDef<?, A> def, Class<?> group, String rule, String sentence) {
        PropertyConstraintMappingContext property = fields.computeIfAbsent(type, t -> new LinkedHashMap<>())
                .computeIfAbsent(field, f -> type.field(f));
        property.constraint(def.groups(group).message(rule));
        sentences.put(rule, sentence);
    }
}
