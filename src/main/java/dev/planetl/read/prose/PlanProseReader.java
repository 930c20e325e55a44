package dev.planetl.read.prose;

import dev.planetl.extract.Document;
import dev.planetl.read.DocumentReader;
import dev.planetl.read.Finding;
import dev.planetl.read.PlanInfo;
import dev.planetl.read.ReadResult;
import dev.planetl.read.Vocabularies;
import dev.planetl.read.privacy.PersonalDataMasker;
import dev.planetl.read.vocab.VocabularySource;
import dev.planetl.read.classify.PlanClassifier;
import dev.planetl.read.schedule.PlanScheduleReader;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything planetl reads outside budget tables, in one pass: what the document is ({@link PlanClassifier}),
 * the amounts its prose states ({@link BudgetMentionReader}) and the tasks its schedule tables list
 * ({@link PlanScheduleReader}). Its result has no project lines or totals: the table readers supply those.
 * A plan year given by the caller (a manifest override) wins over the one read from the title page.
 * Stateless after construction and thread-safe.
 */
public final class PlanProseReader implements DocumentReader {

    private final PlanClassifier classifier;
    private final BudgetMentionReader mentions;
    private final PlanScheduleReader schedules;

    /** With the shipped vocabularies, masker and ministry dictionary. */
    public PlanProseReader() {
        this(new PlanClassifier(), new BudgetMentionReader(), new PlanScheduleReader());
    }

    /** With the vocabularies in effect, the default masker and the given ministry dictionary. */
    public PlanProseReader(VocabularySource source, Vocabularies vocabularies) {
        this(new PlanClassifier(source), new BudgetMentionReader(new PersonalDataMasker(), source,
                vocabularies.amounts()), new PlanScheduleReader(vocabularies.ministries(), source));
    }

    public PlanProseReader(PlanClassifier classifier, BudgetMentionReader mentions, PlanScheduleReader schedules) {
        this.classifier = classifier;
        this.mentions = mentions;
        this.schedules = schedules;
    }

    /**
     * The statistic a statistics release reports (its head names a release and a statistic that is no budget,
     * such as 해외직접투자), or empty for a plan: none of such a document's amounts is a budget.
     */
    public java.util.Optional<String> statisticReleased(Document document) {
        return mentions.statisticOfTitle(document);
    }

    /** The tables of the document read as schedules, whose year columns hold no amounts. */
    public java.util.Set<Integer> scheduleTables(Document document, Integer planYear) {
        return schedules.read(document, planYear).tables();
    }

    @Override
    public ReadResult read(Document document) {
        return read(document, null);
    }

    /**
     * @param planYearOverride the plan year from a manifest, or null to use the title page's
     * @return plan info, mentions, tasks and findings; no lines or totals
     */
    public ReadResult read(Document document, Integer planYearOverride) {
        PlanClassifier.Classification c = classifier.classify(document);
        PlanInfo plan = c.plan();
        List<Finding> findings = new ArrayList<>();
        if (planYearOverride != null) {
            plan = new PlanInfo(plan.title(), planYearOverride, plan.series(), plan.issuer(), plan.date());
            c.findings().stream().filter(f -> !f.rule().equals("plan.year.unknown")).forEach(findings::add);
        } else {
            findings.addAll(c.findings());
        }
        BudgetMentionReader.Result m = mentions.read(document, plan.planYear());
        PlanScheduleReader.Result s = schedules.read(document, plan.planYear());
        findings.addAll(m.findings());
        findings.addAll(s.findings());
        return new ReadResult(plan, List.of(), List.of(), m.mentions(), s.tasks(), findings);
    }
}
