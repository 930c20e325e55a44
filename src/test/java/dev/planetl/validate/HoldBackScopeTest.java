package dev.planetl.validate;

import dev.planetl.extract.Provenance;
import dev.planetl.read.Finding;
import dev.planetl.read.Measure;
import dev.planetl.read.PlanInfo;
import dev.planetl.read.ReadResult;
import dev.planetl.read.ReportedTotal;
import dev.planetl.read.Severity;
import dev.planetl.read.SourceRef;
import dev.planetl.read.TotalKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Under hold_back_on_error a document is held back when an error concerns a figure it would publish; a cell that
 * could not be read in a table that publishes nothing, or a prose mention kept out, costs only that value.
 */
class HoldBackScopeTest {

    private static final DocumentValidator VALIDATOR = DocumentValidator.standard();

    /** A document whose table 0 prints a grand total, with one error finding. */
    private static Validation withError(String rule, Provenance where) {
        ReportedTotal grand = Seed000.total(TotalKind.GRAND, 2020, Measure.PLAN, null, null, null, null, null,
                "33,365.32", Seed000.cell(0, 1, 4));
        Finding error = new Finding(Severity.ERROR, rule, "what is wrong", "1,2,3", new SourceRef(where, "1,2,3"));
        ReadResult read = new ReadResult(PlanInfo.unknown(), List.of(), List.of(grand), List.of(), List.of(),
                List.of(error), List.of(), List.of());
        return VALIDATOR.validate(read, 2020);
    }

    @Test
    void anUnreadableCellOfATableThatPublishesNothingDoesNotHoldTheDocumentBack() {
        Validation v = withError("unit.missing", Seed000.cell(5, 3, 2));

        PublicationDecision decision = VALIDATOR.decide(v);

        assertThat(decision.publish()).isTrue();
        assertThat(decision.reason()).contains("1 error finding(s) concern only the values they keep out");
        assertThat(PublicationDecision.caveat(v)).hasValueSatisfying(c -> assertThat(c).contains("unit.missing"));
    }

    @Test
    void anUnreadableCellOfATableThatPublishesHoldsItBack() {
        PublicationDecision decision = VALIDATOR.decide(withError("number.malformed", Seed000.cell(0, 2, 4)));

        assertThat(decision.publish()).isFalse();
        assertThat(decision.reason()).contains("about figures it would publish", "number.malformed");
    }

    @Test
    void aTableNoReaderCouldPlaceHoldsTheDocumentBackWhereverItStands() {
        assertThat(VALIDATOR.decide(withError("context.unknown", Seed000.cell(5, 3, 2))).publish()).isFalse();
        assertThat(VALIDATOR.decide(withError("ministry.unresolved", Seed000.cell(7, 1, 1))).publish()).isFalse();
    }

    @Test
    void aProseMentionKeptOutCostsOnlyItself() {
        assertThat(VALIDATOR.decide(withError("mention.unit.missing", Provenance.ofLine(2, 14))).publish()).isTrue();
        assertThat(VALIDATOR.decide(withError("figure.conflict", Provenance.ofLine(2, 14))).publish()).isFalse();
    }
}
