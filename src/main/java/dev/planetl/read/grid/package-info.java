/**
 * The general table model: every table with amounts read as header paths × row paths ({@link
 * dev.planetl.read.grid.GridBuilder} → {@link dev.planetl.read.grid.Grid}), each amount cell a
 * {@link dev.planetl.read.TableFact} ({@link dev.planetl.read.grid.TableFactCollector}), each printed total an equation
 * ({@link dev.planetl.read.PrintedSum}).
 *
 * <p>Budget lines and totals are projections of this model. A kind reader of {@code dev.planetl.read.table} is one
 * projection, for one layout it recognises by its header words; the general projection
 * ({@code dev.planetl.read.table.GridProjection}) is the other, for every table no kind reader recognises: from the
 * {@link dev.planetl.read.grid.GridReading} of a table (its grid and its facts, each at its row and column) it keeps
 * the rows under a program header as lines and the total rows as totals, each with the very amount of its fact, where
 * the grid's roles make them certain, and a finding where they do not.
 */
package dev.planetl.read.grid;
