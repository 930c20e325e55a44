package dev.planetl.validate.constraint;

import dev.planetl.read.BudgetLine;

/**
 * What is validated for a project line: the line itself (its fields carry the constraints) and the facts that
 * depend on the document rather than on the line alone.
 *
 * @param line the line as read
 * @param yearsFromPlan its fiscal year minus the plan year
 */
record LineSubject(BudgetLine line, int yearsFromPlan) {
}
