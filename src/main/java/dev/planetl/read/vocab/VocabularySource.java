package dev.planetl.read.vocab;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Where the vocabulary files are read from: a folder outside the jar ({@code --vocab-dir}, {@code PLANETL_VOCAB})
 * whose files replace the packaged ones of the same name, and the packaged files under {@code vocab/} for every file
 * the folder lacks. Immutable and thread-safe.
 */
public final class VocabularySource {

    /** Every vocabulary file planetl reads, by file name. A folder may hold any of them, and no other {@code .tsv}. */
    public static final List<String> FILES = List.of("cell-patterns.tsv", "header-synonyms.tsv", "measure-words.tsv",
            "mention-subjects.tsv", "ministries.tsv", "plan-issuers.tsv", "plan-series.tsv",
            "policy-areas.tsv", "prose-currencies.tsv", "schedule-headers.tsv", "units.tsv");

    /**
     * Vocabularies read from the jar only: the extractors' heading numbering and bullets ({@code numbering.tsv}), which
     * the extractors read before any vocabulary folder is known. They count in the digest all the same.
     */
    public static final List<String> PACKAGED_ONLY = List.of("numbering.tsv");

    private static final String PACKAGED = "vocab/";

    /** The override folder, or null for the packaged files only. */
    private final Path folder;

    private VocabularySource(Path folder) {
        this.folder = folder;
    }

    /** The files packaged in the jar. */
    public static VocabularySource packaged() {
        return new VocabularySource(null);
    }

    /**
     * A folder of vocabulary files over the packaged ones.
     *
     * @throws VocabularyException when the folder does not exist or holds a {@code .tsv} file planetl does not read
     *     (a misspelt name would otherwise be ignored without a word)
     */
    public static VocabularySource folder(Path folder) {
        Objects.requireNonNull(folder, "folder");
        if (!Files.isDirectory(folder)) {
            throw new VocabularyException("vocabulary folder " + folder + " is not a folder");
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.tsv")) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (PACKAGED_ONLY.contains(name)) {
                    throw new VocabularyException(file + ": " + name + " is read from the jar only and cannot be "
                            + "replaced from a folder");
                }
                if (!FILES.contains(name)) {
                    throw new VocabularyException(file + ": not a vocabulary planetl reads; the names are "
                            + String.join(", ", FILES));
                }
            }
        } catch (IOException e) {
            throw new VocabularyException("cannot list vocabulary folder " + folder + ": " + e.getMessage(), e);
        }
        return new VocabularySource(folder.toAbsolutePath().normalize());
    }

    /**
     * The folder named on the command line, else the one in {@code PLANETL_VOCAB}, else the packaged files.
     *
     * @param option the {@code --vocab-dir} value, or null
     * @param environment the value of {@code PLANETL_VOCAB}, or null
     */
    public static VocabularySource of(Path option, String environment) {
        if (option != null) {
            return folder(option);
        }
        if (environment != null && !environment.isBlank()) {
            return folder(Path.of(environment.strip()));
        }
        return packaged();
    }

    /** The rows of one vocabulary file, from the folder when it has the file, else from the jar. */
    public List<Tsv.Row> rows(String name) {
        Path file = overriding(name);
        if (file == null) {
            return Tsv.read(PACKAGED + name);
        }
        try {
            return Tsv.read(file.toString(), Files.newInputStream(file));
        } catch (IOException e) {
            throw new VocabularyException("cannot read vocabulary file " + file + ": " + e.getMessage(), e);
        }
    }

    /** The names of the files the folder replaces, in order; empty for the packaged files. */
    public List<String> overridden() {
        TreeSet<String> names = new TreeSet<>();
        for (String name : FILES) {
            if (overriding(name) != null) {
                names.add(name);
            }
        }
        return List.copyOf(names);
    }

    /**
     * A digest of the effective files (name and bytes of each), so that a reader version built on it changes when
     * any vocabulary a document is read with changes, wherever it comes from.
     */
    public String digest() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String name : java.util.stream.Stream.concat(FILES.stream(), PACKAGED_ONLY.stream()).toList()) {
                md.update(name.getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(bytes(name));
                md.update((byte) 0);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private byte[] bytes(String name) {
        Path file = overriding(name);
        try (InputStream in = file == null ? Tsv.class.getClassLoader().getResourceAsStream(PACKAGED + name)
                : Files.newInputStream(file)) {
            if (in == null) {
                throw new VocabularyException("vocabulary file " + PACKAGED + name + " is not on the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new VocabularyException("cannot read vocabulary file " + (file == null ? name : file) + ": "
                    + e.getMessage(), e);
        }
    }

    private Path overriding(String name) {
        if (PACKAGED_ONLY.contains(name)) {
            return null;
        }
        if (!FILES.contains(name)) {
            throw new IllegalArgumentException("no vocabulary file is called " + name);
        }
        if (folder == null) {
            return null;
        }
        Path file = folder.resolve(name);
        return Files.isRegularFile(file) ? file : null;
    }

    @Override
    public String toString() {
        return folder == null ? "the packaged vocabularies" : "vocabularies from " + folder + " over the packaged ones";
    }
}
