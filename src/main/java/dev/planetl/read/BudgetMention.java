package dev.planetl.read;

import java.math.BigDecimal;

/**
 * An amount stated in prose, with what it belongs to.
 *
 * @param fiscalYear the year of an annual figure, or null for a multi-year total
 * @param periodStart first year of the period the figure covers (same as fiscalYear for annual)
 * @param periodEnd last year of that period
 * @param subject the program or subject the amount belongs to, as printed, whitespace normalised
 * @param amount the amount in its currency's unit (won for KRW), exact
 * @param amountAsWritten the amount as printed, e.g. {@code 8,272억원}
 * @param kind annual, multi-year total, national share or other
 * @param currency ISO 4217 code: KRW, USD, EUR, JPY, CNY
 * @param sentence the sentence it came from, personal data masked
 * @param source where it stands
 */
public record BudgetMention(Integer fiscalYear, Integer periodStart, Integer periodEnd, String subject,
                            BigDecimal amount, String amountAsWritten, MentionKind kind, String currency,
                            String sentence, SourceRef source) {
}
