package dev.planetl.validate;

import dev.planetl.read.Finding;
import dev.planetl.read.Severity;
import dev.planetl.read.grid.TableFactCollector;

import java.util.List;
import java.util.Optional;

/**
 * Whether a document's accepted figures go to the warehouse.
 *
 * @param publish true to load the accepted lines and totals
 * @param reason why, for the job's report
 */
public record PublicationDecision(boolean publish, String reason) {

    /**
     * Why a document that is published is still not clean: it has error findings (values kept out), or tables
     * that print amounts of which none became a fact. Empty when it is clean. The run reports such a document as
     * {@code published_with_findings} and exits 1.
     */
    public static Optional<String> caveat(Validation validation) {
        List<Finding> errors = validation.findings(Severity.ERROR);
        List<Finding> noFact = validation.findings(TableFactCollector.NO_FACT);
        if (errors.isEmpty() && noFact.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder s = new StringBuilder("published with ");
        if (!errors.isEmpty()) {
            Finding first = errors.get(0);
            s.append(errors.size()).append(" error finding(s), first ").append(first.rule())
                    .append(first.source() == null ? "" : " at " + first.source().ref());
        }
        if (!noFact.isEmpty()) {
            s.append(errors.isEmpty() ? "" : "; ").append(noFact.size())
                    .append(" table(s) with amounts that yielded no fact, first ")
                    .append(noFact.get(0).source() == null ? "" : noFact.get(0).source().ref());
        }
        return Optional.of(s.toString());
    }
}
