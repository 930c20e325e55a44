package dev.planetl.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The heading numberings and bullet marks of Korean plan documents, from {@code vocab/numbering.tsv}: which labels
 * make which numbering scheme, the level each scheme gets, and which marks open a list line. Every extractor and
 * reader that recognises a numbering or a bullet asks this one vocabulary; how a format decides that a numbered
 * line is a heading (its size, its length, what follows it) stays with the format. Immutable and thread-safe.
 */
public final class Numbering {

    /** A numbering scheme; its level is in the data file. */
    public enum Scheme { ROMAN, ARABIC, HYPHENATED, HANGUL, CIRCLED }

    private static final String RESOURCE = "vocab/numbering.tsv";
    private static final Numbering STANDARD = load(RESOURCE);

    private final Map<Scheme, Integer> levels;
    private final Map<Scheme, List<String>> labels;
    private final List<String> bullets;

    private Numbering(Map<Scheme, Integer> levels, Map<Scheme, List<String>> labels, List<String> bullets) {
        this.levels = Map.copyOf(levels);
        this.labels = Map.copyOf(labels);
        this.bullets = List.copyOf(bullets);
    }

    /** The vocabulary packaged in {@code vocab/numbering.tsv}, read once. */
    public static Numbering standard() {
        return STANDARD;
    }

    /** The level of a scheme: 1 for {@code Ⅱ.}, 2 for {@code 1.}, 3 for {@code 1-1} and {@code 가.}, 4 for {@code ①}. */
    public int level(Scheme scheme) {
        return levels.get(scheme);
    }

    /** The labels of a lettered scheme (roman, hangul, circled), as listed; empty for the digit schemes. */
    public List<String> labels(Scheme scheme) {
        return labels.getOrDefault(scheme, List.of());
    }

    /**
     * The labels of a lettered scheme as a regular-expression group, longest first ({@code (?:XII|XI|…|I)}), for the
     * patterns of the extractors and readers; {@code (?!)} (matches nothing) when the scheme lists none.
     */
    public String regex(Scheme scheme) {
        return regex(scheme, label -> true);
    }

    /** {@link #regex(Scheme)} over the labels that pass a test, e.g. the ASCII roman numerals only. */
    public String regex(Scheme scheme, Predicate<String> which) {
        List<String> list = labels(scheme).stream().filter(which).toList();
        if (list.isEmpty()) {
            return "(?!)";
        }
        return list.stream().sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote)
                .collect(Collectors.joining("|", "(?:", ")"));
    }

    /** The marks that open a list line ({@code ○}, {@code □}, {@code -}, {@code ※} …), as listed. */
    public List<String> bullets() {
        return bullets;
    }

    /** Whether a (trimmed) line opens with a bullet mark. */
    public boolean startsWithBullet(String text) {
        for (String bullet : bullets) {
            if (text.startsWith(bullet)) {
                return true;
            }
        }
        return false;
    }

    static Numbering load(String resource) {
        InputStream in = Numbering.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("vocabulary file " + resource + " is not on the class path");
        }
        Map<Scheme, Integer> levels = new EnumMap<>(Scheme.class);
        Map<Scheme, List<String>> labels = new EnumMap<>(Scheme.class);
        List<String> bullets = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String raw;
            int n = 0;
            while ((raw = reader.readLine()) != null) {
                n++;
                String text = Normalizer.normalize(raw, Normalizer.Form.NFC);
                if (text.isBlank() || text.startsWith("#")) {
                    continue;
                }
                String[] f = text.split("\t", -1);
                String where = resource + ":" + n + ": ";
                switch (f[0]) {
                    case "scheme" -> {
                        Scheme scheme;
                        try {
                            scheme = Scheme.valueOf(f[1].strip().toUpperCase(java.util.Locale.ROOT));
                            levels.put(scheme, Integer.parseInt(f[2].strip()));
                        } catch (RuntimeException e) {
                            throw new IllegalStateException(where + "expected scheme, a known name and a level", e);
                        }
                        String list = f.length > 3 ? f[3].strip() : "";
                        labels.put(scheme, list.isEmpty() ? List.of() : Arrays.asList(list.split("\\s+")));
                    }
                    case "bullet" -> {
                        if (f.length < 2 || f[1].isEmpty()) {
                            throw new IllegalStateException(where + "a bullet line names no mark");
                        }
                        bullets.add(f[1]);
                    }
                    default -> throw new IllegalStateException(where + "unknown kind '" + f[0] + "'");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read vocabulary file " + resource, e);
        }
        for (Scheme scheme : Scheme.values()) {
            if (!levels.containsKey(scheme)) {
                throw new IllegalStateException(resource + ": no level for scheme " + scheme);
            }
        }
        return new Numbering(levels, labels, bullets);
    }
}
