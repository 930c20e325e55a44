package dev.planetl.extract.pdf;

import dev.planetl.extract.BoundingBox;

/** A run of text outside tables on one page, before it is told heading from paragraph. */
record DraftText(int page, String text, double size, BoundingBox box) {
}
