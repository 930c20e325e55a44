package dev.planetl.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Prints rows as an aligned text table, measuring Korean (East Asian wide) characters as two columns so that
 * columns line up in a terminal, or as CSV (RFC 4180).
 */
public final class TextTable {

    private TextTable() {
    }

    public static String aligned(List<String> header, List<List<String>> rows) {
        int[] widths = new int[header.size()];
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        for (List<String> r : all) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], width(cell(r, i)));
            }
        }
        StringBuilder out = new StringBuilder();
        appendRow(out, header, widths);
        for (int i = 0; i < widths.length; i++) {
            out.append(i == 0 ? "" : "-+-").append("-".repeat(widths[i]));
        }
        out.append('\n');
        for (List<String> r : rows) {
            appendRow(out, r, widths);
        }
        out.append('(').append(rows.size()).append(rows.size() == 1 ? " row)" : " rows)").append('\n');
        return out.toString();
    }

    public static String csv(List<String> header, List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        csvRow(out, header);
        rows.forEach(r -> csvRow(out, r));
        return out.toString();
    }

    /** Display width: wide and full-width characters (Hangul, CJK) count two columns. */
    static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += wide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return w;
    }

    private static boolean wide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
    }

    private static String cell(List<String> r, int i) {
        String s = i < r.size() ? r.get(i) : "";
        return s == null ? "" : s.replace('\n', ' ').replace('\t', ' ');
    }

    private static void appendRow(StringBuilder out, List<String> r, int[] widths) {
        for (int i = 0; i < widths.length; i++) {
            String c = cell(r, i);
            out.append(i == 0 ? "" : " | ").append(c).append(" ".repeat(widths[i] - width(c)));
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == ' ') {
            end--;
        }
        out.setLength(end);
        out.append('\n');
    }

    private static void csvRow(StringBuilder out, List<String> r) {
        for (int i = 0; i < r.size(); i++) {
            String c = r.get(i) == null ? "" : r.get(i);
            boolean quote = c.contains(",") || c.contains("\"") || c.contains("\n") || c.contains("\r");
            out.append(i == 0 ? "" : ",").append(quote ? '"' + c.replace("\"", "\"\"") + '"' : c);
        }
        out.append("\r\n");
    }
}
