package org.yuanwu.quality;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/** What is entered in radiology QC (web forms and API bodies). */
public final class RadiologyForms {

    private RadiologyForms() {
    }

    public record Device(@NotNull Long unitId, @NotBlank @Size(max = 40) String code, @NotBlank @Size(max = 100) String name,
                         @NotNull RadiologyModality modality) {
    }

    public record Image(@NotNull Long unitId, @NotBlank @Size(max = 40) String examNo,
                        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate examOn,
                        @NotNull Long technologistId, @NotNull Long deviceId, @NotNull RadiologyGrade grade,
                        @Size(max = 500) String note) {
    }

    public record ReportCheck(@NotNull Long unitId, @NotBlank @Size(max = 40) String reportNo, @NotNull Long radiologistId,
                              @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate checkedOn,
                              @NotNull @Min(1) @Max(100) Integer itemsChecked, @NotNull @Min(0) @Max(100) Integer defects,
                              @Size(max = 1000) String defectNote, @NotNull @Min(0) @Max(100) java.math.BigDecimal score) {
    }

    public record Reading(@NotNull Long unitId, @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
                          @NotNull @Min(1) @Max(200) Integer casesDiscussed, List<Long> participantIds,
                          @NotBlank @Size(max = 2000) String conclusion) {
    }

    public record Followup(@NotNull Long unitId, @NotBlank @Size(max = 40) String examNo,
                           @NotBlank @Size(max = 500) String radiologyDiagnosis, @NotBlank @Size(max = 500) String finalDiagnosis,
                           @NotNull RadiologySource source, @NotNull RadiologyConcordance concordance,
                           @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate followedOn) {
    }

    /** Takes a record out with a reason (entered in error); it stays on record and stops counting. */
    public record Voiding(String reason, Long version) {
    }
}
