package dev.planetl.read.prose;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * The parenthesis structure of one sentence: for every position, the innermost open parenthesis around it.
 * Unbalanced text is tolerated: a stray ')' closes nothing, an unclosed '(' runs to the end.
 */
final class Parens {

    private final String text;
    private final int[] enclosing;
    private final int[] close;

    Parens(String text) {
        this.text = text;
        this.enclosing = new int[text.length() + 1];
        this.close = new int[text.length() + 1];
        Arrays.fill(close, -1);
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            enclosing[i] = open.isEmpty() ? -1 : open.peek();
            if (c == '(') {
                open.push(i);
            } else if (c == ')' && !open.isEmpty()) {
                close[open.pop()] = i;
                enclosing[i] = open.isEmpty() ? -1 : open.peek();
            }
        }
        enclosing[text.length()] = open.isEmpty() ? -1 : open.peek();
        while (!open.isEmpty()) {
            close[open.pop()] = text.length();
        }
    }

    /** Index of the innermost '(' enclosing position p (p itself not a parenthesis), or -1. */
    int enclosing(int p) {
        return enclosing[p];
    }

    /** Index of the ')' closing the '(' at open, or the text's length when it is never closed. */
    int closeOf(int open) {
        return close[open];
    }

    /** True when position p stands directly inside the group opened at open (no nested group between). */
    boolean directlyInside(int p, int open) {
        return enclosing[p] == open;
    }

    /** True for the thousands comma of a number such as 2,220. */
    boolean insideNumber(int comma) {
        return comma > 0 && comma + 1 < text.length() && Character.isDigit(text.charAt(comma - 1))
                && Character.isDigit(text.charAt(comma + 1));
    }

    /** The comma-separated items directly inside the group opened at open, as [start, end) pairs. */
    int[][] items(int open) {
        int end = closeOf(open);
        java.util.List<int[]> out = new java.util.ArrayList<>();
        int start = open + 1;
        for (int i = open + 1; i < end; i++) {
            if ((text.charAt(i) == ',' || text.charAt(i) == '，') && enclosing[i] == open && !insideNumber(i)) {
                out.add(new int[] {start, i});
                start = i + 1;
            }
        }
        out.add(new int[] {start, end});
        return out.toArray(new int[0][]);
    }
}
