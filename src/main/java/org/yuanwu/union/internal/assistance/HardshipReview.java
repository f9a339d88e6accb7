package org.yuanwu.union.internal.assistance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.yuanwu.union.*;

@Entity
@Table(name = "union_hardship_review")
public class HardshipReview {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "file_id")
    public Long fileId;
    @Column(name = "review_year")
    public int reviewYear;
    @Column(name = "reviewed_on")
    public LocalDate reviewedOn;
    @Enumerated(EnumType.STRING)
    public HardshipOutcome outcome;
    public String note;
    @Column(name = "reviewed_by")
    public String reviewedBy;
}
