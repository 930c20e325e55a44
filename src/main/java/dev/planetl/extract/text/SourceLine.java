package dev.planetl.extract.text;

/**
 * One line of a text file as the layout rules see it.
 *
 * @param number one-based line number in the file
 * @param page the page the line is on, from the page markers above it, or null
 * @param raw the line as decoded (NFC), tabs and spaces as written
 * @param text the visible text: markup removed, tabs as spaces, trimmed; "" for a blank line
 */
record SourceLine(int number, Integer page, String raw, String text) {

    boolean blank() {
        return text.isEmpty();
    }

    boolean hasTab() {
        return raw.indexOf('\t') >= 0;
    }
}
