package org.yuanwu.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * One plan item as typed in (web form and API body). Targets are text so that "九十五" or "95%"
 * gets a message beside the field instead of a binding error; the service reads them as numbers.
 */
public class PlanItemForm {

    @NotBlank
    @Size(max = 500)
    private String text;

    @Size(max = 50)
    private String category;

    @Size(max = 100)
    private String owner;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate dueDate;

    /** The units the item covers; empty means the plan's own unit. */
    private List<Long> coveredUnitIds = new ArrayList<>();

    @NotNull
    private ItemKind kind = ItemKind.INDICATOR;

    @Size(max = 100)
    private String indicatorCode;

    private TargetComparator comparator;

    @Size(max = 30)
    private String target;

    /** The upper bound, for BETWEEN only. */
    @Size(max = 30)
    private String targetUpper;

    private Long version;

    public String getText() { return text; }
    public void setText(String text) { this.text = text == null ? null : text.strip(); }
    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = blankToNull(category); }
    public String getOwner() { return owner; }
    public void setOwner(String owner) { this.owner = blankToNull(owner); }
    public LocalDate getDueDate() { return dueDate; }
    public void setDueDate(LocalDate dueDate) { this.dueDate = dueDate; }
    public List<Long> getCoveredUnitIds() { return coveredUnitIds; }
    public void setCoveredUnitIds(List<Long> coveredUnitIds) {
        this.coveredUnitIds = coveredUnitIds == null ? new ArrayList<>() : new ArrayList<>(coveredUnitIds);
    }
    public ItemKind getKind() { return kind; }
    public void setKind(ItemKind kind) { this.kind = kind; }
    public String getIndicatorCode() { return indicatorCode; }
    public void setIndicatorCode(String indicatorCode) { this.indicatorCode = blankToNull(indicatorCode); }
    public TargetComparator getComparator() { return comparator; }
    public void setComparator(TargetComparator comparator) { this.comparator = comparator; }
    public String getTarget() { return target; }
    public void setTarget(String target) { this.target = blankToNull(target); }
    public String getTargetUpper() { return targetUpper; }
    public void setTargetUpper(String targetUpper) { this.targetUpper = blankToNull(targetUpper); }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public static PlanItemForm of(PlanItemView item) {
        PlanItemForm f = new PlanItemForm();
        f.text = item.text();
        f.category = item.category();
        f.owner = item.owner();
        f.dueDate = item.dueDate();
        f.coveredUnitIds = new ArrayList<>(item.coveredUnitIds());
        f.kind = item.kind();
        f.indicatorCode = item.indicatorCode();
        f.comparator = item.comparator();
        f.target = item.target() == null ? null : item.target().stripTrailingZeros().toPlainString();
        f.targetUpper = item.targetUpper() == null ? null : item.targetUpper().stripTrailingZeros().toPlainString();
        f.version = item.version();
        return f;
    }
}
