package dev.planetl.extract;

import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders a {@link Document} for people and for golden files: its tables as TSV, or the whole document as
 * JSON. Output is UTF-8 with {@code \n} line ends, whatever the platform. Stateless and thread-safe.
 *
 * <p>TSV: each table in document order (so by page) as a header line
 * {@code # table N page P rows R cols C header H line L} ({@code P} and {@code L} are {@code -} when unknown)
 * followed by one line per grid row, cells separated by tabs, a position covered by a span empty. Inside a cell
 * {@code \} is written {@code \\}, a tab {@code \t}, a line feed {@code \n}, a carriage return {@code \r}.
 * Tables are separated by an empty line.
 *
 * <p>JSON: {@code {"metadata": …, "warnings": […], "blocks": […]}}, each block with its {@code type}
 * (heading, paragraph, table), its fields and its provenance ({@code page}, {@code line}, {@code ref}); table
 * blocks list their cells with row, column, spans, text and provenance.
 */
public final class DocumentWriter {

    private final JsonMapper json = JsonMapper.builder().build();

    public DocumentWriter() {
        // stateless
    }

    public String tsv(Document document) {
        StringBuilder out = new StringBuilder();
        for (Table table : document.tables().toList()) {
            if (!out.isEmpty()) {
                out.append('\n');
            }
            out.append("# table ").append(table.index())
                    .append(" page ").append(orDash(table.provenance().page()))
                    .append(" rows ").append(table.rowCount())
                    .append(" cols ").append(table.columnCount())
                    .append(" header ").append(table.headerRows())
                    .append(" line ").append(orDash(table.provenance().line()))
                    .append('\n');
            for (int r = 0; r < table.rowCount(); r++) {
                List<String> cells = table.row(r).stream().map(DocumentWriter::escape).toList();
                out.append(String.join("\t", cells)).append('\n');
            }
        }
        return out.toString();
    }

    public String json(Document document) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("metadata", metadata(document.metadata()));
        root.put("warnings", document.warnings());
        List<Object> blocks = new ArrayList<>();
        for (Block block : document.blocks()) {
            blocks.add(block(block));
        }
        root.put("blocks", blocks);
        return json.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    }

    public void writeTsv(Document document, OutputStream out) throws IOException {
        write(tsv(document), out);
    }

    public void writeJson(Document document, OutputStream out) throws IOException {
        write(json(document), out);
    }

    private static void write(String text, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(text);
        writer.flush();
    }

    static String escape(String cell) {
        StringBuilder s = new StringBuilder(cell.length());
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            switch (c) {
                case '\\' -> s.append("\\\\");
                case '\t' -> s.append("\\t");
                case '\n' -> s.append("\\n");
                case '\r' -> s.append("\\r");
                default -> s.append(c);
            }
        }
        return s.toString();
    }

    private static String orDash(Integer n) {
        return n == null ? "-" : n.toString();
    }

    private static Map<String, Object> metadata(DocumentMetadata m) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("format", m.format().name());
        out.put("mediaType", m.mediaType());
        out.put("title", m.title());
        out.put("created", m.created());
        out.put("pageCount", m.pageCount());
        out.put("producer", m.producer());
        out.put("extra", new java.util.TreeMap<>(m.extra()));
        return out;
    }

    private static Map<String, Object> block(Block block) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (block instanceof Heading h) {
            out.put("type", "heading");
            out.put("level", h.level());
            out.put("numbering", h.numbering());
            out.put("text", h.text());
        } else if (block instanceof Paragraph p) {
            out.put("type", "paragraph");
            out.put("text", p.text());
        } else if (block instanceof Table t) {
            out.put("type", "table");
            out.put("index", t.index());
            out.put("rows", t.rowCount());
            out.put("columns", t.columnCount());
            out.put("headerRows", t.headerRows());
        }
        out.put("provenance", provenance(block.provenance()));
        if (block instanceof Table t) {
            List<Object> cells = new ArrayList<>();
            for (Cell c : t.cells()) {
                Map<String, Object> cell = new LinkedHashMap<>();
                cell.put("row", c.row());
                cell.put("column", c.column());
                if (c.rowSpan() > 1) {
                    cell.put("rowSpan", c.rowSpan());
                }
                if (c.columnSpan() > 1) {
                    cell.put("columnSpan", c.columnSpan());
                }
                cell.put("text", c.text());
                cell.put("provenance", provenance(c.provenance()));
                cells.add(cell);
            }
            out.put("cells", cells);
        }
        return out;
    }

    private static Map<String, Object> provenance(Provenance p) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (p.page() != null) {
            out.put("page", p.page());
        }
        if (p.line() != null) {
            out.put("line", p.line());
        }
        if (p.box() != null) {
            out.put("box", List.of(p.box().x(), p.box().y(), p.box().width(), p.box().height()));
        }
        out.put("ref", p.ref());
        return out;
    }
}
