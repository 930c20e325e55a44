package dev.planetl.read;

import dev.planetl.read.context.StatementReader;
import dev.planetl.read.number.AmountParser;
import dev.planetl.read.number.UnitVocabulary;
import dev.planetl.read.vocab.CellPatterns;
import dev.planetl.read.vocab.HeaderVocabulary;
import dev.planetl.read.vocab.MinistryDictionary;
import dev.planetl.read.vocab.PolicyAreaCatalogue;
import dev.planetl.read.vocab.VocabularySource;

import java.util.Objects;

/**
 * The vocabularies the rule-based readers share, each read once from its data file under {@code vocab/}.
 * Immutable and thread-safe; build once and share.
 */
public record Vocabularies(AmountParser amounts, MinistryDictionary ministries, HeaderVocabulary headers,
                           PolicyAreaCatalogue areas, StatementReader statements, CellPatterns cells) {

    public Vocabularies {
        Objects.requireNonNull(amounts, "amounts");
        Objects.requireNonNull(ministries, "ministries");
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(areas, "areas");
        Objects.requireNonNull(statements, "statements");
        Objects.requireNonNull(cells, "cells");
    }

    /** The vocabularies shipped in {@code src/main/resources/vocab/}. */
    public static Vocabularies standard() {
        return from(VocabularySource.packaged());
    }

    /**
     * The vocabularies in effect, each read and checked now.
     *
     * @throws dev.planetl.read.vocab.VocabularyException naming the file and line of the first bad entry
     */
    public static Vocabularies from(VocabularySource source) {
        return new Vocabularies(new AmountParser(UnitVocabulary.from(source)), MinistryDictionary.from(source),
                HeaderVocabulary.from(source), PolicyAreaCatalogue.from(source), StatementReader.from(source),
                CellPatterns.from(source));
    }
}
