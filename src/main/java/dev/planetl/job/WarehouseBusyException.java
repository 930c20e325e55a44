package dev.planetl.job;

/** Another ingest or rerun holds the warehouse: nothing was done, and the same command may be retried later. */
public class WarehouseBusyException extends IllegalStateException {

    public WarehouseBusyException(String message) {
        super(message);
    }
}
