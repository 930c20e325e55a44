package dev.planetl.read;

import java.math.BigDecimal;

/**
 * One project (사업) line a document lists with an amount: a row of a project-list table.
 *
 * @param fiscalYear the year the amount belongs to
 * @param measure plan or actual, from the section context
 * @param ministry canonical full ministry name, e.g. 과학기술정보통신부; null when not resolved
 * @param ministryAsWritten the ministry as printed, e.g. 과기정통부
 * @param policyAreaCode the numbering of the policy area the line is listed under, e.g. {@code 1-1}, or null
 * @param policyArea the canonical name of that area, or null
 * @param program the project name as printed, whitespace normalised
 * @param isNew true for 신규, false for 계속, null when not stated
 * @param amountKrw the amount in won, exact
 * @param amountAsWritten the amount as printed, e.g. {@code 6,288}
 * @param unitAsWritten the unit the amount was read in, e.g. {@code 백만원}
 * @param source where the line stands, with the raw row
 */
public record BudgetLine(int fiscalYear, Measure measure, String ministry, String ministryAsWritten,
                         String policyAreaCode, String policyArea, String program, Boolean isNew,
                         BigDecimal amountKrw, String amountAsWritten, String unitAsWritten, SourceRef source) {
}
