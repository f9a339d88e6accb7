package org.yuanwu.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/** A week's teaching as the tutor records it; any day of the week stands for its week. */
public class InternTeachingForm {

    private Long unitId;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate week;
    private String topic;
    private String content;
    private BigDecimal hours;
    private InternTeachingMethod method;
    private List<Long> internIds = new ArrayList<>();

    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public LocalDate getWeek() { return week; }
    public void setWeek(LocalDate week) { this.week = week; }
    public String getTopic() { return topic; }
    public void setTopic(String topic) { this.topic = topic; }
    public String getContent() { return content; }
    public void setContent(String content) { this.content = content; }
    public BigDecimal getHours() { return hours; }
    public void setHours(BigDecimal hours) { this.hours = hours; }
    public InternTeachingMethod getMethod() { return method; }
    public void setMethod(InternTeachingMethod method) { this.method = method; }
    public List<Long> getInternIds() { return internIds; }
    public void setInternIds(List<Long> internIds) { this.internIds = internIds == null ? new ArrayList<>() : internIds; }
}
