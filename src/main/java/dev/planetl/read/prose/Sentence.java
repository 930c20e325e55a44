package dev.planetl.read.prose;

import dev.planetl.extract.Provenance;

import java.util.Objects;

/**
 * One bullet or sentence of prose, its printed lines joined by single spaces.
 *
 * @param marker the bullet mark it starts with ({@code ㅇ}, {@code *}, {@code - *}, {@code □} …), "" when none
 * @param text the text after the marker, whitespace normalised, markdown bold marks removed, never null
 * @param provenance where its first line stands, never null
 * @param parent the text of the bullet a footnote ({@code *}, {@code **}, {@code ※}) hangs under, or null
 */
public record Sentence(String marker, String text, Provenance provenance, String parent) {

    public Sentence {
        Objects.requireNonNull(marker, "marker");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(provenance, "provenance");
    }

    /** True for a footnote line: its marker holds a star or ※. */
    public boolean footnote() {
        return marker.contains("*") || marker.contains("※");
    }

    /** The sentence as printed, marker included. */
    public String printed() {
        return marker.isEmpty() ? text : marker + " " + text;
    }
}
