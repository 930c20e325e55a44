/**
 * What plans say about money outside tables.
 *
 * <p>{@link dev.planetl.read.prose.BudgetMentionReader} turns prose (headings, paragraphs, bullets, footnotes) into
 * {@link dev.planetl.read.BudgetMention}s; {@link dev.planetl.read.prose.PlanProseReader} runs it together with the
 * plan classifier and the schedule reader. An amount it cannot place with certainty is a
 * {@link dev.planetl.read.Finding} (severity warning) carrying the masked sentence, under one of these rules:
 * <ul>
 *   <li>{@code mention.year.missing}: no year or period is printed with the amount;</li>
 *   <li>{@code mention.year.ambiguous}: two different years or periods are printed around it;</li>
 *   <li>{@code mention.year.suspicious}: the year lies more than 12 years from the plan year, or runs backwards;</li>
 *   <li>{@code mention.context.unclear}: the amount stands alone in parentheses ({@code 538개 기업(2,220억원)});</li>
 *   <li>{@code mention.subject.unclear}: the text before it names no program ({@code (지원 규모)}), or mixes in a
 *       forecast;</li>
 *   <li>{@code mention.not_budget}: money that is not a budget (trade balance, sales, purchases, forecasts);</li>
 *   <li>{@code mention.per_unit}: a rate ({@code 과제당 4억원}, {@code 12억원/건});</li>
 *   <li>{@code mention.equivalent}: a restatement of the amount before it in another currency
 *       ({@code 183억 유로(약 23조 6천억 원)});</li>
 *   <li>{@code mention.negative}: a decrease or deficit ({@code △240억불});</li>
 *   <li>{@code mention.number.malformed}: a number that does not compose ({@code 0.9만억 위안});</li>
 *   <li>{@code mention.unit.missing}: a unitless figure in a money series ({@code ('24) 900 → ('25) 1,200억원}).</li>
 * </ul>
 * The classifier adds {@code plan.year.unknown}; the schedule reader {@code schedule.row.unreadable},
 * {@code schedule.ministry.unresolved} and {@code schedule.ministry.run_together}.
 */
package dev.planetl.read.prose;
