package dev.planetl.load;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Which files of one plan year render the same plan document. Files merge only when all of these hold: the
 * plan year is known (a file of unknown year is a publication of its own, since two years' editions of a series
 * share their title), the normalised titles are equal, the issuers do not differ (one unknown is no difference),
 * and, where both print totals, at least one printed total is the same in both and none of the same measure
 * differs in more than half of them. Each publication says why its files were merged. Stateless.
 */
final class PublicationGrouping {

    /** One publication: its key (unique within its plan year), its files in path order, and why they are one. */
    record Group(String key, List<Publisher.Candidate> members, String reason) {
    }

    private PublicationGrouping() {
    }

    /**
     * @param candidates the year's published files, in path order
     * @param year the plan year, null when unknown
     * @param totals each file's printed totals by figure key (kind, year, measure, ministry, area)
     */
    static List<Group> group(List<Publisher.Candidate> candidates, Integer year,
            Function<Publisher.Candidate, Map<String, BigDecimal>> totals) {
        List<Group> groups = new ArrayList<>();
        if (year == null) {
            for (Publisher.Candidate c : candidates) {
                groups.add(new Group("sha256:" + c.sha256(), List.of(c), "not merged: the plan year is unknown"));
            }
            return groups;
        }
        Map<String, List<List<Publisher.Candidate>>> byTitle = new LinkedHashMap<>();
        for (Publisher.Candidate c : candidates) {
            List<List<Publisher.Candidate>> clusters = byTitle.computeIfAbsent(
                    Publisher.titleKey(c.title(), c.sha256()), k -> new ArrayList<>());
            List<Publisher.Candidate> home = null;
            for (List<Publisher.Candidate> cluster : clusters) {
                if (cluster.stream().allMatch(o -> sameIssuer(o, c) && figuresAgree(totals.apply(o), totals.apply(c)))) {
                    home = cluster;
                    break;
                }
            }
            if (home == null) {
                home = new ArrayList<>();
                clusters.add(home);
            }
            home.add(c);
        }
        for (var e : byTitle.entrySet()) {
            for (int i = 0; i < e.getValue().size(); i++) {
                List<Publisher.Candidate> members = e.getValue().get(i);
                String key = i == 0 ? e.getKey() : e.getKey() + "#" + members.get(0).sha256();
                groups.add(new Group(key, List.copyOf(members), reason(members, year, totals)));
            }
        }
        return groups;
    }

    private static String reason(List<Publisher.Candidate> members, int year,
            Function<Publisher.Candidate, Map<String, BigDecimal>> totals) {
        if (members.size() == 1) {
            return null;
        }
        String issuer = members.stream().map(Publisher.Candidate::issuer).filter(s -> s != null && !s.isBlank())
                .findFirst().orElse(null);
        StringBuilder why = new StringBuilder("same title and plan year " + year);
        why.append(issuer == null ? ", issuer not printed" : ", issuer " + issuer);
        Map<String, BigDecimal> first = totals.apply(members.get(0));
        int compared = 0;
        int agreeing = 0;
        for (Publisher.Candidate other : members.subList(1, members.size())) {
            Map<String, BigDecimal> t = totals.apply(other);
            for (var f : first.entrySet()) {
                if (t.containsKey(f.getKey())) {
                    compared++;
                    agreeing += t.get(f.getKey()).compareTo(f.getValue()) == 0 ? 1 : 0;
                }
            }
        }
        why.append(compared == 0 ? "; no printed totals to compare"
                : "; " + agreeing + " of " + compared + " printed totals in common agree");
        return why.toString();
    }

    private static boolean sameIssuer(Publisher.Candidate a, Publisher.Candidate b) {
        String x = issuerKey(a.issuer());
        String y = issuerKey(b.issuer());
        return x == null || y == null || x.equals(y);
    }

    /** How many shared figures it takes before disagreeing figures may tell two files apart. */
    static final int SPLIT_EVIDENCE = 3;

    private static String issuerKey(String issuer) {
        if (issuer == null || issuer.isBlank()) {
            return null;
        }
        StringBuilder key = new StringBuilder();
        Normalizer.normalize(issuer, Normalizer.Form.NFKC).codePoints().filter(Character::isLetterOrDigit)
                .forEach(key::appendCodePoint);
        return key.toString();
    }

    /**
     * True when either prints no totals, or they share printed figures and do not mostly disagree. Two files of one
     * title, year and issuer that share fewer than {@value #SPLIT_EVIDENCE} figures stay one publication even where
     * those disagree: that is a misprint or a misreading to report ({@code publication.figure}), not two plans.
     */
    static boolean figuresAgree(Map<String, BigDecimal> a, Map<String, BigDecimal> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return true;
        }
        int shared = 0;
        int same = 0;
        for (var e : a.entrySet()) {
            BigDecimal other = b.get(e.getKey());
            if (other != null) {
                shared++;
                same += other.compareTo(e.getValue()) == 0 ? 1 : 0;
            }
        }
        if (shared == 0) {
            return false;
        }
        return shared < SPLIT_EVIDENCE || same * 2 >= shared;
    }
}
