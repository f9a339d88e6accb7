package org.yuanwu.union;

import java.util.Arrays;
import java.util.List;

/**
 * The union fund's chart of accounts (seeded in union_fund_account). Assets and expenses carry a
 * debit balance, income a credit balance.
 */
public enum FundAccount {
    BANK(Kind.ASSET), CASH(Kind.ASSET),
    DUES_INCOME(Kind.INCOME), ALLOCATION_INCOME(Kind.INCOME), OTHER_INCOME(Kind.INCOME),
    EXP_CONDOLENCE(Kind.EXPENSE), EXP_ASSISTANCE(Kind.EXPENSE), EXP_ACTIVITY(Kind.EXPENSE),
    EXP_WELFARE(Kind.EXPENSE), EXP_OFFICE(Kind.EXPENSE), EXP_OTHER(Kind.EXPENSE);

    public enum Kind { ASSET, INCOME, EXPENSE }

    private final Kind kind;

    FundAccount(Kind kind) {
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    public boolean debitNormal() {
        return kind != Kind.INCOME;
    }

    public static List<FundAccount> of(Kind kind) {
        return Arrays.stream(values()).filter(a -> a.kind == kind).toList();
    }
}
