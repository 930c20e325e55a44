package dev.planetl.extract;

/** The formats planetl reads, as detected from content (never from the file name). */
public enum DocumentFormat {
    PDF, HWP, HWPX, DOCX, HTML, TEXT,
    /** Anything else Tika can read (RTF, ODT, DOC …): paragraphs at least. */
    OTHER
}
