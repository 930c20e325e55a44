package dev.planetl.read.schedule;


import dev.planetl.extract.Block;
import dev.planetl.extract.Document;
import dev.planetl.extract.Heading;
import dev.planetl.extract.Table;
import dev.planetl.read.Finding;
import dev.planetl.read.PlanTask;
import dev.planetl.read.Severity;
import dev.planetl.read.SourceRef;
import dev.planetl.read.Whitespace;
import dev.planetl.read.prose.VocabularyFile;
import dev.planetl.read.prose.YearResolver;
import dev.planetl.read.vocab.MinistryDictionary;
import dev.planetl.read.vocab.Tsv;
import dev.planetl.read.vocab.VocabularySource;
import dev.planetl.read.vocab.MinistryResolution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads plan schedule tables (추진과제 / 담당부처 / 일정) into tasks. A schedule table is recognised by its header
 * words ({@code vocab/schedule-headers.tsv}); a table without a header that follows one with the same number of
 * columns, and whose last-column cells read as schedules, continues it (converters cut the table at every
 * sub-heading). A row with a task but neither ministry nor schedule is a group label and becomes the section of
 * the rows below it, as a heading between the tables does. Ministries are resolved through the
 * {@link MinistryDictionary}; a schedule that cannot be read becomes a finding. Stateless and thread-safe.
 */
public final class PlanScheduleReader {


    /** What the reader took from one document. */
    /**
     * @param tables the index of every table read as a schedule (by its header, or continuing one), whether or
     *     not its rows could be read: its year columns hold schedule marks, never amounts
     */
    public record Result(List<PlanTask> tasks, List<Finding> findings, java.util.Set<Integer> tables) {
        public Result {
            tasks = List.copyOf(tasks);
            findings = List.copyOf(findings);
            tables = java.util.Set.copyOf(tables);
        }
    }

    private record Columns(int task, int ministry, int schedule, int count) {
    }

    private final MinistryDictionary ministries;
    private final Map<String, String> headerRoles;

    /** With the shipped ministry dictionary and schedule header words. */
    public PlanScheduleReader() {
        this(MinistryDictionary.standard());
    }

    public PlanScheduleReader(MinistryDictionary ministries) {
        this(ministries, VocabularySource.packaged());
    }

    /** With {@code schedule-headers.tsv} from the source. */
    public PlanScheduleReader(MinistryDictionary ministries, VocabularySource source) {
        this.ministries = ministries;
        Map<String, String> roles = new HashMap<>();
        for (Tsv.Row row : VocabularyFile.rows(source, "schedule-headers.tsv", 2)) {
            roles.put(Whitespace.remove(row.get(1)), row.get(0));
        }
        this.headerRoles = Map.copyOf(roles);
    }

    /**
     * @param document the extracted document
     * @param planYear the plan year: two-digit years are read in its century and ministries as named in it;
     *     null when unknown
     * @return the tasks of every schedule table, and findings about rows that could not be read, never null
     */
    public Result read(Document document, Integer planYear) {
        YearResolver years = new YearResolver(planYear);
        List<PlanTask> tasks = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        java.util.Set<Integer> tables = new java.util.HashSet<>();
        String section = null;
        Columns current = null;
        for (Block block : document.blocks()) {
            if (block instanceof Heading h) {
                section = h.numbering().isEmpty() ? h.text() : h.numbering() + " " + h.text();
                continue;
            }
            if (!(block instanceof Table table)) {
                continue;
            }
            Columns header = headerColumns(table);
            int firstRow;
            if (header != null) {
                current = header;
                firstRow = Math.max(1, table.headerRows());
            } else if (current != null && continues(table, current, years)) {
                firstRow = 0;
            } else {
                current = null;
                continue;
            }
            tables.add(table.index());
            for (int r = firstRow; r < table.rowCount(); r++) {
                section = readRow(table, r, current, section, planYear, years, tasks, findings);
            }
        }
        return new Result(tasks, findings, tables);
    }

    private String readRow(Table table, int r, Columns c, String section, Integer planYear, YearResolver years,
                           List<PlanTask> tasks, List<Finding> findings) {
        String task = clean(table.textAt(r, c.task()));
        String ministry = clean(table.textAt(r, c.ministry()));
        String schedule = clean(table.textAt(r, c.schedule()));
        SourceRef source = new SourceRef(table.provenance().atCell(r, c.task()), String.join("\t", table.row(r)));
        if (task.isEmpty() && ministry.isEmpty() && schedule.isEmpty()) {
            return section;
        }
        if (ministry.isEmpty() && schedule.isEmpty()) {
            return task;
        }
        Schedule when = Schedule.parse(schedule, years);
        if (task.isEmpty() || when == null) {
            findings.add(new Finding(Severity.WARNING, "schedule.row.unreadable", task.isEmpty()
                    ? "a schedule row without a task" : "the schedule '" + schedule + "' of task '" + task
                    + "' is not a year, a period or 계속", source.raw(), source));
            return section;
        }
        Integer nameYear = planYear != null ? planYear : when.startYear();
        List<String> canonical = List.of();
        if (nameYear == null) {
            findings.add(Finding.warning("schedule.ministry.unresolved", "no year to read the ministries '"
                    + ministry + "' of task '" + task + "' in", source));
        } else {
            MinistryResolution resolved = ministries.resolve(ministry, nameYear);
            boolean runTogether = resolved.ambiguous() && resolved.reason() != null
                    && resolved.reason().contains("run together") && !resolved.reason().contains(";");
            if (resolved.unresolved() || (resolved.ambiguous() && !runTogether)) {
                findings.add(Finding.warning("schedule.ministry.unresolved", "the ministries '" + ministry
                        + "' of task '" + task + "' cannot be resolved: " + resolved.reason(), source));
            } else {
                canonical = resolved.ministries();
                if (runTogether) {
                    // resolved without doubt (each part is a known ministry): a note, nothing to act on
                    findings.add(new Finding(Severity.INFO, "schedule.ministry.run_together", "the ministries of "
                            + "task '" + task + "' are printed run together; read as " + String.join(", ", canonical)
                            + " (" + resolved.reason() + ")", source.raw(), source));
                }
            }
        }
        tasks.add(new PlanTask(section, task, canonical, ministry, when.startYear(), when.endYear(),
                when.ongoing(), schedule, source));
        return section;
    }

    private Columns headerColumns(Table table) {
        int rows = Math.max(1, table.headerRows());
        for (int r = 0; r < Math.min(rows, table.rowCount()); r++) {
            int task = -1;
            int ministry = -1;
            int schedule = -1;
            for (int c = 0; c < table.columnCount(); c++) {
                String role = headerRoles.get(Whitespace.remove(table.textAt(r, c)));
                if ("task".equals(role) && task < 0) {
                    task = c;
                } else if ("ministry".equals(role) && ministry < 0) {
                    ministry = c;
                } else if ("schedule".equals(role) && schedule < 0) {
                    schedule = c;
                }
            }
            if (task >= 0 && ministry >= 0 && schedule >= 0) {
                return new Columns(task, ministry, schedule, table.columnCount());
            }
        }
        return null;
    }

    /** A header-less table continues a schedule table when its shape matches and its schedules read. */
    private static boolean continues(Table table, Columns c, YearResolver years) {
        if (table.columnCount() != c.count()) {
            return false;
        }
        int filled = 0;
        int readable = 0;
        for (int r = 0; r < table.rowCount(); r++) {
            String schedule = clean(table.textAt(r, c.schedule()));
            if (!schedule.isEmpty()) {
                filled++;
                if (Schedule.parse(schedule, years) != null) {
                    readable++;
                }
            }
        }
        return filled > 0 && readable * 2 > filled;
    }

    private static String clean(String cell) {
        return cell == null ? "" : Whitespace.collapse(cell);
    }
}
