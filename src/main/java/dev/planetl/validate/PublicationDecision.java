package dev.planetl.validate;

/**
 * Whether a document's accepted figures go to the warehouse.
 *
 * @param publish true to load the accepted lines and totals
 * @param reason why, for the job's report
 */
public record PublicationDecision(boolean publish, String reason) {
}
