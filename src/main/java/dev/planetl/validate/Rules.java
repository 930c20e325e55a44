package dev.planetl.validate;

import java.util.List;

/** The names of the cross-checks and of the repair, as they appear in check results and findings. */
public final class Rules {

    /** In a ministry × goal matrix, a ministry's printed 계 = the sum of its cells. */
    public static final String TOTAL_ROW = "total.row";
    /**
     * In a ministry × goal matrix, a goal's printed 합계 = the sum of its column; the grand total = the sum of the
     * goal totals = the sum of the ministry totals.
     */
    public static final String TOTAL_COLUMN = "total.column";
    /** In a table of goals, ministries or targets, the parts add up to the grand total. */
    public static final String TOTAL_GRAND = "total.grand";
    /** The targets of a goal add up to the goal's printed total. */
    public static final String TOTAL_GOAL = "total.goal";
    /** A printed share = amount / grand total × 100. */
    public static final String SHARE_VALUE = "share.value";
    /** The shares a table prints add up to 100. */
    public static final String SHARE_SUM = "share.sum";
    /** The number of project lines under a target = its printed number of tasks. */
    public static final String TASK_COUNT = "task.count";
    /** Project lines rolled up by target = the target's printed total. */
    public static final String RECONCILE_TARGET = "reconcile.target";
    /** Project lines rolled up by goal = the goal's printed total. */
    public static final String RECONCILE_GOAL = "reconcile.goal";
    /** Project lines rolled up by ministry = the ministry's printed total. */
    public static final String RECONCILE_MINISTRY = "reconcile.ministry";
    /** Project lines rolled up by ministry and goal = the matrix cell. */
    public static final String RECONCILE_MINISTRY_GOAL = "reconcile.ministry_goal";
    /** All project lines = the printed grand total. */
    public static final String RECONCILE_GRAND = "reconcile.grand";
    /** Where a line read wrong can be: the lines both a failed target and a failed ministry roll-up hold. */
    public static final String RECONCILE_SUSPECTS = "reconcile.suspects";
    /** The same figure printed in two places agrees. */
    public static final String FIGURE_CONSISTENT = "figure.consistent";

    /** A printed total that could not be read was replaced by the value its row and column both prove. */
    public static final String REPAIR_ARITHMETIC = "repair.arithmetic";
    /** An unreadable total whose value the arithmetic could not prove; it stays out. */
    public static final String REPAIR_UNPROVEN = "repair.unproven";
    /**
     * A printed figure every check of which failed and none vouches for: taken for the wrong one and not loaded
     * (an amount: the total is kept out; a share or number of tasks: the total is kept without it).
     */
    public static final String TOTAL_QUARANTINED = "total.quarantined";
    /** A total whose amount is null although no reader finding says why. */
    public static final String TOTAL_AMOUNT_MISSING = "total.amount.missing";
    /** The reader's rule for a printed number it could not read. */
    public static final String NUMBER_MALFORMED = "number.malformed";

    public static final List<String> CHECKS = List.of(TOTAL_ROW, TOTAL_COLUMN, TOTAL_GRAND, TOTAL_GOAL, SHARE_VALUE,
            SHARE_SUM, TASK_COUNT, RECONCILE_TARGET, RECONCILE_GOAL, RECONCILE_MINISTRY, RECONCILE_MINISTRY_GOAL,
            RECONCILE_GRAND, FIGURE_CONSISTENT);

    private Rules() {
    }
}
