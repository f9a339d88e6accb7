package org.yuanwu.union.internal.members;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/** The dues rate of one year. */
@Entity
@Table(name = "union_dues_rule")
public class DuesRule {

    @Id
    @Column(name = "rule_year")
    public Integer ruleYear;
    @Column(name = "rate_percent")
    public BigDecimal ratePercent;
    @Version
    public long version;
    @Column(name = "updated_by")
    public String updatedBy;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
