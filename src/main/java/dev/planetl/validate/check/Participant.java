package dev.planetl.validate.check;

import dev.planetl.read.ReportedTotal;

/**
 * One printed figure of a total that a check relies on: its amount, its share or its number of tasks.
 * A total is kept out when one of its figures is found to be the wrong one.
 */
public record Participant(ReportedTotal total, Part part) {

    public enum Part { AMOUNT, SHARE, TASK_COUNT }

    public static Participant amount(ReportedTotal total) {
        return new Participant(total, Part.AMOUNT);
    }

    public static Participant share(ReportedTotal total) {
        return new Participant(total, Part.SHARE);
    }

    public static Participant taskCount(ReportedTotal total) {
        return new Participant(total, Part.TASK_COUNT);
    }
}
