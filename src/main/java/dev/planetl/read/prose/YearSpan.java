package dev.planetl.read.prose;

/**
 * A year or a period as printed near an amount, its digits not yet resolved to four-digit years.
 *
 * @param first the first year's digits (2 or 4)
 * @param last the last year's digits, equal to first for a single year
 * @param end index in the searched text right after the printed year or period
 */
record YearSpan(String first, String last, int end) {

    boolean period() {
        return !first.equals(last);
    }
}
