package dev.planetl.validate.check;

import dev.planetl.validate.CheckResult;

import java.util.List;

/**
 * A check result with what it rests on.
 *
 * @param result the outcome
 * @param participants the printed figures of totals the check compared
 * @param decisive whether the check takes part in deciding which figure is wrong: checks between printed totals
 *     do; checks against project lines do not, since a sum of lines cannot tell which line is off
 * @param rawText the printed text of the expected figure
 * @param rejectedInScope how many values that belong to this scope were kept out before the check, which can
 *     explain a failure
 */
public record Evaluation(CheckResult result, List<Participant> participants, boolean decisive, String rawText, int rejectedInScope) {

    public Evaluation {
        participants = List.copyOf(participants);
        rawText = rawText == null ? "" : rawText;
    }
}
