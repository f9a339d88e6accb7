package org.yuanwu.union.internal.congress;

/**
 * The congress's arithmetic, kept in one place: the delegate quota of a unit, the quorum of a session and the
 * majority that passes an item. Fractions are compared in integers, so "two thirds" never rounds.
 */
public final class CongressRules {

    private CongressRules() {
    }

    /** One delegate per {@code staffPerDelegate} staff (whole delegates only), and every unit with staff has at least one. */
    public static int quota(long staffCount, int staffPerDelegate) {
        if (staffPerDelegate < 1) {
            throw new IllegalArgumentException("staffPerDelegate must be at least 1");
        }
        if (staffCount <= 0) {
            return 0;
        }
        return (int) Math.max(1, staffCount / staffPerDelegate);
    }

    /** A session is quorate when at least numerator/denominator of the term's delegates are present (default 2/3). */
    public static boolean quorate(int present, int delegates, int numerator, int denominator) {
        if (delegates <= 0) {
            return false;
        }
        return (long) present * denominator >= (long) delegates * numerator;
    }

    /**
     * An item passes when the votes for it are more than numerator/denominator of the base (default: more than
     * half), the base being the delegates present or all delegates of the term, as the item's kind says.
     */
    public static boolean passes(int votesFor, int base, int numerator, int denominator) {
        if (base <= 0) {
            return false;
        }
        return (long) votesFor * denominator > (long) base * numerator;
    }

    /** The smallest number present that makes a quorum (for showing "needs 20 of 30"). */
    public static int quorumNeeded(int delegates, int numerator, int denominator) {
        return (int) ((long) delegates * numerator + denominator - 1) / denominator;
    }
}
