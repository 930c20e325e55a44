package dev.planetl.read;

import java.math.BigDecimal;

/**
 * A total a document prints: by goal, by target, by ministry, by ministry × goal, or the grand total.
 *
 * @param kind what the total is broken down by
 * @param fiscalYear the year it belongs to
 * @param measure plan or actual, from the section context
 * @param ministry canonical ministry name, null when the total is not by ministry
 * @param ministryAsWritten the ministry as printed, or null
 * @param policyAreaCode e.g. {@code 1} for a goal or {@code 1-1} for a target, null when not by area
 * @param policyArea canonical area name, or null
 * @param policyAreaAsWritten the area name as printed, or null
 * @param taskCount the printed number of tasks (과제 개수), or null
 * @param sharePct the printed share in percent, or null
 * @param amountKrw the amount in won, exact; null when the printed value could not be read (a finding
 *     {@code number.malformed} then carries the raw text, and validation may repair it from the arithmetic)
 * @param amountAsWritten the amount as printed
 * @param unitAsWritten the unit it was read in
 * @param source where it is printed
 */
public record ReportedTotal(TotalKind kind, int fiscalYear, Measure measure, String ministry,
                            String ministryAsWritten, String policyAreaCode, String policyArea,
                            String policyAreaAsWritten, Integer taskCount, BigDecimal sharePct,
                            BigDecimal amountKrw, String amountAsWritten, String unitAsWritten,
                            SourceRef source) {
}
