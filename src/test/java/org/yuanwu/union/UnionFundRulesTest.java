package org.yuanwu.union;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.yuanwu.common.DomainException;

/** The rules of dues, the ledger and payments, without storage. */
class UnionFundRulesTest {

    @Test
    void monthlyDuesAreTheWageBaseTimesTheRateRoundedHalfUpToTheFen() {
        assertThat(DuesCalculation.monthlyDuesFen(600_000, new BigDecimal("0.5"))).isEqualTo(3_000);
        assertThat(DuesCalculation.monthlyDuesFen(512_345, new BigDecimal("0.5"))).isEqualTo(2_562); // 2561.725
        assertThat(DuesCalculation.monthlyDuesFen(100, new BigDecimal("0.5"))).isEqualTo(1); // half a fen rounds up
        assertThat(DuesCalculation.monthlyDuesFen(99, new BigDecimal("0.5"))).isEqualTo(0);
        assertThat(DuesCalculation.monthlyDuesFen(800_000, new BigDecimal("1"))).isEqualTo(8_000);
    }

    @Test
    void aDuesRateOutsideZeroToFivePercentOrWithFourDecimalsIsRefused() {
        assertThat(DuesCalculation.checkedRate(new BigDecimal("0.500"))).isEqualByComparingTo("0.5");
        for (String bad : List.of("0", "-0.5", "5.001", "0.0005")) {
            assertThatThrownBy(() -> DuesCalculation.checkedRate(new BigDecimal(bad)))
                    .isInstanceOf(DomainException.class).extracting("field").isEqualTo("ratePercent");
        }
    }

    @Test
    void aPaymentAboveTheApprovedAmountIsRefusedAndUpToItIsAccepted() {
        FundLedger.checkPayable(50_000, 50_000L);
        FundLedger.checkPayable(1, 50_000L);
        assertThatThrownBy(() -> FundLedger.checkPayable(50_001, 50_000L))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("fund.error.aboveApproved");
        assertThatThrownBy(() -> FundLedger.checkPayable(1, null)).isInstanceOf(DomainException.class);
    }

    @Test
    void amountsInYuanBecomeFenAndSubFenOrNegativeAmountsAreRefused() {
        assertThat(FundAmounts.fen(new BigDecimal("123.45"), "amount", false)).isEqualTo(12_345);
        assertThat(FundAmounts.yuan(12_345L)).isEqualByComparingTo("123.45");
        assertThatThrownBy(() -> FundAmounts.fen(new BigDecimal("1.005"), "amount", false)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> FundAmounts.fen(new BigDecimal("-1"), "amount", false)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> FundAmounts.fen(BigDecimal.ZERO, "amount", false)).isInstanceOf(DomainException.class);
        assertThat(FundAmounts.fen(BigDecimal.ZERO, "gift", true)).isZero();
    }

    @Test
    void anEntryWhoseDebitsDoNotEqualItsCreditsIsRefused() {
        assertThatThrownBy(() -> LedgerRules.requireBalanced(List.of(LedgerRules.Line.debit(FundAccount.BANK, 100),
                LedgerRules.Line.credit(FundAccount.DUES_INCOME, 99))))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("fund.error.unbalanced");
        assertThatThrownBy(() -> LedgerRules.requireBalanced(List.of(LedgerRules.Line.debit(FundAccount.BANK, 100))))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> LedgerRules.requireBalanced(List.of(new LedgerRules.Line(FundAccount.BANK, 100, 100),
                new LedgerRules.Line(FundAccount.CASH, 0, 0)))).isInstanceOf(DomainException.class);
    }

    @Test
    void coverageIsMembersOverStaffInPercentWithOneDecimal() {
        assertThat(MemberService.rate(2, 3)).isEqualByComparingTo("66.7");
        assertThat(MemberService.rate(3, 3)).isEqualByComparingTo("100.0");
        assertThat(MemberService.rate(0, 0)).isNull();
    }

    /**
     * Property: over many random sequences of postings (some unbalanced, refused) and reversals (some of
     * entries already reversed, refused), the running balances always equal the balances recomputed from
     * every line, debits always equal credits, assets plus expenses equal income, and a reversed entry
     * nets to nothing.
     */
    @Test
    void theBalanceAlwaysEqualsTheSumOfTheEntriesAndDebitsEqualCredits() {
        FundAccount[] accounts = FundAccount.values();
        for (long seed = 1; seed <= 300; seed++) {
            Random random = new Random(seed);
            List<List<LedgerRules.Line>> posted = new ArrayList<>();
            List<Boolean> reversed = new ArrayList<>();
            List<LedgerRules.Line> allLines = new ArrayList<>();
            Map<FundAccount, Long> running = new EnumMap<>(FundAccount.class);
            int steps = 5 + random.nextInt(60);
            for (int step = 0; step < steps; step++) {
                int move = random.nextInt(10);
                List<LedgerRules.Line> entry;
                boolean reversal = move >= 7 && !posted.isEmpty();
                int target = reversal ? random.nextInt(posted.size()) : -1;
                if (reversal) {
                    entry = LedgerRules.reversal(posted.get(target));
                } else {
                    entry = randomEntry(random, accounts, move == 6);
                }
                boolean shouldBeRefused = (reversal && reversed.get(target)) || (!reversal && move == 6);
                try {
                    if (reversal && reversed.get(target)) {
                        throw DomainException.conflict("fund.error.alreadyReversed", target);
                    }
                    LedgerRules.requireBalanced(entry);
                    assertThat(shouldBeRefused).as("seed %d step %d accepted a bad entry", seed, step).isFalse();
                    posted.add(entry);
                    reversed.add(reversal); // a reversal is not reversed again
                    if (reversal) {
                        reversed.set(target, true);
                    }
                    allLines.addAll(entry);
                    LedgerRules.apply(running, entry);
                } catch (DomainException refused) {
                    assertThat(shouldBeRefused).as("seed %d step %d refused a good entry", seed, step).isTrue();
                }
                Map<FundAccount, Long> recomputed = LedgerRules.balances(allLines);
                for (FundAccount a : accounts) {
                    assertThat(running.getOrDefault(a, 0L)).as("seed %d account %s", seed, a).isEqualTo(recomputed.get(a));
                }
                long debits = allLines.stream().mapToLong(LedgerRules.Line::debitFen).sum();
                long credits = allLines.stream().mapToLong(LedgerRules.Line::creditFen).sum();
                assertThat(debits).isEqualTo(credits);
                long assetsAndExpenses = 0;
                long income = 0;
                for (FundAccount a : accounts) {
                    if (a.kind() == FundAccount.Kind.INCOME) {
                        income += recomputed.get(a);
                    } else {
                        assetsAndExpenses += recomputed.get(a);
                    }
                }
                assertThat(assetsAndExpenses).as("seed %d: assets + expenses = income", seed).isEqualTo(income);
            }
            for (int i = 0; i < posted.size(); i++) {
                if (reversed.get(i)) {
                    List<LedgerRules.Line> both = new ArrayList<>(posted.get(i));
                    both.addAll(LedgerRules.reversal(posted.get(i)));
                    assertThat(LedgerRules.balances(both).values()).allMatch(v -> v == 0L);
                }
            }
        }
    }

    /** A random entry of 2-5 lines that balances, or (when {@code unbalanced}) one that is off by at least a fen. */
    private static List<LedgerRules.Line> randomEntry(Random random, FundAccount[] accounts, boolean unbalanced) {
        int debitLines = 1 + random.nextInt(2);
        int creditLines = 1 + random.nextInt(3);
        List<LedgerRules.Line> lines = new ArrayList<>();
        long total = 0;
        for (int i = 0; i < debitLines; i++) {
            long fen = 1 + random.nextInt(1_000_000);
            total += fen;
            lines.add(LedgerRules.Line.debit(accounts[random.nextInt(accounts.length)], fen));
        }
        long left = total + (unbalanced ? 1 + random.nextInt(500) : 0);
        for (int i = 0; i < creditLines; i++) {
            long fen = i == creditLines - 1 ? left : Math.max(1, left / (creditLines - i) - random.nextInt(10));
            if (fen <= 0 || fen > left) {
                fen = left;
            }
            left -= fen;
            if (fen > 0) {
                lines.add(LedgerRules.Line.credit(accounts[random.nextInt(accounts.length)], fen));
            }
            if (left == 0) {
                break;
            }
        }
        return lines;
    }
}
