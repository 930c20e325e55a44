package dev.planetl.read.vocab;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ministry names as documents write them ({@code 과기정통부}, {@code 산업부(국표원)}, {@code 산업부과기부}) resolved to
 * the canonical full name in force in a fiscal year, from {@code ministries.tsv}. Implementing agencies (전담기관)
 * are recognised but never resolved to a ministry. Immutable and thread-safe.
 */
public final class MinistryDictionary {

    private static final Pattern PARENTHESIS = Pattern.compile("^(.*?)[(（\\[]([^)）\\]]*)[)）\\]](.*)$");
    private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:[,，、·ㆍ・/+&]|\\s및\\s)\\s*");
    private static final Pattern LINE_BREAKS = Pattern.compile("\\s*[\\r\\n]+\\s*");

    private final MinistryFile file;

    private MinistryDictionary(MinistryFile file) {
        this.file = file;
    }

    /** The dictionary shipped in {@code vocab/ministries.tsv}. */
    public static MinistryDictionary standard() {
        return from(VocabularySource.packaged());
    }

    /** The dictionary in effect: {@code ministries.tsv} from the source. */
    public static MinistryDictionary from(VocabularySource source) {
        return new MinistryDictionary(MinistryFile.parse(source.rows("ministries.tsv")));
    }

    public static MinistryDictionary load(String resource) {
        return new MinistryDictionary(MinistryFile.parse(Tsv.read(resource)));
    }

    /** Every canonical ministry name the dictionary knows, of any period (agencies and implementers not included). */
    public Set<String> canonicalNames() {
        Set<String> names = new java.util.TreeSet<>();
        file.ministriesByLineage.values().forEach(list -> list.forEach(n -> names.add(n.canonical())));
        return names;
    }

    private static String compact(String s) {
        return MinistryFile.compact(s);
    }

    /**
     * A name broken by a page or column break and printed in two pieces ({@code 산업통상자원} at the foot of a page,
     * {@code 부} at the head of the next) joined back: the two pieces, without the space between, when together they
     * are a name the dictionary knows and the first piece alone is none.
     *
     * @return the joined name, or empty when the pieces do not make one name
     */
    public Optional<String> joinBroken(String before, String after) {
        if (before == null || after == null || before.isBlank() || after.isBlank()) {
            return Optional.empty();
        }
        String first = compact(before);
        String joined = first + compact(after);
        return known(joined) && !known(first) ? Optional.of(joined) : Optional.empty();
    }

    private boolean known(String alias) {
        return file.lineagesByAlias.containsKey(alias) || file.agenciesByAlias.containsKey(alias)
                || file.implementersByAlias.containsKey(alias);
    }

    /**
     * Resolves a ministry as printed for a fiscal year: the name in force on 31 December of that year.
     * {@code 산업부(국표원)} gives the ministry and notes the agency; names run together ({@code 산업부과기부}) give
     * all of them, flagged ambiguous; names split by a separator ({@code 산업부·과기부}) or printed on lines of their
     * own give all of them. A name wrapped onto two lines ({@code 산업통상자원}, {@code 부}) is joined back. An
     * implementing agency ({@code 한국연구재단}) resolves to no ministry, with its name in
     * {@link MinistryResolution#implementer()}. Unknown text gives an unresolved result with a reason; it is never
     * guessed.
     */
    public MinistryResolution resolve(String asWritten, int fiscalYear) {
        String raw = asWritten == null ? "" : asWritten.strip();
        if (raw.isEmpty()) {
            return MinistryResolution.unresolved(raw, "no ministry is printed");
        }
        String outer = raw;
        String inner = null;
        Matcher paren = PARENTHESIS.matcher(raw);
        if (paren.matches()) {
            outer = (paren.group(1) + paren.group(3)).strip();
            inner = paren.group(2).strip();
        }
        if (outer.isEmpty() && inner != null) {
            outer = inner;
            inner = null;
        }
        List<String> ministries = new ArrayList<>();
        String agency = null;
        boolean ambiguous = false;
        List<String> reasons = new ArrayList<>();
        for (boolean stripped = true; stripped; ) {
            stripped = false;
            for (Map.Entry<String, Boolean> word : file.trailingWords.entrySet()) {
                String rest = outer.strip();
                if (rest.endsWith(word.getKey()) && rest.length() > word.getKey().length()) {
                    outer = rest.substring(0, rest.length() - word.getKey().length()).strip();
                    stripped = true;
                    if (word.getValue()) {
                        ambiguous = true;
                        reasons.add("'" + raw + "' names some of the ministries only ('" + word.getKey() + "')");
                    }
                }
            }
        }
        for (String part : parts(outer)) {
            String name = compact(part);
            String implementer = file.implementersByAlias.get(name);
            if (implementer != null) {
                return new MinistryResolution(raw, List.of(), null, implementer, false, "'" + part
                        + "' is an implementing agency (전담기관), not a ministry: it is kept as written");
            }
            Single one = resolveOne(name, fiscalYear);
            if (one.ministries().isEmpty()) {
                return MinistryResolution.unresolved(raw, one.reason());
            }
            ministries.addAll(one.ministries());
            ambiguous |= one.ambiguous();
            if (one.reason() != null) {
                reasons.add(one.reason());
            }
            if (one.agency() != null) {
                agency = one.agency();
            }
        }
        if (inner != null && !inner.isEmpty()) {
            Single note = resolveOne(compact(inner), fiscalYear);
            if (note.agency() != null) {
                agency = note.agency();
                if (!note.ministries().isEmpty() && !ministries.containsAll(note.ministries())) {
                    ambiguous = true;
                    reasons.add("agency " + note.agency() + " belongs to " + note.ministries().get(0)
                            + ", not to " + String.join(", ", ministries));
                }
            }
        }
        List<String> distinct = List.copyOf(new LinkedHashSet<>(ministries));
        return new MinistryResolution(raw, distinct, agency, null, ambiguous,
                reasons.isEmpty() ? null : String.join("; ", reasons));
    }

    /**
     * The names of a list as printed: split at separators, and at line breaks when every line is a name of its own
     * ({@code 산업부⏎과기부}); a name wrapped onto two lines ({@code 과학기술정보⏎통신부}) stays one.
     */
    private List<String> parts(String text) {
        List<String> parts = new ArrayList<>();
        for (String part : SEPARATORS.split(text)) {
            if (part.isBlank()) {
                continue;
            }
            String[] lines = LINE_BREAKS.split(part.strip());
            boolean eachKnown = lines.length > 1 && !known(compact(part));
            for (String line : lines) {
                eachKnown &= known(compact(line));
            }
            if (eachKnown) {
                parts.addAll(List.of(lines));
            } else {
                parts.add(part);
            }
        }
        return parts;
    }

    private record Single(List<String> ministries, String agency, boolean ambiguous, String reason) {
    }

    private Single resolveOne(String name, int year) {
        Optional<Single> known = lookup(name, year);
        if (known.isPresent()) {
            return known.get();
        }
        List<String> pieces = segment(name);
        if (pieces != null && pieces.size() > 1) {
            List<String> all = new ArrayList<>();
            for (String piece : pieces) {
                Optional<Single> one = lookup(piece, year);
                if (one.isEmpty() || one.get().ministries().isEmpty()) {
                    return new Single(List.of(), null, false, "'" + piece + "' in '" + name
                            + "' names no ministry in force in " + year);
                }
                all.addAll(one.get().ministries());
            }
            return new Single(all, null, true, "'" + name + "' reads as " + String.join(" + ", pieces)
                    + " run together");
        }
        return new Single(List.of(), null, false, "'" + name + "' is not a known ministry or agency");
    }

    private Optional<Single> lookup(String alias, int year) {
        Set<String> lineages = file.lineagesByAlias.get(alias);
        if (lineages != null) {
            Set<String> names = new LinkedHashSet<>();
            for (String lineage : lineages) {
                inForce(lineage, year).ifPresent(names::add);
            }
            if (names.isEmpty()) {
                return Optional.of(new Single(List.of(), null, false,
                        "'" + alias + "' names no ministry in force in " + year));
            }
            boolean ambiguous = names.size() > 1;
            return Optional.of(new Single(List.copyOf(names), null, ambiguous,
                    ambiguous ? "'" + alias + "' names " + String.join(" and ", names) + " in " + year : null));
        }
        List<MinistryFile.Name> agencies = file.agenciesByAlias.get(alias);
        if (agencies != null) {
            for (MinistryFile.Name agency : agencies) {
                if (agency.inForceAtEndOf(year)) {
                    Optional<String> parent = inForce(agency.lineage(), year);
                    if (parent.isPresent()) {
                        return Optional.of(new Single(List.of(parent.get()), agency.canonical(), false, null));
                    }
                }
            }
            return Optional.of(new Single(List.of(), null, false,
                    "agency '" + alias + "' has no parent ministry in force in " + year));
        }
        return Optional.empty();
    }

    private Optional<String> inForce(String lineage, int year) {
        return file.ministriesByLineage.getOrDefault(lineage, List.of()).stream()
                .filter(n -> n.inForceAtEndOf(year)).map(MinistryFile.Name::canonical).findFirst();
    }

    /** Splits a name into known aliases covering it whole, or null when there is no single such split. */
    private List<String> segment(String name) {
        List<List<String>> splits = new ArrayList<>();
        segmentFrom(name, 0, new ArrayList<>(), splits);
        return splits.size() == 1 ? splits.get(0) : null;
    }

    private void segmentFrom(String name, int pos, List<String> acc, List<List<String>> out) {
        if (out.size() > 1) {
            return;
        }
        if (pos == name.length()) {
            out.add(List.copyOf(acc));
            return;
        }
        for (int end = pos + 2; end <= name.length(); end++) {
            String piece = name.substring(pos, end);
            if (file.lineagesByAlias.containsKey(piece) || file.agenciesByAlias.containsKey(piece)) {
                acc.add(piece);
                segmentFrom(name, end, acc, out);
                acc.remove(acc.size() - 1);
            }
        }
    }
}
