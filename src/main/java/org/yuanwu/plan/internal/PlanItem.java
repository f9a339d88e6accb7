package org.yuanwu.plan.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.yuanwu.plan.ItemKind;
import org.yuanwu.plan.TargetComparator;

@Entity
@Table(name = "plan_item")
public class PlanItem {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_item_seq")
    @SequenceGenerator(name = "plan_item_seq", sequenceName = "plan_item_seq", allocationSize = 50)
    private Long id;

    @Column(name = "plan_id")
    private Long planId;
    @Column(name = "sort_order")
    private int position;
    private String text;
    private String category;
    private String owner;
    @Column(name = "due_date")
    private LocalDate dueDate;
    @Enumerated(EnumType.STRING)
    private ItemKind kind;
    @Column(name = "indicator_code")
    private String indicatorCode;
    @Enumerated(EnumType.STRING)
    private TargetComparator comparator;
    private BigDecimal target;
    @Column(name = "target_upper")
    private BigDecimal targetUpper;
    private boolean done;
    @Column(name = "done_at")
    private Instant doneAt;
    @Column(name = "done_by")
    private String doneBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "plan_item_unit", joinColumns = @JoinColumn(name = "item_id"))
    @Column(name = "unit_id")
    private Set<Long> coveredUnitIds = new TreeSet<>();

    @Version
    private long version;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected PlanItem() {
    }

    public PlanItem(Long planId, int position, Instant now) {
        this.planId = planId;
        this.position = position;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** The checked values of an item; true when anything changed. */
    public boolean apply(CheckedItem c, Instant now) {
        Map<String, Object> before = snapshot();
        text = c.text();
        category = c.category();
        owner = c.owner();
        dueDate = c.dueDate();
        kind = c.kind();
        indicatorCode = c.indicatorCode();
        comparator = c.comparator();
        target = c.target();
        targetUpper = c.targetUpper();
        if (kind != ItemKind.DELIVERABLE) {
            done = false;
            doneAt = null;
            doneBy = null;
        }
        coveredUnitIds.clear();
        coveredUnitIds.addAll(c.coveredUnitIds());
        boolean changed = !before.equals(snapshot());
        if (changed) {
            updatedAt = now;
        }
        return changed;
    }

    public void markDone(boolean isDone, String by, Instant now) {
        this.done = isDone;
        this.doneAt = isDone ? now : null;
        this.doneBy = isDone ? by : null;
        this.updatedAt = now;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("planId", planId);
        m.put("text", text);
        m.put("category", category);
        m.put("owner", owner);
        m.put("dueDate", dueDate == null ? null : dueDate.toString());
        m.put("kind", kind);
        m.put("indicatorCode", indicatorCode);
        m.put("comparator", comparator);
        m.put("target", target == null ? null : target.stripTrailingZeros().toPlainString());
        m.put("targetUpper", targetUpper == null ? null : targetUpper.stripTrailingZeros().toPlainString());
        m.put("coveredUnitIds", new TreeSet<>(coveredUnitIds).toString());
        m.put("done", done);
        return m;
    }

    public Long getId() { return id; }
    public Long getPlanId() { return planId; }
    public int getPosition() { return position; }
    public String getText() { return text; }
    public String getCategory() { return category; }
    public String getOwner() { return owner; }
    public LocalDate getDueDate() { return dueDate; }
    public ItemKind getKind() { return kind; }
    public String getIndicatorCode() { return indicatorCode; }
    public TargetComparator getComparator() { return comparator; }
    public BigDecimal getTarget() { return target; }
    public BigDecimal getTargetUpper() { return targetUpper; }
    public boolean isDone() { return done; }
    public Instant getDoneAt() { return doneAt; }
    public String getDoneBy() { return doneBy; }
    public Set<Long> getCoveredUnitIds() { return coveredUnitIds; }
    public long getVersion() { return version; }
}
