package dev.planetl.load;

/**
 * What a run did, in counts.
 *
 * @param seen documents found under the folder
 * @param processed documents extracted and read in this run
 * @param skipped documents unchanged since they were last read
 * @param failed documents that could not be processed (in this run, or unchanged since they failed)
 * @param heldBack documents the publication policy held back (in this run, or unchanged since)
 * @param lines project lines in the warehouse from the documents this run saw (each publication counted once)
 * @param totals totals in the warehouse from the documents this run saw
 * @param pending documents left unprocessed (a run that stopped part-way)
 * @param withFindings documents published although their reading found errors or tables that yielded no fact
 */
public record RunSummary(long runId, int seen, int processed, int skipped, int failed, int heldBack, int lines,
                         int totals, int pending, int withFindings) {

    /** The one line a run ends with. */
    public String line() {
        return "run " + runId + ": " + seen + " documents (" + processed + " processed, " + skipped + " unchanged, "
                + failed + " failed, " + heldBack + " held back" + (withFindings > 0 ? ", " + withFindings
                + " published with findings" : "") + "); the warehouse holds " + lines + " lines and " + totals
                + " totals from them";
    }
}
