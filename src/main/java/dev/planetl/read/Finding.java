package dev.planetl.read;

import java.util.Objects;

/**
 * Something a reader or a check could not accept, or accepted only after repair, with where and what was printed.
 *
 * @param severity error, warning or repair
 * @param rule a stable rule name such as {@code number.malformed} or {@code total.row}
 * @param message a sentence for a data steward, naming what is wrong and what was expected
 * @param rawText the printed text the finding is about (cell, row or sentence), never null
 * @param source where it stands, or null for findings about the whole document
 */
public record Finding(Severity severity, String rule, String message, String rawText, SourceRef source) {

    public Finding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(rawText, "rawText");
    }

    public static Finding error(String rule, String message, SourceRef source) {
        return new Finding(Severity.ERROR, rule, message, source == null ? "" : source.raw(), source);
    }

    public static Finding warning(String rule, String message, SourceRef source) {
        return new Finding(Severity.WARNING, rule, message, source == null ? "" : source.raw(), source);
    }
}
