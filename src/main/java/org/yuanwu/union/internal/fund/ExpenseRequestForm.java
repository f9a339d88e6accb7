package org.yuanwu.union.internal.fund;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.yuanwu.union.FundAccount;
import org.yuanwu.union.FundSteps;

/** The expense request page's form (a bean, so the page can show a message beside each field). */
public class ExpenseRequestForm {

    private FundAccount category = FundAccount.EXP_ACTIVITY;
    private String purpose;
    private BigDecimal amount;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate requestedOn;

    public FundAccount getCategory() { return category; }
    public void setCategory(FundAccount category) { this.category = category; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String purpose) { this.purpose = purpose; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public LocalDate getRequestedOn() { return requestedOn; }
    public void setRequestedOn(LocalDate requestedOn) { this.requestedOn = requestedOn; }

    FundSteps.ExpenseRequest toRequest(Long version) {
        return new FundSteps.ExpenseRequest(category, purpose, amount, requestedOn, version);
    }
}
