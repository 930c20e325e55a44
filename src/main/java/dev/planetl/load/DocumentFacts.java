package dev.planetl.load;

import dev.planetl.extract.DocumentMetadata;
import dev.planetl.read.BudgetLine;
import dev.planetl.read.BudgetMention;
import dev.planetl.read.Finding;
import dev.planetl.read.PlanInfo;
import dev.planetl.read.PlanTask;
import dev.planetl.read.ReportedTotal;
import dev.planetl.read.TableFact;
import dev.planetl.validate.CheckResult;

import java.util.List;

/**
 * What processing one document yielded, ready to be staged: the accepted facts, every finding and check, and
 * whether the publication policy holds the document back.
 *
 * @param document the registry entry
 * @param metadata what the file said about itself
 * @param plan what the document is, as read
 * @param planYear the plan year used for publishing (manifest override, else detected), or null when unknown
 * @param planYearSource 'manifest' or 'detected', null when unknown
 * @param lines accepted project lines
 * @param totals accepted reported totals
 * @param mentions accepted prose mentions
 * @param tasks accepted plan tasks
 * @param findings every finding of reading and validation (errors are what was kept out)
 * @param checks every cross-check that was run, passed or failed
 * @param holdBackReason why the policy holds the whole document back, or null to publish it
 * @param tablesFound tables the extractor found
 * @param tablesRead tables a reader recognised and read
 * @param facts every amount cell of its tables, with its check status
 * @param caveat why a published document is not clean (error findings, tables with amounts but no fact), or null
 */
public record DocumentFacts(RegisteredDocument document, DocumentMetadata metadata, PlanInfo plan,
                            Integer planYear, String planYearSource, List<BudgetLine> lines,
                            List<ReportedTotal> totals, List<BudgetMention> mentions, List<PlanTask> tasks,
                            List<Finding> findings, List<CheckResult> checks, String holdBackReason,
                            int tablesFound, int tablesRead, List<TableFact> facts, String caveat) {

    /** Without table facts and caveat, as pipelines that read no tables build it. */
    public DocumentFacts(RegisteredDocument document, DocumentMetadata metadata, PlanInfo plan,
                         Integer planYear, String planYearSource, List<BudgetLine> lines,
                         List<ReportedTotal> totals, List<BudgetMention> mentions, List<PlanTask> tasks,
                         List<Finding> findings, List<CheckResult> checks, String holdBackReason,
                         int tablesFound, int tablesRead) {
        this(document, metadata, plan, planYear, planYearSource, lines, totals, mentions, tasks, findings, checks,
                holdBackReason, tablesFound, tablesRead, List.of(), null);
    }

    public DocumentFacts {
        facts = List.copyOf(facts);
        lines = List.copyOf(lines);
        totals = List.copyOf(totals);
        mentions = List.copyOf(mentions);
        tasks = List.copyOf(tasks);
        findings = List.copyOf(findings);
        checks = List.copyOf(checks);
    }

    public boolean heldBack() {
        return holdBackReason != null;
    }
}
