package org.yuanwu.union.internal.fund;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.yuanwu.union.FundAccount;
import org.yuanwu.union.FundSteps;

/** The income page's form. */
public class IncomeForm {

    private FundAccount incomeAccount = FundAccount.ALLOCATION_INCOME;
    private FundAccount into = FundAccount.BANK;
    private BigDecimal amount;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate postedOn;
    private String memo;

    public FundAccount getIncomeAccount() { return incomeAccount; }
    public void setIncomeAccount(FundAccount incomeAccount) { this.incomeAccount = incomeAccount; }
    public FundAccount getInto() { return into; }
    public void setInto(FundAccount into) { this.into = into; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public LocalDate getPostedOn() { return postedOn; }
    public void setPostedOn(LocalDate postedOn) { this.postedOn = postedOn; }
    public String getMemo() { return memo; }
    public void setMemo(String memo) { this.memo = memo; }

    FundSteps.Income toIncome() {
        return new FundSteps.Income(incomeAccount, into, amount, postedOn, memo);
    }
}
