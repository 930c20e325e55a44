package dev.planetl.read;

import dev.planetl.extract.Document;
import dev.planetl.read.classify.PlanClassifier;
import dev.planetl.read.prose.BudgetMentionReader;
import dev.planetl.read.schedule.PlanScheduleReader;
import dev.planetl.read.table.BudgetTableReader;
import dev.planetl.read.table.TableReading;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * All the readers over one document: what the document is (title page), its budget tables, the amounts its
 * prose states and the tasks its schedules list. Stateless and thread-safe.
 */
public final class PlanDocumentReader implements DocumentReader {

    private final PlanClassifier classifier;
    private final BudgetTableReader tables;
    private final BudgetMentionReader mentions;
    private final PlanScheduleReader schedules;

    public PlanDocumentReader(PlanClassifier classifier, BudgetTableReader tables, BudgetMentionReader mentions,
                              PlanScheduleReader schedules) {
        this.classifier = Objects.requireNonNull(classifier);
        this.tables = Objects.requireNonNull(tables);
        this.mentions = Objects.requireNonNull(mentions);
        this.schedules = Objects.requireNonNull(schedules);
    }

    /** The readers over the vocabularies shipped under {@code vocab/}. */
    public static PlanDocumentReader standard() {
        return new PlanDocumentReader(new PlanClassifier(), BudgetTableReader.standard(), new BudgetMentionReader(),
                new PlanScheduleReader());
    }

    @Override
    public ReadResult read(Document document) {
        return read(document, null);
    }

    /**
     * @param planYearOverride the plan year a steward set for the document, which wins over the one detected
     */
    public ReadResult read(Document document, Integer planYearOverride) {
        PlanClassifier.Classification classification = classifier.classify(document);
        PlanInfo detected = classification.plan();
        List<Finding> findings = new ArrayList<>();
        PlanInfo plan = detected;
        if (planYearOverride != null) {
            plan = new PlanInfo(detected.title(), planYearOverride, detected.series(), detected.issuer(),
                    detected.date());
            classification.findings().stream().filter(f -> !f.rule().equals("plan.year.unknown"))
                    .forEach(findings::add);
        } else {
            findings.addAll(classification.findings());
        }
        TableReading tableReading = tables.read(document);
        PlanScheduleReader.Result schedule = schedules.read(document, plan.planYear());
        // A schedule table is no budget table: the budget readers' "unrecognised" warning about it is not news.
        java.util.Set<Integer> scheduleTables = new java.util.HashSet<>();
        schedule.tasks().forEach(t -> scheduleTables.add(t.source().provenance().tableIndex()));
        tableReading.findings().stream()
                .filter(f -> !(f.rule().equals("table.unrecognised") && f.source() != null
                        && scheduleTables.contains(f.source().provenance().tableIndex())))
                .forEach(findings::add);
        BudgetMentionReader.Result prose = mentions.read(document, plan.planYear());
        findings.addAll(prose.findings());
        findings.addAll(schedule.findings());
        return new ReadResult(plan, tableReading.lines(), tableReading.totals(), prose.mentions(), schedule.tasks(),
                findings);
    }

    /** How many of the document's tables were recognised and read (not reported as unrecognised). */
    public static int tablesRead(Document document, ReadResult result) {
        long found = document.tables().count();
        long unrecognised = result.findings().stream().filter(f -> f.rule().equals("table.unrecognised")).count();
        return (int) Math.max(0, found - unrecognised);
    }

}
