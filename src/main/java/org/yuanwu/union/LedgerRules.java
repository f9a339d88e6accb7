package org.yuanwu.union;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.yuanwu.common.DomainException;

/**
 * The double-entry rules of the union fund, kept free of storage so they can be tested over many
 * random sequences: an entry has at least two lines, each line is a debit or a credit (never both,
 * never negative), debits equal credits; a reversal swaps every line; an account's balance is the
 * sum of its lines on its normal side.
 */
public final class LedgerRules {

    private LedgerRules() {
    }

    public record Line(FundAccount account, long debitFen, long creditFen) {

        public static Line debit(FundAccount account, long fen) {
            return new Line(account, fen, 0);
        }

        public static Line credit(FundAccount account, long fen) {
            return new Line(account, 0, fen);
        }
    }

    /** Refuses an entry that does not balance or has a malformed line. */
    public static void requireBalanced(List<Line> lines) {
        if (lines == null || lines.size() < 2) {
            throw DomainException.invalid("lines", "fund.error.twoLines");
        }
        long debits = 0;
        long credits = 0;
        for (Line l : lines) {
            if (l.account() == null || l.debitFen() < 0 || l.creditFen() < 0
                    || (l.debitFen() == 0) == (l.creditFen() == 0)) {
                throw DomainException.invalid("lines", "fund.error.badLine");
            }
            debits = Math.addExact(debits, l.debitFen());
            credits = Math.addExact(credits, l.creditFen());
        }
        if (debits != credits) {
            throw DomainException.invalid("lines", "fund.error.unbalanced", FundAmounts.yuan(debits).toPlainString(),
                    FundAmounts.yuan(credits).toPlainString());
        }
    }

    /** The lines that cancel an entry: every debit becomes a credit of the same account and amount, and back. */
    public static List<Line> reversal(List<Line> lines) {
        List<Line> out = new ArrayList<>(lines.size());
        for (Line l : lines) {
            out.add(new Line(l.account(), l.creditFen(), l.debitFen()));
        }
        return out;
    }

    /** An account's balance on its normal side from its debit and credit totals. */
    public static long balance(FundAccount account, long debitsFen, long creditsFen) {
        return account.debitNormal() ? debitsFen - creditsFen : creditsFen - debitsFen;
    }

    /** Adds an entry's lines to running balances (per account, on the normal side). */
    public static void apply(Map<FundAccount, Long> balances, List<Line> lines) {
        for (Line l : lines) {
            balances.merge(l.account(), balance(l.account(), l.debitFen(), l.creditFen()), Long::sum);
        }
    }

    /** Balances recomputed from scratch from every line ever posted. */
    public static Map<FundAccount, Long> balances(Iterable<Line> allLines) {
        Map<FundAccount, Long> debits = new EnumMap<>(FundAccount.class);
        Map<FundAccount, Long> credits = new EnumMap<>(FundAccount.class);
        for (Line l : allLines) {
            debits.merge(l.account(), l.debitFen(), Long::sum);
            credits.merge(l.account(), l.creditFen(), Long::sum);
        }
        Map<FundAccount, Long> out = new EnumMap<>(FundAccount.class);
        for (FundAccount a : FundAccount.values()) {
            out.put(a, balance(a, debits.getOrDefault(a, 0L), credits.getOrDefault(a, 0L)));
        }
        return out;
    }
}
