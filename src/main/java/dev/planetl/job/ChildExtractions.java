package dev.planetl.job;

import dev.planetl.extract.FileExtraction;

import java.util.function.Supplier;

/** What an extraction child runs: the standard extraction, every extractor planetl has. */
public final class ChildExtractions implements Supplier<FileExtraction> {

    public ChildExtractions() {
        // built by name in the child
    }

    @Override
    public FileExtraction get() {
        return Pipelines.extraction();
    }
}
