package org.yuanwu.union;

/** Dues list criteria, all optional: month ("2026-03"), unit (with those below), paid or not, arrears only. */
public record DuesFilter(String month, Long unitId, Boolean paid, Boolean arrears) {

    public static DuesFilter none() {
        return new DuesFilter(null, null, null, null);
    }
}
