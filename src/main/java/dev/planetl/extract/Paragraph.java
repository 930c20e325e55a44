package dev.planetl.extract;

import java.util.Objects;

/** A run of body text: a sentence, a bullet, a caption or a unit line such as {@code (단위 : 억원)}. */
public record Paragraph(String text, Provenance provenance) implements Block {

    public Paragraph {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(provenance, "provenance");
    }
}
