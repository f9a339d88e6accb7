package org.yuanwu.party.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.yuanwu.party.StarRule;

@Entity
@Table(name = "party_star_rule")
public class StarRuleRow {

    @Id
    private int stars;
    @Column(name = "min_average")
    private BigDecimal minAverage;
    @Column(name = "max_complaints_upheld")
    private int maxComplaintsUpheld;

    protected StarRuleRow() {
    }

    public StarRule rule() {
        return new StarRule(stars, minAverage, maxComplaintsUpheld);
    }
}
