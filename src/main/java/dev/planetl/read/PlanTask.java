package dev.planetl.read;

import java.util.List;

/**
 * A task a plan schedules: a row of a 추진 일정 table.
 *
 * @param section the heading the task stands under, or null
 * @param task the task as printed, whitespace normalised
 * @param ministries canonical names of the responsible ministries, split when printed run together
 * @param ministriesAsWritten the ministries cell as printed
 * @param startYear first year, or null when not stated
 * @param endYear last year, or null when open-ended or not stated
 * @param ongoing true when the schedule says 계속 or leaves the end open ('20~)
 * @param scheduleAsWritten the schedule cell as printed
 * @param source where it stands
 */
public record PlanTask(String section, String task, List<String> ministries, String ministriesAsWritten,
                       Integer startYear, Integer endYear, boolean ongoing, String scheduleAsWritten,
                       SourceRef source) {

    public PlanTask {
        ministries = List.copyOf(ministries);
    }
}
