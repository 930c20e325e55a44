/**
 * Rule-based readers of budget tables: document model in, {@link dev.planetl.read.BudgetLine},
 * {@link dev.planetl.read.ReportedTotal} and {@link dev.planetl.read.Finding} out.
 *
 * <p>The entry point is {@link dev.planetl.read.table.BudgetTableReader#read(dev.planetl.extract.Document)}: it walks
 * the blocks in reading order with a {@link dev.planetl.read.context.ContextTracker} and hands each table to the
 * first {@link dev.planetl.read.table.TableReader} whose header words it recognises. Each kind reader is one
 * projection of the general table model ({@link dev.planetl.read.grid.Grid}); a table none of them recognises goes to
 * {@link dev.planetl.read.table.GridProjection}, the general projection, which reads lines and totals from the grid's
 * facts where its roles make them certain, with the kind readers' ministry placement and findings. Readers never
 * guess: a value
 * that cannot be placed (malformed number, unknown unit, ministry or policy area, no year or measure stated)
 * becomes a finding with the raw text and the cell or row it stands in. Rules used in findings:
 * {@code number.malformed}, {@code unit.missing}, {@code amount.currency}, {@code context.unknown},
 * {@code ministry.unresolved}, {@code ministry.ambiguous}, {@code ministry.missing}, {@code policy_area.unresolved},
 * {@code line.amount_missing}, {@code line.program_missing}, {@code line.status_unknown}, {@code total.unplaced},
 * {@code table.row_unrecognised}, {@code table.column_unread}, {@code table.roles_ambiguous},
 * {@code table.unrecognised}, {@code table.projection_conflict}, {@code table.projection_unbacked} (a kind reader's
 * line or total that the fact of its cell does not back: {@link dev.planetl.read.table.FactBacking}).
 */
package dev.planetl.read.table;
