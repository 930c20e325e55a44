package dev.planetl.validate.constraint;

import dev.planetl.read.BudgetLine;
import dev.planetl.read.Finding;
import dev.planetl.read.ReportedTotal;
import dev.planetl.read.Severity;
import dev.planetl.read.SourceRef;
import dev.planetl.validate.Fatal;
import dev.planetl.validate.KrwUnits;
import dev.planetl.validate.Ministries;
import dev.planetl.validate.Warning;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The constraints a project line and a reported total must meet, declared with hibernate-validator's programmatic
 * mapping (the read records are shared contracts and stay free of annotations). Constraints of group {@link Fatal}
 * reject the value; those of group {@link Warning} load it with a warning.
 *
 * <p>Each constraint's message template is its rule name (e.g. {@code line.unit.unknown}); the sentence a steward
 * reads comes from {@link ConstraintRules}. The {@link Validator} is built once here; this class is immutable and
 * thread-safe.
 */
public final class RecordConstraints {

    /** Default distance between a figure's fiscal year and the plan year beyond which a warning is raised. */
    public static final int DEFAULT_PLAN_YEAR_WINDOW = 10;

    private final Validator validator;
    private final Map<String, String> sentences;

    /**
     * @param units the units an amount may be printed in; any other unit rejects the value
     * @param ministries canonical ministry names; a resolved name outside them raises a warning
     * @param planYearWindow how many years a figure may lie before or after the plan year without a warning
     */
    public RecordConstraints(KrwUnits units, Ministries ministries, int planYearWindow) {
        HibernateValidatorConfiguration configuration = Validation.byProvider(HibernateValidator.class).configure()
                .messageInterpolator(new ParameterMessageInterpolator());
        ConstraintRules rules = new ConstraintRules(unitPattern(units.names()), ministryPattern(ministries.names()),
                planYearWindow);
        ConstraintMapping mapping = configuration.createConstraintMapping();
        rules.declare(mapping);
        this.validator = configuration.addMapping(mapping).buildValidatorFactory().getValidator();
        this.sentences = rules.sentences();
    }

    public static RecordConstraints standard() {
        return new RecordConstraints(KrwUnits.standard(), Ministries.standard(), DEFAULT_PLAN_YEAR_WINDOW);
    }

    /** @return whether the line may be loaded, and a finding for every constraint it violates */
    public Verdict check(BudgetLine line, int planYear) {
        LineSubject subject = new LineSubject(line, line.fiscalYear() - planYear);
        return verdict(subject, line.source());
    }

    /**
     * A total whose amount could not be read (null) passes these constraints: whether it can be repaired is for
     * the arithmetic to say.
     *
     * @return whether the total may be loaded, and a finding for every constraint it violates
     */
    public Verdict check(ReportedTotal total, int planYear) {
        return verdict(TotalSubject.of(total, planYear), total.source());
    }

    private Verdict verdict(Object subject, SourceRef source) {
        List<Finding> findings = new ArrayList<>();
        Set<ConstraintViolation<Object>> fatal = validator.validate(subject, Fatal.class);
        fatal.stream().sorted(BY_RULE).forEach(v -> findings.add(finding(Severity.ERROR, v, source)));
        validator.validate(subject, Warning.class).stream().sorted(BY_RULE)
                .forEach(v -> findings.add(finding(Severity.WARNING, v, source)));
        return new Verdict(!fatal.isEmpty(), findings);
    }

    private Finding finding(Severity severity, ConstraintViolation<Object> violation, SourceRef source) {
        String rule = violation.getMessageTemplate();
        String where = violation.getPropertyPath().toString();
        String message = sentences.getOrDefault(rule, rule) + " (" + where + " = " + violation.getInvalidValue() + ")"
                + (severity == Severity.ERROR ? "; the value is not loaded" : "; loaded for a steward to look at");
        return new Finding(severity, rule, message, source == null ? "" : source.raw(), source);
    }

    private static final Comparator<ConstraintViolation<Object>> BY_RULE = Comparator
            .comparing((ConstraintViolation<Object> v) -> v.getMessageTemplate())
            .thenComparing(v -> v.getPropertyPath().toString());

    /** Any known unit, spaces allowed between its syllables as printed (억 원). */
    static String unitPattern(Set<String> names) {
        return "\\s*(?:" + names.stream().sorted(Comparator.comparing(String::length).reversed())
                .map(name -> name.codePoints().mapToObj(Character::toString).map(Pattern::quote)
                        .collect(Collectors.joining("\\s*")))
                .collect(Collectors.joining("|")) + ")\\s*";
    }

    static String ministryPattern(Set<String> names) {
        return names.stream().map(Pattern::quote).collect(Collectors.joining("|", "(?:", ")"));
    }
}
