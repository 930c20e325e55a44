package dev.planetl.validate.check;

import dev.planetl.read.ReportedTotal;
import dev.planetl.validate.CheckResult;
import dev.planetl.validate.Quantity;
import dev.planetl.validate.Rules;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which printed figure a failed check points at. A wrong figure makes every check it takes part in fail, while a
 * right figure caught in the same failed sum is vouched for by another check it passes (a matrix cell by its
 * column when its row fails). So a figure that takes part in at least one failed decisive check and that no
 * passed check vouches for is taken for the wrong one. A printed number of tasks that disagrees with the lines
 * although the lines' amounts add up to the target's total exactly is wrong too. A figure that cannot be told
 * apart this way (both printings of a figure that nothing else checks) is blamed with the other: a missing number
 * is better than a wrong one.
 *
 * <p>What vouches for an amount: a sum of amounts that agrees to the won, whether between printed totals or
 * against the project lines (independent evidence, though a failure there blames no total), and a passed share
 * check for the amount whose share it is. A sum that agrees merely within its rounding tolerance (which grows
 * with the number of figures added) could hide a wrong amount that a tighter check caught, and a share hardly
 * moves with its grand total, so neither vouches there. A passed share or task count check vouches for the share
 * or count.
 */
public final class Blame {

    /**
     * A total some printed figure of which was found wrong.
     *
     * @param total the total as checked
     * @param parts which of its figures are wrong: its amount (the total is kept out), or only its share or number
     *     of tasks (the total is kept, without them)
     * @param failed the failed checks that found them
     */
    public record Blamed(ReportedTotal total, Set<Participant.Part> parts, List<Evaluation> failed) {

        public Blamed {
            parts = Set.copyOf(parts);
            failed = List.copyOf(failed);
        }

        public boolean amountWrong() {
            return parts.contains(Participant.Part.AMOUNT);
        }
    }

    private Blame() {
    }

    private static boolean vouches(Evaluation evaluation, Participant participant) {
        CheckResult result = evaluation.result();
        if (!result.passed() || !evaluation.vouchable().contains(participant)) return false;
        return participant.part() != Participant.Part.AMOUNT || result.quantity() != Quantity.WON
                || result.difference().signum() == 0;
    }

    public static List<Blamed> of(List<Evaluation> evaluations) {
        Set<Participant> vouched = new HashSet<>();
        Map<Participant, List<Evaluation>> failedBy = new LinkedHashMap<>();
        for (Evaluation evaluation : evaluations) {
            for (Participant participant : evaluation.participants()) {
                if (vouches(evaluation, participant)) {
                    vouched.add(participant);
                } else if (evaluation.decisive() && !evaluation.result().passed()) {
                    failedBy.computeIfAbsent(participant, p -> new ArrayList<>()).add(evaluation);
                }
            }
        }
        Map<ReportedTotal, List<Evaluation>> blamed = new LinkedHashMap<>();
        Map<ReportedTotal, Set<Participant.Part>> parts = new LinkedHashMap<>();
        failedBy.forEach((participant, failed) -> {
            if (!vouched.contains(participant)) {
                blamed.computeIfAbsent(participant.total(), t -> new ArrayList<>()).addAll(failed);
                parts.computeIfAbsent(participant.total(), t -> EnumSet.noneOf(Participant.Part.class))
                        .add(participant.part());
            }
        });
        for (Evaluation count : evaluations) {
            if (!count.result().rule().equals(Rules.TASK_COUNT) || count.result().passed()) continue;
            ReportedTotal target = count.participants().get(0).total();
            boolean amountsAgree = evaluations.stream().anyMatch(e -> e.result().rule().equals(Rules.RECONCILE_TARGET)
                    && vouches(e, Participant.amount(target)));
            if (amountsAgree) {
                blamed.computeIfAbsent(target, t -> new ArrayList<>()).add(count);
                parts.computeIfAbsent(target, t -> EnumSet.noneOf(Participant.Part.class))
                        .add(Participant.Part.TASK_COUNT);
            }
        }
        List<Blamed> result = new ArrayList<>();
        blamed.forEach((total, failed) -> result.add(new Blamed(total, parts.get(total),
                failed.stream().distinct().toList())));
        return result;
    }
}
