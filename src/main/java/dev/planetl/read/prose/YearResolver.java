package dev.planetl.read.prose;

import java.util.regex.Pattern;

/**
 * Turns a year as printed ('23, 23, ’23, 2023) into a four-digit year, reading two-digit years in the century
 * of a reference year (the plan year). Without a reference year two-digit years are read in 2000–2099: the
 * documents planetl reads are all of this century. Immutable and thread-safe.
 */
public final class YearResolver {

    private static final Pattern YEAR_DIGITS = Pattern.compile("\\d{2}|\\d{4}");

    /** How far from the plan year a stated year may lie before it is worth a steward's look. */
    public static final int SUSPICIOUS_DISTANCE = 12;

    private final Integer referenceYear;

    /** @param referenceYear the plan year, or null when it is not known */
    public YearResolver(Integer referenceYear) {
        this.referenceYear = referenceYear;
    }

    public Integer referenceYear() {
        return referenceYear;
    }

    /**
     * @param digits the year's digits as printed, two or four of them, quote marks already removed
     * @return the four-digit year
     * @throws IllegalArgumentException when the text is not two or four digits
     */
    public int resolve(String digits) {
        if (!YEAR_DIGITS.matcher(digits).matches()) {
            throw new IllegalArgumentException("not a year: '" + digits + "'");
        }
        int value = Integer.parseInt(digits);
        if (digits.length() == 4) {
            return value;
        }
        int century = referenceYear == null ? 2000 : referenceYear - Math.floorMod(referenceYear, 100);
        return century + value;
    }

    /** True when the year lies further from the plan year than {@link #SUSPICIOUS_DISTANCE}. */
    public boolean suspicious(int year) {
        return referenceYear != null && Math.abs(year - referenceYear) > SUSPICIOUS_DISTANCE;
    }
}
