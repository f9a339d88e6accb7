package org.yuanwu.training.internal.intern;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yuanwu.training.InternEvaluationDirection;

/** One side of the two-way evaluation at the end of a rotation (one per rotation and direction). */
@Entity
@Table(name = "training_intern_evaluation")
public class InternEvaluation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "rotation_id")
    private Long rotationId;
    @Column(name = "intern_id")
    private Long internId;
    @Column(name = "tutor_staff_id")
    private Long tutorStaffId;
    @Enumerated(EnumType.STRING)
    private InternEvaluationDirection direction;
    private int item1;
    private int item2;
    private int item3;
    private int item4;
    private int item5;
    private int total;
    private String remark;
    @Column(name = "submitted_by")
    private String submittedBy;
    @Column(name = "submitted_at")
    private Instant submittedAt;

    protected InternEvaluation() {
    }

    public InternEvaluation(Long rotationId, Long internId, Long tutorStaffId, InternEvaluationDirection direction,
                            List<Integer> items, String remark, String submittedBy, Instant now) {
        this.rotationId = rotationId;
        this.internId = internId;
        this.tutorStaffId = tutorStaffId;
        this.direction = direction;
        this.item1 = items.get(0);
        this.item2 = items.get(1);
        this.item3 = items.get(2);
        this.item4 = items.get(3);
        this.item5 = items.get(4);
        this.total = item1 + item2 + item3 + item4 + item5;
        this.remark = remark;
        this.submittedBy = submittedBy;
        this.submittedAt = now;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rotationId", rotationId);
        m.put("direction", direction);
        m.put("items", getItems().toString());
        m.put("total", total);
        return m;
    }

    public Long getId() { return id; }
    public Long getRotationId() { return rotationId; }
    public Long getInternId() { return internId; }
    public Long getTutorStaffId() { return tutorStaffId; }
    public InternEvaluationDirection getDirection() { return direction; }
    public List<Integer> getItems() { return List.of(item1, item2, item3, item4, item5); }
    public int getTotal() { return total; }
    public String getRemark() { return remark; }
    public Instant getSubmittedAt() { return submittedAt; }
}
