package dev.planetl.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Everything a data steward needs to know about one run, as read from the warehouse.
 *
 * @param run the run's row: id, command, root, status, started, ended, summary
 * @param documents each document the run saw, with its outcome
 * @param checks every cross-check the run made
 * @param findings every finding the run recorded
 * @param amounts loaded amounts (project lines) by ministry and fiscal year, in won
 * @param skipped every other file under the folder, with why it was not read
 */
public record RunReport(Map<String, Object> run, List<DocumentRow> documents, List<CheckRow> checks,
                        List<FindingRow> findings, List<AmountRow> amounts, List<FileRow> skipped) {

    /** A file the run did not read as a document: duplicate, link, special or excluded, with the detail. */
    public record FileRow(String path, String outcome, String detail) {
    }

    /** One document's outcome in the run. */
    public record DocumentRow(String path, String action, String state, String reason, Integer planYear,
                              Integer tablesFound, Integer tablesRead, Integer lines, Integer totals,
                              Integer mentions, Integer findings) {
    }

    /** One cross-check; quantity says what the numbers count: won, percent or count. */
    public record CheckRow(String document, String rule, String scope, String quantity, BigDecimal expected,
                           BigDecimal computed, BigDecimal difference, String status) {
    }

    /** One finding, with its raw text and place. */
    public record FindingRow(String document, String severity, String rule, String message, String rawText,
                             Integer page, String sourceRef) {
    }

    /** A loaded amount, summed by ministry and fiscal year. */
    public record AmountRow(String ministry, int fiscalYear, String measure, BigDecimal amountKrw) {
    }
}
