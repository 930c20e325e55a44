package dev.planetl.validate.constraint;

import dev.planetl.read.ReportedTotal;
import dev.planetl.read.TotalKind;

/**
 * What is validated for a reported total: the total itself and the facts that depend on its kind or on the document.
 *
 * @param total the total as read
 * @param yearsFromPlan its fiscal year minus the plan year
 * @param ministryMissing true when the total is by ministry but names no resolved ministry
 * @param areaMissing true when the total is by goal or target but names no area code
 */
record TotalSubject(ReportedTotal total, int yearsFromPlan, boolean ministryMissing, boolean areaMissing) {

    static TotalSubject of(ReportedTotal total, int planYear) {
        TotalKind kind = total.kind();
        boolean byMinistry = kind == TotalKind.MINISTRY || kind == TotalKind.MINISTRY_GOAL;
        boolean byArea = kind == TotalKind.GOAL || kind == TotalKind.TARGET || kind == TotalKind.MINISTRY_GOAL;
        return new TotalSubject(total, total.fiscalYear() - planYear,
                byMinistry && isBlank(total.ministry()), byArea && isBlank(total.policyAreaCode()));
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
