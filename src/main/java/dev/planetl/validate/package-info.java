/**
 * Validation and reconciliation of what the readers emit, one document at a time.
 *
 * <p>Entry point: {@link dev.planetl.validate.DocumentValidator#validate(dev.planetl.read.ReadResult, int)}
 * returns a {@link dev.planetl.validate.Validation}; {@link dev.planetl.validate.DocumentValidator#decide} applies
 * the {@link dev.planetl.validate.PublicationPolicy}. The steps, in order:
 * <ol>
 *   <li><b>Record constraints</b> ({@code constraint.RecordConstraints}): hibernate-validator programmatic mapping
 *       on the read records' fields, groups {@link dev.planetl.validate.Fatal} (error, value rejected) and
 *       {@link dev.planetl.validate.Warning} (loaded with a warning). Rules: {@code line.year.range},
 *       {@code line.year.plan} (warning), {@code line.measure.missing}, {@code line.amount.missing},
 *       {@code line.ministry.unresolved}, {@code line.ministry.unknown} (warning),
 *       {@code line.program.missing}, {@code line.unit.unknown}, {@code line.source.missing}; for totals
 *       {@code total.kind.missing}, {@code total.year.range}, {@code total.year.plan} (warning),
 *       {@code total.measure.missing}, {@code total.share.range},
 *       {@code total.task-count.negative}, {@code total.ministry.unresolved}, {@code total.ministry.unknown}
 *       (warning), {@code total.area.missing}, {@code total.unit.unknown}, {@code total.source.missing}.</li>
 *   <li><b>Repair</b> ({@code repair.ArithmeticRepair}): an unreadable total in a ministry × goal matrix whose
 *       row and column both prove one value its printed digits begin with ({@code repair.arithmetic}); else it
 *       stays out ({@code repair.unproven}, {@code total.amount.missing}).</li>
 *   <li><b>Cross-checks</b> ({@code check.*}, names in {@link dev.planetl.validate.Rules}), each giving a
 *       {@link dev.planetl.validate.CheckResult}: total.row, total.column, total.grand, total.goal,
 *       figure.consistent, share.value, share.sum, reconcile.grand/goal/target/ministry/ministry_goal, task.count.
 *       Tolerance: half a printed step for every printed figure a check combines ({@code check.Steps}).</li>
 *   <li><b>Blame</b> ({@code check.Blame}): a printed figure that failed a check and that no passed check vouches
 *       for is kept out ({@code total.quarantined}): a wrong amount takes its total out, a wrong share or number
 *       of tasks only itself.</li>
 *   <li><b>Suspects</b> ({@code check.SuspectLines}): when a target's and a ministry's roll-ups fail by the same
 *       difference, a warning {@code reconcile.suspects} names the lines both hold.</li>
 * </ol>
 */
package dev.planetl.validate;
