package dev.planetl.extract;

import java.util.Objects;

/**
 * A heading, with its numbering split off: {@code IV. '20년도 재정투자계획} has numbering {@code IV.}
 * and text {@code '20년도 재정투자계획}.
 *
 * @param level 1 for the outermost numbering scheme (I., II., …), deeper schemes count up
 * @param numbering the printed number such as {@code IV.}, {@code 1-1}, {@code 가}, or {@code ""} when none
 * @param text the heading's words without the numbering
 */
public record Heading(int level, String numbering, String text, Provenance provenance) implements Block {

    public Heading {
        Objects.requireNonNull(numbering, "numbering");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(provenance, "provenance");
    }
}
