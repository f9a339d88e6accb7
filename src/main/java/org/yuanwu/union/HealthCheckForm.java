package org.yuanwu.union;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/** A yearly staff health check campaign: year, provider, dates, audience (all active staff, or chosen units and all below). */
public class HealthCheckForm {

    private Integer year;
    private String provider;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startsOn;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endsOn;
    private boolean audienceAll = true;
    private List<Long> unitIds = new ArrayList<>();

    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public String getProvider() { return provider; }
    public void setProvider(String provider) { this.provider = provider; }
    public LocalDate getStartsOn() { return startsOn; }
    public void setStartsOn(LocalDate startsOn) { this.startsOn = startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public void setEndsOn(LocalDate endsOn) { this.endsOn = endsOn; }
    public boolean isAudienceAll() { return audienceAll; }
    public void setAudienceAll(boolean audienceAll) { this.audienceAll = audienceAll; }
    public List<Long> getUnitIds() { return unitIds; }
    public void setUnitIds(List<Long> unitIds) { this.unitIds = unitIds == null ? new ArrayList<>() : unitIds; }
}
