package dev.planetl.read.schedule;

import dev.planetl.read.Whitespace;
import dev.planetl.read.prose.YearResolver;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A schedule cell read: {@code '20~'25} (2020–2025), {@code '20~} (from 2020, open), {@code 계속} (ongoing),
 * {@code '21} or {@code 2021} (that year).
 *
 * @param startYear first year, or null when not stated
 * @param endYear last year, or null when open-ended or not stated
 * @param ongoing true for 계속 or an open end
 */
record Schedule(Integer startYear, Integer endYear, boolean ongoing) {


    /** A year, with a month or half-year after it that the schedule does not need: '20.下, '21.3월. */
    private static final String YEAR = "['‘’`´′＇]?((?:19|20)\\d{2}|\\d{2})\\s*(?:년도?)?"
            + "(?:\\s*\\.\\s*(?:\\d{1,2}\\s*월?|上|下)|\\s*(?:上|下|상반기|하반기))?";
    private static final Pattern RANGE = Pattern.compile("^" + YEAR + "\\s*[~∼～\\-]\\s*(?:" + YEAR + ")?$");
    private static final Pattern SINGLE = Pattern.compile("^" + YEAR + "$");
    private static final Pattern ONGOING = Pattern.compile("^(?:계속|상시|지속|연중|매년)$");

    /** @return the schedule, or null when the cell is not a schedule planetl can read with certainty */
    static Schedule parse(String cell, YearResolver years) {
        String s = cell == null ? "" : Whitespace.collapse(cell.strip());
        if (ONGOING.matcher(s).matches()) {
            return new Schedule(null, null, true);
        }
        Matcher range = RANGE.matcher(s);
        if (range.matches()) {
            int start = years.resolve(range.group(1));
            if (range.group(2) == null) {
                return new Schedule(start, null, true);
            }
            int end = years.resolve(range.group(2));
            return end < start ? null : new Schedule(start, end, false);
        }
        Matcher single = SINGLE.matcher(s);
        if (single.matches()) {
            int year = years.resolve(single.group(1));
            return new Schedule(year, year, false);
        }
        return null;
    }
}
