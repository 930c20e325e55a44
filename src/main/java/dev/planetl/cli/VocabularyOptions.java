package dev.planetl.cli;

import dev.planetl.read.vocab.VocabularySource;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The vocabulary folder option of the commands that read documents. */
public class VocabularyOptions {

    @Option(names = "--vocab-dir", paramLabel = "DIR",
            description = "A folder of vocabulary files (ministries.tsv, units.tsv, …) that replace the packaged ones "
                    + "of the same name (else PLANETL_VOCAB; default: the packaged vocabularies).")
    Path vocabDir;

    /**
     * @throws dev.planetl.read.vocab.VocabularyException when the folder is missing or holds a file planetl does not
     *     read
     */
    public VocabularySource source() {
        return VocabularySource.of(vocabDir, System.getenv("PLANETL_VOCAB"));
    }
}
