package dev.planetl.extract.html;

import java.util.regex.Pattern;

import dev.planetl.extract.Block;
import dev.planetl.extract.Heading;
import dev.planetl.extract.Paragraph;
import dev.planetl.extract.Provenance;
import dev.planetl.extract.text.TextRules;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Walks an HTML body in document order and emits blocks.
 *
 * <ul>
 *   <li>{@code h1}–{@code h6}: a heading. A numbered one ({@code <h2>II. 추진성과</h2>}) gets its numbering split
 *       off and the numbering scheme's level, as in text; an unnumbered one the tag's level.</li>
 *   <li>Every other run of inline content (text, {@code span}, {@code b}, {@code a} … up to the next block
 *       element) inside {@code p}, {@code li}, {@code div}, {@code body} and the like: a paragraph, or a heading
 *       when it is a numbered line by the text rules ({@link TextRules#numberedHeading}).</li>
 *   <li>{@code table}: a {@link dev.planetl.extract.Table} ({@link HtmlTables}). Nested tables are flattened this
 *       way: a table that holds another table is layout, not data (a page or a box drawn as a one-cell table,
 *       as HWP and Word exports do), so it is not emitted; its cells are walked, row by row, as ordinary content,
 *       and the tables inside them are emitted as tables.</li>
 *   <li>{@code script}, {@code style}, {@code head}, {@code template}, {@code noscript}: skipped.</li>
 * </ul>
 * Provenance line is the source line of the element or text run (jsoup position tracking).
 */
final class HtmlBlocks {

    private static final Pattern HEADING_TAG = Pattern.compile("h[1-6]");
    private static final Set<String> SKIPPED = Set.of("script", "style", "head", "template", "noscript", "iframe",
            "object", "svg", "math", "select", "option", "button");
    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "ul", "ol", "dl", "dt", "dd", "section",
            "article", "main", "header", "footer", "nav", "aside", "blockquote", "pre", "address", "figure",
            "figcaption", "form", "fieldset", "center", "body", "hr", "br-block", "caption", "td", "th", "tr",
            "tbody", "thead", "tfoot", "details", "summary", "legend", "hgroup", "menu");

    private final List<Block> blocks = new ArrayList<>();
    private final StringBuilder inline = new StringBuilder();
    private final boolean sourceLines;
    private Node inlineStart;
    private int tables;
    private int ordinal;

    private HtmlBlocks(boolean sourceLines) {
        this.sourceLines = sourceLines;
    }

    /** Blocks with the source line of each element. */
    static List<Block> walk(Element body) {
        return walk(body, true);
    }

    /**
     * @param sourceLines true to give each block its source line; false to number blocks 1, 2, 3 … (for markup
     *     generated from another format, whose lines mean nothing)
     */
    static List<Block> walk(Element body, boolean sourceLines) {
        HtmlBlocks walker = new HtmlBlocks(sourceLines);
        walker.container(body);
        walker.flush();
        return walker.blocks;
    }

    private void container(Element element) {
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text) {
                addInline(text, text.getWholeText());
            } else if (child instanceof Element e) {
                element(e);
            }
        }
    }

    private void element(Element e) {
        String name = e.normalName();
        if (SKIPPED.contains(name)) {
            return;
        }
        if (HEADING_TAG.matcher(name).matches()) {
            flush();
            heading(e, name.charAt(1) - '0');
        } else if (name.equals("table")) {
            flush();
            table(e);
        } else if (name.equals("br")) {
            addInline(e, " ");
        } else if (BLOCKS.contains(name)) {
            flush();
            container(e);
            flush();
        } else {
            container(e); // inline element: its text joins the current run
        }
    }

    private void heading(Element h, int tagLevel) {
        String text = text(h);
        if (text.isEmpty()) {
            return;
        }
        Provenance at = position(h);
        Optional<TextRules.NumberedHeading> numbered = TextRules.numberedHeading(text);
        blocks.add(numbered.filter(n -> !n.words().isEmpty())
                .map(n -> new Heading(n.level(), n.numbering(), n.words(), at))
                .orElseGet(() -> new Heading(tagLevel, "", text, at)));
    }

    private void table(Element table) {
        List<Element> rows = HtmlTables.rows(table);
        boolean layout = rows.stream().flatMap(r -> HtmlTables.cells(r).stream())
                .anyMatch(cell -> !cell.select("table").isEmpty());
        if (layout) {
            for (Element row : rows) {
                for (Element cell : HtmlTables.cells(row)) {
                    container(cell);
                    flush();
                }
            }
            return;
        }
        if (rows.isEmpty() || rows.stream().allMatch(r -> HtmlTables.cells(r).isEmpty())) {
            return;
        }
        blocks.add(HtmlTables.toTable(tables++, table, rows, position(table), sourceLines));
    }

    private void addInline(Node node, String text) {
        if (inline.isEmpty() && text.isBlank()) {
            return;
        }
        if (inlineStart == null) {
            inlineStart = node;
        }
        inline.append(text);
    }

    private void flush() {
        String text = TextRules.clean(inline.toString().replace('\n', ' '));
        Node start = inlineStart;
        inline.setLength(0);
        inlineStart = null;
        if (text.isEmpty()) {
            return;
        }
        Provenance at = position(start);
        Optional<TextRules.NumberedHeading> numbered = TextRules.numberedHeading(text);
        blocks.add(numbered.filter(n -> !n.words().isEmpty())
                .map(n -> (Block) new Heading(n.level(), n.numbering(), n.words(), at))
                .orElseGet(() -> new Paragraph(text, at)));
    }

    /** The element's visible text: {@code <br>} and block boundaries as spaces, cleaned like text lines. */
    static String text(Element e) {
        return TextRules.clean(e.text());
    }

    private Provenance position(Node node) {
        return sourceLines ? at(node, null) : Provenance.ofLine(null, ++ordinal);
    }

    static Provenance at(Node node, Integer page) {
        int line = node == null ? 0 : node.sourceRange().start().lineNumber();
        return line > 0 ? Provenance.ofLine(page, line) : Provenance.ofPage(page);
    }
}
