package dev.planetl.validate.check;

import dev.planetl.validate.CheckResult;

import java.util.List;

/**
 * A check result with what it rests on.
 *
 * @param result the outcome
 * @param participants the printed figures of totals the check compared
 * @param vouchable the figures a pass of this check vouches for (see {@link Blame}): all participants for a sum,
 *     the share and its own amount but not the grand total for a share
 * @param decisive whether a failure of this check counts against its participants: checks between printed
 *     totals do; checks against project lines do not, since a sum of lines cannot tell which line is off
 * @param rawText the printed text of the expected figure
 * @param rejectedInScope how many values that belong to this scope were kept out before the check, which can
 *     explain a failure
 */
public record Evaluation(CheckResult result, List<Participant> participants, List<Participant> vouchable,
                         boolean decisive, String rawText, int rejectedInScope) {

    public Evaluation {
        participants = List.copyOf(participants);
        vouchable = List.copyOf(vouchable);
        rawText = rawText == null ? "" : rawText;
    }

    /** An evaluation whose pass vouches for every participant. */
    public Evaluation(CheckResult result, List<Participant> participants, boolean decisive, String rawText,
                      int rejectedInScope) {
        this(result, participants, participants, decisive, rawText, rejectedInScope);
    }
}
