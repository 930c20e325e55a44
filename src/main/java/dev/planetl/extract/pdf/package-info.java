/**
 * PDF extraction with PDFBox: {@link dev.planetl.extract.pdf.PdfExtractor} is the entry point.
 *
 * <p>How a page is read:
 * <ol>
 *   <li>{@code GlyphCollector} (a {@code PDFTextStripper}) collects every glyph with its position, and counts glyphs
 *       whose font gives no Unicode text; a page mostly made of those is left out with a warning.</li>
 *   <li>{@code RuleCollector} (a {@code PDFGraphicsStreamEngine}) collects horizontal and vertical rules: stroked
 *       segments and rectangle edges, and filled rectangles thin enough to be lines.</li>
 *   <li>{@code LatticeTableFinder} merges collinear rules, groups touching rules into grids ({@code RuledGrid}), reads
 *       merged cells from missing inner rules and puts each glyph into the cell holding its centre.</li>
 *   <li>The remaining glyphs become lines ({@code TextLine}: baseline clusters, word spaces from space glyphs or gaps
 *       wider than 0.23 of the font size) and rows ({@code TextRow}: lines closer than 1.7 sizes continue a row).</li>
 *   <li>{@code StreamTableFinder} looks for tables drawn without rules: runs of rows whose text leaves the same
 *       vertical gaps empty; at least three rows with text in three columns make a table.</li>
 *   <li>{@code SplitTableMerger} joins a table continued on the next page under its repeated header rows, and
 *       {@code BlockBuilder} turns the rest into headings (numbered and set larger than the body) and paragraphs.</li>
 * </ol>
 */
package dev.planetl.extract.pdf;
