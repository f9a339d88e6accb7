package org.yuanwu.quality;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What radiology QC shows. */
public final class RadiologyViews {

    private RadiologyViews() {
    }

    public record Device(Long id, Long unitId, String unitName, String code, String name, RadiologyModality modality,
                         boolean active, String retiredReason, long version) {
    }

    public record Image(Long id, Long unitId, String unitName, String examNo, LocalDate examOn, Long technologistId,
                        String technologistName, Long deviceId, String deviceName, RadiologyGrade grade, String note,
                        String gradedBy, String voidReason, long version) {
    }

    public record ReportCheck(Long id, Long unitId, String unitName, String reportNo, Long radiologistId,
                              String radiologistName, LocalDate checkedOn, int itemsChecked, int defects,
                              String defectNote, BigDecimal score, String checkedBy, String voidReason, long version) {
    }

    public record Reading(Long id, Long unitId, String unitName, LocalDate heldOn, int casesDiscussed,
                          List<Long> participantIds, List<String> participantNames, String conclusion, String recordedBy,
                          String voidReason, long version) {
    }

    public record Followup(Long id, Long unitId, String unitName, String examNo, String radiologyDiagnosis,
                           String finalDiagnosis, RadiologySource source, RadiologyConcordance concordance,
                           LocalDate followedOn, String recordedBy, String voidReason, long version) {
    }

    /** Image grades of one technologist or device in the month, with 甲片率 and 废片率 (%). */
    public record GradeRow(Long id, String name, long a, long b, long c, long reject, long total, BigDecimal aRate,
                           BigDecimal rejectRate) {
    }

    /** The month's radiology QC in one view. */
    public record Summary(String month, List<GradeRow> byTechnologist, List<GradeRow> byDevice, GradeRow overall,
                          long reportsChecked, long reportDefects, BigDecimal averageReportScore, long readings,
                          long casesDiscussed, long followed, long confirmed, long partial, BigDecimal concordanceRate) {
    }
}
