/**
 * Plain text as converters leave it, and the text rules the other extractors share.
 *
 * <p>Reading order of the rules: bytes become NFC text ({@link dev.planetl.extract.text.TextDecoder}); lines
 * lose markdown emphasis and HTML fragments ({@link dev.planetl.extract.text.InlineMarkup}) and get pages
 * from page markers ({@link dev.planetl.extract.text.SourceLines}); tab runs become tables
 * ({@link dev.planetl.extract.text.TabTableFinder}), then clearly space-separated rows
 * ({@link dev.planetl.extract.text.SpaceTableFinder}), with header rows by
 * {@link dev.planetl.extract.text.HeaderRows}; every other line is a heading by its numbering
 * ({@link dev.planetl.extract.text.HeadingRules}) or a paragraph ({@link dev.planetl.extract.text.TextLayout}).
 * {@link dev.planetl.extract.text.TextRules} offers the same cleaning, heading and header-row rules to the
 * other extractors.
 */
package dev.planetl.extract.text;
