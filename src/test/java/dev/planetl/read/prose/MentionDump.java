package dev.planetl.read.prose;

import dev.planetl.read.BudgetMention;
import dev.planetl.read.Finding;
import dev.planetl.read.classify.PlanClassifier;

/** Development aid: prints what the readers take from a seed. Not a test. */
public final class MentionDump {
    public static void main(String[] args) {
        for (String seed : args) {
            var doc = LineDocuments.seed(seed);
            var plan = new PlanClassifier().classify(doc);
            System.out.println("#### " + seed + " " + plan);
            var r = new BudgetMentionReader().read(doc, plan.plan().planYear());
            for (BudgetMention m : r.mentions()) {
                System.out.println("M\t" + m.source().ref() + "\t" + m.fiscalYear() + "\t" + m.periodStart() + "-"
                        + m.periodEnd() + "\t" + m.kind() + "\t" + m.amountAsWritten() + "\t" + m.amount().toPlainString()
                        + "\t" + m.currency() + "\t" + m.subject() + "\t|| " + m.sentence());
            }
            for (Finding f : r.findings()) {
                System.out.println("F\t" + f.source().ref() + "\t" + f.rule() + "\t" + f.message() + "\t|| " + f.rawText());
            }
        }
    }
}
