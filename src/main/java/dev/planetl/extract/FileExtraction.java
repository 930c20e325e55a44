package dev.planetl.extract;

import java.nio.file.Path;

/**
 * One file in, its {@link Document} out, or an {@link ExtractionException} whose message names the file and says
 * what is wrong. {@link Extraction} reads in this process; {@link dev.planetl.extract.isolation.ExtractionPool} in
 * child processes, so that a parser that hangs or runs out of memory costs that document only.
 * Implementations are thread-safe.
 */
public interface FileExtraction {

    Document extract(Path file) throws ExtractionException;
}
