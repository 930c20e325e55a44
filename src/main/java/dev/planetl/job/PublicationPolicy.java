package dev.planetl.job;

/** What happens to a document whose values or checks fail (set in jobs/ingest.yml). */
public enum PublicationPolicy {
    /** Publish the document without its rejected values. */
    PUBLISH_ACCEPTED,
    /** Hold the whole document back when any reconciliation fails (the default). */
    HOLD_BACK_ON_ERROR
}
