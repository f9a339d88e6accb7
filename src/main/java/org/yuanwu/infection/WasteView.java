package org.yuanwu.infection;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

public record WasteView(Long id, Long unitId, String unitName, LocalDate handoverDate, WasteStage stage, WasteCategory category,
                        int bags, BigDecimal weightKg, String handedBy, String receivedBy, String disposalCompany,
                        Long correctionOf, Long supersededBy, String correctionReason, String recordedBy, Instant recordedAt) {
}
