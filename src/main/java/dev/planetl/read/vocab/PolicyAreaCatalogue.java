package dev.planetl.read.vocab;

import dev.planetl.extract.Numbering;
import dev.planetl.read.Whitespace;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Canonical policy goals and performance targets per plan series, from {@code vocab/policy-areas.tsv}, and the
 * matching of printed names to them. Matching ignores whitespace ({@code 서 비스}), middle-dot variants, and lets a
 * hanja character of the canonical name stand for any one character or none ({@code 全분야} printed
 * {@code 쏠분야}). Immutable and thread-safe.
 */
public final class PolicyAreaCatalogue {

    private record Entry(PolicyArea area, List<Pattern> patterns) {
    }

    /** A leading enumerator ({@code ①}, {@code 1.}, {@code 가)}) and quotes around a printed name are not part of it. */
    private static final Pattern DECORATION = Pattern.compile("^(?:"
            + Numbering.standard().regex(Numbering.Scheme.CIRCLED) + "|\\d{1,2}[.)]|"
            + Numbering.standard().regex(Numbering.Scheme.HANGUL) + "[.)])\\s*|['‘’\"“”「」『』]");
    private static final String DOTS = "·ㆍ・‧･•.";

    private final List<Entry> entries;

    private PolicyAreaCatalogue(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** The catalogue shipped in {@code vocab/policy-areas.tsv}. */
    public static PolicyAreaCatalogue standard() {
        return load("vocab/policy-areas.tsv");
    }

    /** The catalogue in effect: {@code policy-areas.tsv} from the source. */
    public static PolicyAreaCatalogue from(VocabularySource source) {
        return load(source.rows("policy-areas.tsv"));
    }

    public static PolicyAreaCatalogue load(String resource) {
        return load(Tsv.read(resource));
    }

    private static PolicyAreaCatalogue load(List<Tsv.Row> rows) {
        List<Entry> entries = new ArrayList<>();
        for (Tsv.Row row : rows) {
            PolicyArea.Level level;
            try {
                level = PolicyArea.Level.valueOf(row.get(1).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw row.error("level must be goal or target: " + row.get(1), e);
            }
            PolicyArea area = new PolicyArea(row.get(0), level, row.get(2), row.get(3));
            List<Pattern> patterns = new ArrayList<>();
            patterns.add(pattern(area.canonicalName()));
            for (String other : row.get(4).split("\\|")) {
                if (!other.isBlank()) {
                    patterns.add(pattern(other));
                }
            }
            entries.add(new Entry(area, patterns));
        }
        return new PolicyAreaCatalogue(entries);
    }

    private static Pattern pattern(String name) {
        String compact = Whitespace.remove(name);
        StringBuilder regex = new StringBuilder();
        compact.codePoints().forEach(cp -> {
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                regex.append(".?");
            } else if (DOTS.indexOf(cp) >= 0) {
                regex.append("[").append(Pattern.quote(DOTS)).append("]?");
            } else {
                regex.append(Pattern.quote(new String(Character.toChars(cp))));
            }
        });
        return Pattern.compile(regex.toString());
    }

    /** All areas of a level whose name matches the printed one, across series. */
    public List<PolicyArea> matches(String printed, PolicyArea.Level level) {
        if (printed == null) {
            return List.of();
        }
        String compact = Whitespace.remove(DECORATION.matcher(printed.strip()).replaceAll(""));
        if (compact.isEmpty()) {
            return List.of();
        }
        List<PolicyArea> out = new ArrayList<>();
        for (Entry e : entries) {
            if (e.area().level() == level && e.patterns().stream().anyMatch(p -> p.matcher(compact).matches())) {
                out.add(e.area());
            }
        }
        return out;
    }

    /**
     * The one area a printed name matches, within a series when one is given (null: any series).
     * Empty when no area or more than one matches.
     */
    public Optional<AreaMatch> resolve(String printed, PolicyArea.Level level, String series) {
        List<PolicyArea> found = matches(printed, level).stream()
                .filter(a -> series == null || a.series().equals(series)).toList();
        return found.size() == 1 ? Optional.of(new AreaMatch(found.get(0), printed.strip())) : Optional.empty();
    }

    /**
     * The area a printed label names, the catalogue serving as canonical aliases, never as a gate. A numbered label
     * ({@code 전략1 과학기술 인재 양성}, {@code 1-2. …}, {@code Ⅱ. …}) is the catalogue's area when the catalogue knows
     * its name under the same code (within the series, when one is given), else the area as printed with the code of
     * its numbering. A label without numbering is an area only when the catalogue knows its name.
     *
     * @param level the level of an unnumbered label; a numbered one's level comes from its code
     * @return empty when the label names no area
     */
    public Optional<AreaMatch> fromLabel(String printed, PolicyArea.Level level, String series) {
        Optional<AreaLabel> label = AreaLabel.parse(printed);
        if (label.isEmpty()) {
            return resolve(printed, level, series);
        }
        AreaLabel l = label.get();
        List<PolicyArea> known = matches(l.nameOrLabel(), l.level()).stream()
                .filter(a -> a.code().equals(l.code()) && (series == null || a.series().equals(series))).toList();
        PolicyArea area = known.size() == 1 ? known.get(0) : PolicyArea.asPrinted(l.level(), l.code(), l.nameOrLabel());
        return Optional.of(new AreaMatch(area, l.printed()));
    }

    /** The area with a code in a series (null: the code must be unique across series). */
    public Optional<PolicyArea> byCode(String code, String series) {
        List<PolicyArea> found = entries.stream().map(Entry::area)
                .filter(a -> a.code().equals(code) && (series == null || a.series().equals(series))).toList();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }
}
