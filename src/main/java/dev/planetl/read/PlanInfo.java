package dev.planetl.read;

/**
 * What a document is: its plan title and year, as read from its title page.
 *
 * @param title the plan title as printed, or null when not found
 * @param planYear the year the plan is for, or null when it cannot be determined
 * @param series the plan series (e.g. 산업융합발전 실행계획), or null
 * @param issuer the issuing body (e.g. 관계부처 합동), or null
 * @param date the publication date as printed (e.g. 2020. 7.), or null
 */
public record PlanInfo(String title, Integer planYear, String series, String issuer, String date) {

    public static PlanInfo unknown() {
        return new PlanInfo(null, null, null, null, null);
    }
}
