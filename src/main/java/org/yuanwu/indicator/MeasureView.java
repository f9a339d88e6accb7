package org.yuanwu.indicator;

/** A measure as callers see it. */
public record MeasureView(String code, String nameZh, String nameEn, String unit, Aggregation aggregation,
                          boolean manualEntry, String declaredBy) {
}
