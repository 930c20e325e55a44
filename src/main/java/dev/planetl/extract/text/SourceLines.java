package dev.planetl.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into {@link SourceLine}s and reads page markers.
 *
 * <p>A page marker is a line holding only a page number between dashes, {@code - 3 -}, as PDF-to-text
 * converters print a page's number. The converters behind planetl's inputs print it where the page starts
 * (seed 002: the marker {@code - 15 -} stands right above {@code Ⅳ. 2025년 시행 계획}, which the table of
 * contents puts on page 15), so a marker gives its number to the lines after it, up to the next marker.
 * Lines above the first marker have no page. The marker lines themselves become blank lines: they are layout,
 * not content.
 */
final class SourceLines {

    private static final Pattern PAGE_MARKER = Pattern.compile("^\\s*[-\u2010-\u2015\u2212]\\s*(\\d{1,4})\\s*[-\u2010-\u2015\u2212]\\s*$");
    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");

    private SourceLines() {
    }

    /**
     * Lines of text whose pages are known (a PDF's pages, in order): every line of {@code pages.get(i)} is on
     * page {@code i + 1}; page markers inside the text are blank lines but do not change the page. Lines are
     * numbered on through the pages, as if the pages were one text.
     */
    static List<SourceLine> splitPages(List<String> pages) {
        List<SourceLine> lines = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            String[] raw = LINE_BREAK.split(pages.get(p), -1);
            int count = raw.length > 0 && raw[raw.length - 1].isEmpty() ? raw.length - 1 : raw.length;
            for (int i = 0; i < count; i++) {
                int number = lines.size() + 1;
                boolean marker = PAGE_MARKER.matcher(raw[i]).matches();
                lines.add(new SourceLine(number, p + 1, marker ? "" : raw[i],
                        marker ? "" : InlineMarkup.cleanInline(raw[i])));
            }
        }
        return lines;
    }

    static List<SourceLine> split(String text) {
        String[] raw = LINE_BREAK.split(text, -1);
        int count = raw.length;
        if (count > 0 && raw[count - 1].isEmpty()) {
            count--; // the newline that ends the last line does not start another
        }
        List<SourceLine> lines = new ArrayList<>(count);
        Integer page = null;
        for (int i = 0; i < count; i++) {
            Matcher marker = PAGE_MARKER.matcher(raw[i]);
            if (marker.matches()) {
                page = Integer.valueOf(marker.group(1));
                lines.add(new SourceLine(i + 1, page, "", ""));
            } else {
                lines.add(new SourceLine(i + 1, page, raw[i], InlineMarkup.cleanInline(raw[i])));
            }
        }
        return lines;
    }
}
