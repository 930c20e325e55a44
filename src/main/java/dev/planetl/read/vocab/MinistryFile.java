package dev.planetl.read.vocab;

import dev.planetl.read.Whitespace;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rows of {@code ministries.tsv} parsed into the look-up tables of {@link MinistryDictionary}, every bad row
 * refused with its file and line. Immutable.
 */
final class MinistryFile {

    /** One name of a body over a period. */
    record Name(String lineage, String canonical, LocalDate from, LocalDate to) {
        boolean inForceAtEndOf(int year) {
            LocalDate end = LocalDate.of(year, 12, 31);
            return (from == null || !from.isAfter(end)) && (to == null || !to.isBefore(end));
        }
    }


    /** Ministry names by lineage, and which lineages each alias points to. */
    final Map<String, List<Name>> ministriesByLineage;
    final Map<String, Set<String>> lineagesByAlias;
    /** Agency names by alias; an agency resolves to its parent lineage. */
    final Map<String, List<Name>> agenciesByAlias;
    /** Implementing agencies (전담기관) by alias, to their canonical name; never resolved to a ministry. */
    final Map<String, String> implementersByAlias;
    /** Words printed after the names: true when they say the list is not whole (등), false when they add nothing. */
    final Map<String, Boolean> trailingWords;

    private MinistryFile(Map<String, List<Name>> ministriesByLineage, Map<String, Set<String>> lineagesByAlias,
                         Map<String, List<Name>> agenciesByAlias, Map<String, String> implementersByAlias,
                         Map<String, Boolean> trailingWords) {
        this.ministriesByLineage = Map.copyOf(ministriesByLineage);
        this.lineagesByAlias = Map.copyOf(lineagesByAlias);
        this.agenciesByAlias = Map.copyOf(agenciesByAlias);
        this.implementersByAlias = Map.copyOf(implementersByAlias);
        this.trailingWords = Map.copyOf(trailingWords);
    }

    static String compact(String s) {
        return Whitespace.remove(s.strip());
    }

    static MinistryFile parse(List<Tsv.Row> rows) {
        Map<String, List<Name>> byLineage = new HashMap<>();
        Map<String, Set<String>> lineagesByAlias = new HashMap<>();
        Map<String, List<Name>> agencies = new HashMap<>();
        Map<String, String> implementers = new HashMap<>();
        Map<String, Boolean> trailing = new HashMap<>();
        List<Tsv.Row> agencyRows = new ArrayList<>();
        for (Tsv.Row row : rows) {
            String kind = row.get(0);
            if (kind.equals("trailing")) {
                switch (row.get(2)) {
                    case "drop" -> trailing.put(row.get(1), false);
                    case "others" -> trailing.put(row.get(1), true);
                    default -> throw row.error("trailing word must be drop or others, not '" + row.get(2) + "'");
                }
                continue;
            }
            if (!List.of("ministry", "agency", "implementer").contains(kind)) {
                throw row.error("unknown kind '" + kind + "' (ministry, agency, implementer or trailing)");
            }
            String canonical = compact(row.get(2));
            if (canonical.isEmpty()) {
                throw row.error("no canonical name");
            }
            Set<String> aliases = new LinkedHashSet<>();
            aliases.add(canonical);
            for (String alias : row.get(5).split(",")) {
                if (!alias.isBlank()) {
                    aliases.add(compact(alias));
                }
            }
            if (kind.equals("implementer")) {
                // An implementer serves several ministries: it has no lineage to resolve to.
                if (!row.get(1).isEmpty()) {
                    throw row.error("an implementer names no parent ministry; leave the lineage column empty");
                }
                for (String alias : aliases) {
                    String before = implementers.put(alias, canonical);
                    if (before != null && !before.equals(canonical)) {
                        throw row.error("alias '" + alias + "' already names implementer " + before);
                    }
                }
                continue;
            }
            if (row.get(1).isEmpty()) {
                throw row.error("no lineage");
            }
            LocalDate from = date(row, row.get(3));
            LocalDate to = row.get(4).isEmpty() ? null : date(row, row.get(4));
            if (to != null && to.isBefore(from)) {
                throw row.error("valid_to " + to + " is before valid_from " + from);
            }
            Name name = new Name(row.get(1), canonical, from, to);
            if (kind.equals("agency")) {
                aliases.forEach(a -> agencies.computeIfAbsent(a, k -> new ArrayList<>()).add(name));
                agencyRows.add(row);
            } else {
                byLineage.computeIfAbsent(name.lineage(), k -> new ArrayList<>()).add(name);
                aliases.forEach(a -> lineagesByAlias.computeIfAbsent(a, k -> new LinkedHashSet<>())
                        .add(name.lineage()));
            }
        }
        for (Tsv.Row row : agencyRows) {
            if (!byLineage.containsKey(row.get(1))) {
                throw row.error("agency " + row.get(2) + " names an unknown parent lineage " + row.get(1));
            }
        }
        for (Map.Entry<String, List<Name>> lineage : byLineage.entrySet()) {
            overlap(lineage.getValue(), rows);
        }
        for (String alias : implementers.keySet()) {
            if (lineagesByAlias.containsKey(alias) || agencies.containsKey(alias)) {
                throw new VocabularyException(rows.get(0).resource() + ": '" + alias
                        + "' is both an implementer and a ministry or agency");
            }
        }
        return new MinistryFile(byLineage, lineagesByAlias, agencies, implementers, trailing);
    }

    /** Two names of one lineage in force on the same day would make the year's name a guess. */
    private static void overlap(List<Name> names, List<Tsv.Row> rows) {
        for (int i = 0; i < names.size(); i++) {
            for (int j = i + 1; j < names.size(); j++) {
                Name a = names.get(i);
                Name b = names.get(j);
                boolean apart = (a.to() != null && a.to().isBefore(b.from()))
                        || (b.to() != null && b.to().isBefore(a.from()));
                if (!apart) {
                    throw new VocabularyException(rows.get(0).resource() + ": lineage " + a.lineage() + " has "
                            + a.canonical() + " and " + b.canonical() + " in force on the same day");
                }
            }
        }
    }

    private static LocalDate date(Tsv.Row row, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw row.error("not a date (yyyy-mm-dd): '" + text + "'", e);
        }
    }
}
