package org.yuanwu.party.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.LinkedHashMap;
import java.util.Map;

@Entity
@Table(name = "party_evaluation_item")
public class EvaluationItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    @Column(name = "max_score")
    private int maxScore;
    @Column(name = "sort_order")
    private int sortOrder;
    private boolean active = true;
    @Version
    private long version;

    protected EvaluationItem() {
    }

    public EvaluationItem(String name, int maxScore, int sortOrder) {
        this.name = name;
        this.maxScore = maxScore;
        this.sortOrder = sortOrder;
    }

    public void apply(String name, int maxScore, boolean active) {
        this.name = name;
        this.maxScore = maxScore;
        this.active = active;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("maxScore", maxScore);
        m.put("active", active);
        return m;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public int getMaxScore() { return maxScore; }
    public int getSortOrder() { return sortOrder; }
    public boolean isActive() { return active; }
    public long getVersion() { return version; }
}
