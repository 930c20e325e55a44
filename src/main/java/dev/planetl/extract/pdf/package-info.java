/**
 * PDF extraction with PDFBox: {@link dev.planetl.extract.pdf.PdfExtractor} is the entry point.
 *
 * <p>How a page is read:
 * <ol>
 *   <li>{@code GlyphCollector} (a {@code PDFTextStripper}) collects every glyph with its position and its size on
 *       the page (the text rendering matrix's scale: Hancom PDF sets text at font size ~100 under a 0.12 CTM), and
 *       counts glyphs whose font gives no Unicode text; a page mostly made of those is left out with a warning.
 *       In the same parse of the content stream, its path operators feed {@code RuleCollector} (a
 *       {@code PDFGraphicsStreamEngine} driven by PDFBox's own path operator processors) with the horizontal and
 *       vertical rules: stroked segments and rectangle edges, and filled rectangles thin enough to be lines.</li>
 *   <li>{@code LatticeTableFinder} merges collinear rules, groups touching rules into grids ({@code RuledGrid}), reads
 *       merged cells from missing inner rules and puts each glyph into the cell holding its centre. Row rules that run
 *       past the outermost column rules make the open first and last columns of tables drawn without side rules
 *       (usual in HWP); column rules alone, of one height, are the body of a table continued across a page; a grid
 *       whose text all falls in one cell is a drawing (boxes and connectors), left as text. Each cell's text is
 *       built from its own glyphs: lines top to bottom, each left to right.</li>
 *   <li>The remaining glyphs become lines ({@code TextLine}: a glyph joins a line only on its baseline, within 0.3 of
 *       the size, and over no glyph of it, so lines with overlapping boxes cannot interleave; superscripts and
 *       subscripts join the line whose box holds them; word spaces from space glyphs or gaps wider than 0.23 of the
 *       font size) and rows ({@code TextRow}: lines closer than 1.7 sizes continue a row).</li>
 *   <li>{@code ColumnLayout} splits the lines into sections: full width, or two columns of prose on both sides of a
 *       gutter (a band no glyph of a run of lines touches), read left column first, then right.</li>
 *   <li>In each flow, {@code StreamTableFinder} looks for tables drawn without rules: runs of rows whose text leaves
 *       the same vertical gaps empty ({@code GapColumns}); at least three rows with text in three columns make a
 *       table, and {@code TwoRowTables} takes a header row over one row of numbers under stricter conditions.
 *       {@code AlignedTableBuilder} builds its cells: a line printing a figure in a column already filled starts a
 *       new record (a name wrapped onto a line without amounts stays with its row), header rows set in another
 *       size above the body are kept, a group header centred over the columns below spans them.</li>
 *   <li>{@code SplitTableMerger} joins a table continued on the next page under its repeated header rows, and
 *       {@code BlockBuilder} turns the rest into headings (numbered and set larger than the body) and paragraphs.</li>
 * </ol>
 */
package dev.planetl.extract.pdf;
