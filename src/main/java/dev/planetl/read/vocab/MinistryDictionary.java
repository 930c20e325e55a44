package dev.planetl.read.vocab;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ministry names as documents write them ({@code 과기정통부}, {@code 산업부(국표원)}, {@code 산업부과기부}) resolved to
 * the canonical full name in force in a fiscal year, from {@code vocab/ministries.tsv}. Immutable and thread-safe.
 */
public final class MinistryDictionary {

    private record Name(String lineage, String canonical, LocalDate from, LocalDate to, boolean agency) {
        boolean inForceAtEndOf(int year) {
            LocalDate end = LocalDate.of(year, 12, 31);
            return !from.isAfter(end) && (to == null || !to.isBefore(end));
        }
    }

    private static final Pattern PARENTHESIS = Pattern.compile("^(.*?)[(（\\[]([^)）\\]]*)[)）\\]](.*)$");
    private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:[,，、·ㆍ・/+&]|\\s및\\s)\\s*");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** Ministry names by lineage, and which lineages each alias points to. */
    private final Map<String, List<Name>> ministriesByLineage;
    private final Map<String, Set<String>> lineagesByAlias;
    /** Agency names by alias; an agency resolves to its parent lineage. */
    private final Map<String, List<Name>> agenciesByAlias;
    /** Words printed after the names: true when they say the list is not whole (등), false when they add nothing. */
    private final Map<String, Boolean> trailingWords;

    private MinistryDictionary(Map<String, List<Name>> ministriesByLineage, Map<String, Set<String>> lineagesByAlias,
                               Map<String, List<Name>> agenciesByAlias, Map<String, Boolean> trailingWords) {
        this.ministriesByLineage = Map.copyOf(ministriesByLineage);
        this.lineagesByAlias = Map.copyOf(lineagesByAlias);
        this.agenciesByAlias = Map.copyOf(agenciesByAlias);
        this.trailingWords = Map.copyOf(trailingWords);
    }

    /** The dictionary shipped in {@code vocab/ministries.tsv}. */
    public static MinistryDictionary standard() {
        return load("vocab/ministries.tsv");
    }

    public static MinistryDictionary load(String resource) {
        Map<String, List<Name>> byLineage = new HashMap<>();
        Map<String, Set<String>> lineagesByAlias = new HashMap<>();
        Map<String, List<Name>> agencies = new HashMap<>();
        Map<String, Boolean> trailing = new HashMap<>();
        for (Tsv.Row row : Tsv.read(resource)) {
            String kind = row.get(0);
            if (kind.equals("trailing")) {
                switch (row.get(2)) {
                    case "drop" -> trailing.put(row.get(1), false);
                    case "others" -> trailing.put(row.get(1), true);
                    default -> throw new IllegalStateException(row.where() + ": trailing word must be drop or others");
                }
                continue;
            }
            boolean agency = switch (kind) {
                case "ministry" -> false;
                case "agency" -> true;
                default -> throw new IllegalStateException(row.where() + ": unknown kind '" + kind + "'");
            };
            Name name = new Name(row.get(1), compact(row.get(2)), date(row, row.get(3)),
                    row.get(4).isEmpty() ? null : date(row, row.get(4)), agency);
            Set<String> aliases = new LinkedHashSet<>();
            aliases.add(name.canonical());
            for (String alias : row.get(5).split(",")) {
                if (!alias.isBlank()) {
                    aliases.add(compact(alias));
                }
            }
            if (agency) {
                aliases.forEach(a -> agencies.computeIfAbsent(a, k -> new ArrayList<>()).add(name));
            } else {
                byLineage.computeIfAbsent(name.lineage(), k -> new ArrayList<>()).add(name);
                aliases.forEach(a -> lineagesByAlias.computeIfAbsent(a, k -> new LinkedHashSet<>())
                        .add(name.lineage()));
            }
        }
        for (Map.Entry<String, List<Name>> e : agencies.entrySet()) {
            for (Name n : e.getValue()) {
                if (!byLineage.containsKey(n.lineage())) {
                    throw new IllegalStateException(resource + ": agency " + n.canonical()
                            + " names an unknown parent lineage " + n.lineage());
                }
            }
        }
        return new MinistryDictionary(byLineage, lineagesByAlias, agencies, trailing);
    }

    /** Every canonical ministry name the dictionary knows, of any period (agencies not included). */
    public Set<String> canonicalNames() {
        Set<String> names = new java.util.TreeSet<>();
        ministriesByLineage.values().forEach(list -> list.forEach(n -> names.add(n.canonical())));
        return names;
    }

    private static LocalDate date(Tsv.Row row, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(row.where() + ": not a date (yyyy-mm-dd): '" + text + "'", e);
        }
    }

    private static String compact(String s) {
        return SPACES.matcher(s.strip()).replaceAll("");
    }

    /**
     * Resolves a ministry as printed for a fiscal year: the name in force on 31 December of that year.
     * {@code 산업부(국표원)} gives the ministry and notes the agency; names run together ({@code 산업부과기부}) give
     * all of them, flagged ambiguous; names split by a separator ({@code 산업부·과기부}) give all of them.
     * Unknown text gives an unresolved result with a reason; it is never guessed.
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
            for (Map.Entry<String, Boolean> word : trailingWords.entrySet()) {
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
        for (String part : SEPARATORS.split(outer)) {
            if (part.isBlank()) {
                continue;
            }
            Single one = resolveOne(compact(part), fiscalYear);
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
        return new MinistryResolution(raw, distinct, agency, ambiguous,
                reasons.isEmpty() ? null : String.join("; ", reasons));
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
        Set<String> lineages = lineagesByAlias.get(alias);
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
        List<Name> agencies = agenciesByAlias.get(alias);
        if (agencies != null) {
            for (Name agency : agencies) {
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
        return ministriesByLineage.getOrDefault(lineage, List.of()).stream()
                .filter(n -> n.inForceAtEndOf(year)).map(Name::canonical).findFirst();
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
            if (lineagesByAlias.containsKey(piece) || agenciesByAlias.containsKey(piece)) {
                acc.add(piece);
                segmentFrom(name, end, acc, out);
                acc.remove(acc.size() - 1);
            }
        }
    }
}
